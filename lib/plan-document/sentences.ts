/** One sentence of a plan document, with the page it is on (from 1). */
export interface Sentence {
  page: number;
  text: string;
  /** The words as the document has them (a rewritten "Label: value" line quotes the line). */
  quote?: string;
  /** The page's heading mentions an amendment (a Summary of Material Modifications). */
  amendmentPage: boolean;
}

const MAX_QUOTE = 420;
/**
 * No sentence is longer than this: a longer run without a full stop (a table flattened by a PDF
 * tool, or hostile text) is cut at a comma or space. Every pattern then runs on a bounded string,
 * so reading a document takes time in proportion to its length.
 */
export const MAX_SENTENCE = 1_200;
/** Lines longer than this are cut into several (at a sentence end or a space), so no pattern ever sees an unbounded line. */
const MAX_LINE = 4_000;

// ---------------------------------------------------------------- checkboxes

const BOX = String.raw`(?:[☐☒☑✓✔■□▢]|\[\s?[xX✓✔ ]?\s?\])`;
const MARKED = /^(?:[☒☑✓✔■]|\[\s?[xX✓✔]\s?\])$/;
const BOX_AT_START = new RegExp(String.raw`^\s*(${BOX})\s*`);
// The choices adoption agreements offer inline: "☐ does ☒ does not permit", "[ ] Yes [X] No".
const INLINE_CHOICE = new RegExp(String.raw`(${BOX})\s*(does not|does|is not|is|will not|will|may not|may|shall not|shall|yes|no|n/a)\b`, "gi");
const INLINE_GROUP = new RegExp(String.raw`(?:${BOX}\s*(?:does not|does|is not|is|will not|will|may not|may|shall not|shall|yes|no|n/a)\b\s*){2,}`, "gi");

/**
 * The line with each group of inline choices replaced by the one that is marked; null when a group
 * has none or several marked (a blank form, or one filled in wrongly, decides nothing).
 */
