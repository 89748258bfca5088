/** One sentence of a plan document, with the page it is on (from 1). */
export interface Sentence {
  page: number;
  text: string;
  /** The page's heading mentions an amendment (a Summary of Material Modifications). */
  amendmentPage: boolean;
}

const MAX_QUOTE = 420;

/**
 * Splits each page into sentences. A sentence ends at ".", "!", "?" or ";" before a capital
 * letter, a bullet or a blank line; "Sec. 4.2", "$4,000.00" and "59½." stay in one piece because
 * the next character must start a new sentence.
 */
export function splitSentences(pages: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  pages.forEach((raw, index) => {
    const page = index + 1;
    const amendmentPage = /summary of material modifications?|\bamendment\b|\bamended\b|\bSMM\b/i.test(raw);
    const blocks = raw.split(/\n\s*\n|\n\s*(?=[•▪●◦\-*]\s)|\n(?=\s*\(?[a-z0-9]{1,3}[.)]\s)/i);
    for (const block of blocks) {
      const flat = block.replace(/[•▪●◦]/g, " ").replace(/-\n(?=[a-z])/g, "").replace(/\s+/g, " ").trim();
      if (!flat) continue;
      for (const piece of flat.split(/(?<=[a-z0-9%)”"½][.!?;]|[.!?]["”)])\s+(?=[A-Z(“"$0-9])/)) {
        const text = piece.trim();
        if (text.length >= 3) sentences.push({ page, text, amendmentPage });
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