function resolveInlineChoices(line: string): string | null {
  let undecided = false;
  const resolved = line.replace(INLINE_GROUP, (group) => {
    const marked = [...group.matchAll(INLINE_CHOICE)].filter((choice) => MARKED.test(choice[1]!.replace(/\s/g, "")));
    if (marked.length !== 1) {
      undecided = true;
      return " ";
    }
    return ` ${marked[0]![2]} `;
  });
  if (undecided) return null;
  // Options in a row ("[X] Pre-tax [ ] After-tax [X] Roth"): only the marked ones are chosen.
  const options = resolved.split(new RegExp(`(${BOX})`));
  if (options.length < 3) return resolved.replace(/\s+/g, " ").trim();
  const chosen: string[] = [];
  for (let index = 1; index < options.length; index += 2) {
    const label = options[index + 1]!.trim();
    if (label && MARKED.test(options[index]!.replace(/\s/g, ""))) chosen.push(label);
  }
  const lead = options[0]!.trim();
  return [lead, chosen.join(", ")].filter(Boolean).join(" ").replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------- lines to units

/** "Label: value" with a short label (a highlights table, a summary page, a Q&A). */
const KEY_VALUE = /^([^:.!;]{2,90}?[?]?)\s*[:|]\s+(\S.*)$/;
const DASH_VALUE = /^(.{3,90}?)\s+[—–-]{1,2}\s+(\S.{0,120})$/;
const BULLET = /^\s*(?:[•▪●◦‣∙*]|-(?=\s)|\(?[a-z0-9]{1,3}[.)](?=\s))\s*/i;
const POSITIVE_VALUE = /^(?:yes|available|allowed|permitted|offered|included|provided)\b[.,;]?\s*/i;
const NEGATIVE_VALUE =
  /^(?:no\b|none\b|not (?:available|offered|permitted|allowed|provided|included|applicable)\b|not at this time\b|not currently\b|n\/a\b|discontinued\b|eliminated\b|removed\b|closed\b)[.,;]?\s*/i;

/**
 * A "Label: value" pair as a sentence the feature rules read: "After-tax contributions: Not
 * available" says "After-tax contributions are not available." The value's own words follow, so
 * "Not permitted, except hardship" keeps its exception and a date stays with its change.
 */
function pairAsSentence(label: string, value: string): string {
  const subject = label.replace(/[?:]+$/, "").trim();
  const positive = POSITIVE_VALUE.exec(value);
  if (positive) return `${subject} are available${value.length > positive[0].length ? `, ${value.slice(positive[0].length)}` : "."}`;
  const negative = NEGATIVE_VALUE.exec(value);
  if (negative) {
    const word = negative[0].toLowerCase();
    const what = /^(?:discontinued|eliminated|removed)/.test(word) ? `are no longer available, ${word.replace(/[.,;\s]+$/, "")}` : "are not available";
    return `${subject} ${what}${value.length > negative[0].length ? ` ${value.slice(negative[0].length)}` : "."}`;
  }
  return `${subject}: ${value}`;
}

function isTableRow(line: string): boolean {
  return (line.match(/\|/g)?.length ?? 0) >= 2;
}

/** A table row as "first cell: the other cells", skipping a header row of plain words. */
function tableRowAsSentence(line: string): string | null {
  const cells = line.split("|").map((cell) => cell.trim()).filter((cell) => cell.length > 0);
  if (cells.length < 2) return cells[0] ?? null;
  if (cells.every((cell) => /^(?:feature|available|description|provision|details?|plan|option|yes\/no)$/i.test(cell))) return null;
  return pairAsSentence(cells[0]!, cells.slice(1).join(" "));
}

interface Unit {
  /** What the rules read: a pair or a row rewritten as a sentence. */
  text: string;
  /** What the person's document says, quoted as evidence. */
  quote: string;
  /** A pair, a row, a bullet or a heading: never joined to the next line. */
  standalone: boolean;
  /** A marked option on its own line: it completes a list the line before opened with ":". */
  item?: boolean;
}

const HAS_BOX = /[☐☒☑□▢■]|\[\s?[xX✓✔ ]?\s?\]/;

function unitOf(rawLine: string): Unit | null {
  const original = rawLine.replace(/\s+/g, " ").trim();
  if (!original) return null;
  let line = original;
  let item = false;
  if (HAS_BOX.test(line)) {
    const box = BOX_AT_START.exec(line);
    // A box that marks the whole line (an option in a list), not one of inline choices.
    if (box && !/^(?:does|is|will|may|shall|yes|no|n\/a)\b/i.test(line.slice(box[0].length))) {
      if (!MARKED.test(box[1]!.replace(/\s/g, ""))) return null;
      line = line.slice(box[0].length);
      item = true;
    }
    const resolved = resolveInlineChoices(line);
    if (resolved === null) return null;
    line = resolved;
  }
  const unit = (text: string, standalone: boolean): Unit => ({ text, quote: original, standalone, item });
  if (isTableRow(line)) {
    const row = tableRowAsSentence(line);
    return row ? unit(row, true) : null;
  }
  const bullet = BULLET.exec(line);
  const body = bullet ? line.slice(bullet[0].length) : line;
  const pair = KEY_VALUE.exec(body);
  if (pair && pair[1]!.split(/\s+/).length <= 12 && !/^https?$/i.test(pair[1]!)) return unit(pairAsSentence(pair[1]!, pair[2]!), true);
  const dash = DASH_VALUE.exec(body);
  if (dash && (POSITIVE_VALUE.test(dash[2]!) || NEGATIVE_VALUE.test(dash[2]!))) return unit(pairAsSentence(dash[1]!, dash[2]!), true);
  // A heading: short, no closing punctuation.
  const heading = body.length <= 70 && !/[.,;:]$/.test(body) && /^[A-Z0-9("]/.test(body) && body.split(/\s+/).length <= 9;
  return { text: body, quote: bullet ? body : original, standalone: Boolean(bullet) || heading, item };
}

/** A line longer than MAX_LINE as several, cut after a full stop or at a space near the limit. */
function shortLines(line: string): string[] {
  if (line.length <= MAX_LINE) return [line];
  const lines: string[] = [];
  let start = 0;
  while (line.length - start > MAX_LINE) {
    const window = line.slice(start, start + MAX_LINE);
    let cut = window.lastIndexOf(". ");
    if (cut < MAX_LINE / 2) cut = window.lastIndexOf(" ");
    cut = cut < MAX_LINE / 2 ? MAX_LINE : cut + 1;
    lines.push(window.slice(0, cut));
    start += cut;
  }
  lines.push(line.slice(start));
  return lines;
}

/** A question and its short answer ("Q: Can I ...? A: No.") as one pair: the answer is about the question. */
function joinQuestionsAndAnswers(lines: string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    // "Q: ...?" then "A: ...", or a question line then an answer that starts Yes or No.
    const question = line.length < 300 ? /^\s*(?:(?:Q|Question)\s*[:.)]\s*)?(.+\?)\s*$/i.exec(line) : null;
    const next = lines[index + 1] ?? "";
    const answer = question && next.length < MAX_LINE ? /^\s*(?:(?:A|Answer)\s*[:.)]\s*(.+)|((?:yes|no|not|only|none)\b.*))$/i.exec(next) : null;
    if (question && answer) {
      out.push(`\u0000${line.trim()} ${next.trim()}\u0000${question[1]}: ${answer[1] ?? answer[2]}`);
      index += 1;
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * A page as units of text: each "Label: value" line, table row, bullet and heading alone (so a
 * value never bleeds into the next line's label), and wrapped prose joined back into paragraphs.
 */
function unitsOf(raw: string): Unit[] {
  const units: Unit[] = [];
  let paragraph: Unit | null = null;
  const flush = () => {
    if (paragraph) units.push(paragraph);
    paragraph = null;
  };
  const lines = joinQuestionsAndAnswers(raw.replace(/\r\n?/g, "\n").split("\n").flatMap(shortLines));
  for (const rawLine of lines) {
    if (!rawLine.trim()) {
      flush();
      continue;
    }
    let unit: Unit | null;
    if (rawLine.startsWith("\u0000")) {
      // A question with its answer: quoted as written, read as "question: answer".
      const [, quote, pair] = rawLine.split("\u0000");
      unit = unitOf(pair!);
      if (unit) unit = { ...unit, quote: quote!.replace(/\s+/g, " ") };
    } else {
      unit = unitOf(rawLine);
    }
    if (!unit) continue;
    const current = paragraph as Unit | null;
    if (unit.item && current && /:\s*$|,\s*$/.test(current.text)) {
      // "permitted from the following sources:" then the marked sources.
      // Quoted by its opening line: the options left blank sit between the marked ones.
      paragraph = { text: `${current.text} ${unit.text},`, quote: current.quote, standalone: false };
      continue;
    }
    if (unit.standalone) {
      flush();
      units.push(unit);
      continue;
    }
    if (!current) {
      paragraph = { ...unit };
    } else {
      // A line ending in a hyphenated word continues it on the next line.
      const joinHyphen: boolean = current.text.endsWith("-") && /^[a-z]/.test(unit.text);
      paragraph = {
        text: joinHyphen ? current.text.slice(0, -1) + unit.text : `${current.text} ${unit.text}`,
        quote: joinHyphen ? current.quote.slice(0, -1) + unit.quote : `${current.quote} ${unit.quote}`,
        standalone: false,
      };
    }
    if (paragraph.text.length > MAX_SENTENCE * 4) flush();
  }
  flush();
  return units;
}

/** A sentence cut into pieces no longer than MAX_SENTENCE, at a comma or space where one is near. */
function bounded(text: string): string[] {
  if (text.length <= MAX_SENTENCE) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_SENTENCE) {
    const window = rest.slice(0, MAX_SENTENCE);
    let cut = window.lastIndexOf(", ");
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(" ");
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut + 1);
  }
  if (rest.trim()) pieces.push(rest.trim());
  return pieces;
}

/**
 * Splits each page into sentences. A sentence ends at ".", "!", "?" or ";" before a capital
 * letter; "Sec. 4.2", "$4,000.00" and "59½." stay in one piece because the next character must
 * start a new sentence. Layout decides first: see unitsOf.
 */
export function splitSentences(pages: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  pages.forEach((raw, index) => {
    const page = index + 1;
    const amendmentPage = /summary of material modifications?|\bamendment\b|\bamended\b|\bSMM\b/i.test(raw);
    for (const unit of unitsOf(raw)) {
      const flat = unit.text.replace(/[•▪●◦]/g, " ").replace(/\s+/g, " ").trim();
      if (!flat) continue;
      // A rewritten unit quotes the document's own line; prose quotes each sentence itself.
      const rewritten = flat !== unit.quote.replace(/[•▪●◦]/g, " ").replace(/\s+/g, " ").trim();
      const pieces = flat.split(/(?<=[a-z0-9%)”"½][.!?;]|[.!?]["”)])\s+(?=[A-Z(“"$0-9])/);
      for (let at = 0; at < pieces.length; at += 1) {
        let piece = pieces[at]!;
        if (piece.endsWith("?")) {
          // A question decides nothing by itself; "Can I ...? No." answers it.
          const reply = pieces[at + 1];
          if (!reply || !/^(?:yes|no|not|only|none)\b/i.test(reply)) continue;
          const asked = piece;
          piece = pairAsSentence(asked, reply);
          at += 1;
          const quote = `${asked} ${reply}`;
          if (!rewritten) {
            for (const text of bounded(piece)) sentences.push({ page, text, quote: bounded(quote)[0], amendmentPage });
            continue;
          }
        }
        for (const text of bounded(piece.trim())) {
          if (text.length >= 3) sentences.push(rewritten ? { page, text, quote: bounded(unit.quote)[0], amendmentPage } : { page, text, amendmentPage });
        }
      }
    }
  });
  return sentences;
}

/** A quote short enough to show: the sentence itself, cut at a word near the limit. */
export function quoteOf(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.lastIndexOf(" ", MAX_QUOTE);
  return `${text.slice(0, cut > 0 ? cut : MAX_QUOTE)} …`;
}
