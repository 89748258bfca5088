// The PDF checklist as plain data: what the document prints, worked out from the same outcome
// the result page shows. Every string is made safe for the PDF's built-in Helvetica, which can
// only draw the WinAnsi character set.
import { formatUsd, toCents } from "../money";
import type { EarlyVerdict } from "../rules/early";
import type { Evaluation, Status } from "../rules/result";
import { CHECKLIST_STATUS_LABEL, ROUTE_TEXT, VERDICT } from "../wizard/verdict";
import type { PaycheckSummary } from "./paycheck-summary";

export const CHECKLIST_TITLE = "Mega backdoor Roth checklist";

export const DISCLAIMER =
  "Guidance, not tax advice: your plan document and your tax adviser have the final word. The figures come from your answers and the IRS limits for the year; check them against your plan's statements.";

export const KEEP_WITH_RECORDS =
  "Keep this PDF with your tax records for the year. Plans change their features and the IRS changes its limits every year: review both, and run the check again, each year.";

export const QUESTIONS_INTRO = "Copy these into an email to HR or the plan's service provider.";

export interface RoomRow {
  readonly label: string;
  readonly value: string;
  /** A total: printed in bold. */
  readonly strong?: boolean;
  /** For information, not part of the sum: printed in grey. */
  readonly muted?: boolean;
}

export interface RoomFigures {
  readonly afterTaxRoom: string;
  readonly afterTaxRemaining: string;
  /** The sum behind the room, in the result page's order. */
  readonly rows: readonly RoomRow[];
  /** "$1,653.84 from each of 26 paychecks ..." when pay periods are known. */
  readonly perPaycheck: string | null;
  readonly figuresSource: string;
}

export interface ChecklistLine {
  readonly number: number;
  readonly text: string;
  readonly status: string;
}

export interface QuestionLine {
  readonly question: string;
  /** "In the Summary Plan Description, look for: ..." or null. */
  readonly lookFor: string | null;
}

export interface CitedLine {
  readonly text: string;
  readonly citation: string;
}

export interface AlternativeLine extends CitedLine {
  readonly title: string;
}

export interface ChecklistModel {
  readonly title: string;
  readonly fileName: string;
  readonly taxYear: number;
  readonly madeAt: Date;
  /** "Made on March 4, 2026". */
  readonly madeOn: string;
  readonly status: Status;
  readonly verdict: string;
  readonly route: string | null;
  readonly reasons: readonly CitedLine[];
  readonly room: RoomFigures | null;
  readonly checklist: readonly ChecklistLine[];
  readonly questionsIntro: string;
  readonly questions: readonly QuestionLine[];
  readonly warnings: readonly CitedLine[];
  readonly alternatives: readonly AlternativeLine[];
  /** The answers filled in from the person's plan document, when there are any. */
  readonly fromPlanDocument?: string | null;
  /** The paycheck plan, when the person asked for one. */
  readonly paychecks?: PaycheckSummary | null;
  readonly disclaimer: string;
  readonly keepWithRecords: string;
}

export interface ChecklistSource {
  readonly taxYear: number;
  /** When the PDF is made; passed in so tests can fix it. */
  readonly madeAt: Date;
  /** Time zone for the date printed; the machine's own when not given. */
  readonly timeZone?: string;
}

export function checklistFileName(taxYear: number): string {
  return `mega-backdoor-roth-checklist-${taxYear}.pdf`;
}

/** The model for a full evaluation (every answer given). */
export function checklistModel(evaluation: Evaluation, source: ChecklistSource): ChecklistModel {
  return {
    ...common(evaluation.status, source),
    route: evaluation.route && evaluation.status === "eligible" ? pdfText(ROUTE_TEXT[evaluation.route]) : null,
    reasons: evaluation.reasons.map(cited),
    room: roomFigures(evaluation),
    checklist: evaluation.checklist.map((item, index) => ({
      number: index + 1,
      text: pdfText(item.text),
      status: CHECKLIST_STATUS_LABEL[item.status],
    })),
    questions: evaluation.questionsForPlan.map((question) => ({
      question: pdfText(question.question),
      lookFor:
        question.lookFor.length > 0
          ? pdfText(`In the Summary Plan Description, look for: ${question.lookFor.map((phrase) => `“${phrase}”`).join(", ")}`)
          : null,
    })),
    warnings: evaluation.warnings.map(cited),
    alternatives: evaluation.alternatives.map(alternative),
  };
}

/** The model for a journey the plan answers decided early: no figures, no plan questions. */
export function earlyChecklistModel(verdict: EarlyVerdict, source: ChecklistSource): ChecklistModel {
  return {
    ...common(verdict.status, source),
    route: null,
    reasons: verdict.reasons.map(cited),
    room: null,
    checklist: [],
    questions: [],
    warnings: [],
    alternatives: verdict.alternatives.map(alternative),
  };
}

function common(status: Status, source: ChecklistSource) {
  return {
    title: CHECKLIST_TITLE,
    fileName: checklistFileName(source.taxYear),
    taxYear: source.taxYear,
    madeAt: source.madeAt,
    madeOn: `Made on ${source.madeAt.toLocaleDateString("en-US", {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: source.timeZone,
    })}`,
    status,
    verdict: pdfText(VERDICT[status]),
    questionsIntro: QUESTIONS_INTRO,
    disclaimer: DISCLAIMER,
    keepWithRecords: KEEP_WITH_RECORDS,
  };
}

const money = (dollars: number) => formatUsd(toCents(dollars));
// An en dash: Helvetica has no minus sign (U+2212).
const minus = (dollars: number) => `– ${money(dollars)}`;

function roomFigures(evaluation: Evaluation): RoomFigures | null {
  const { room, limits } = evaluation;
  if (!room || !limits) return null;
  const rows: RoomRow[] = [
    {
      label: `Annual additions limit (IRC §415(c)): the lesser of ${money(limits.annualAdditions)} and your pay`,
      value: money(room.annualAdditionsLimit),
    },
    { label: "Minus your deferrals to this plan that count", value: minus(room.deferralsCounted) },
  ];
  if (room.catchUpExcluded > 0) {
    rows.push({
      label: "(Catch-up contributions, not counted: IRC §414(v)(3)(A))",
      value: money(room.catchUpExcluded),
      muted: true,
    });
  }
  rows.push({ label: "Minus employer money (match and other contributions)", value: minus(room.employerContributions) });
  if (room.planCapApplied && room.planCap !== null) {
    rows.push({ label: "Capped by your plan's own after-tax limit", value: money(room.planCap), muted: true });
  }
  rows.push({ label: "After-tax room", value: money(room.afterTaxRoom), strong: true });
  if (room.afterTaxYearToDate > 0) {
    rows.push({ label: "Minus after-tax contributions already made", value: minus(room.afterTaxYearToDate) });
    rows.push({ label: "Left to contribute", value: money(room.afterTaxRemaining), strong: true });
  }

  const per = room.perPaycheck;
  const perPaycheck =
    per && per.amount > 0
      ? `That is ${formatUsd(toCents(per.amount), { cents: true })} from each of ${per.periods} paychecks${
          per.percentOfPayWhole !== null
            ? ` – an after-tax election of ${per.percentOfPayWhole}% of pay (rounded down, so you never go over)`
            : ""
        }.`
      : null;

  return {
    afterTaxRoom: money(room.afterTaxRoom),
    afterTaxRemaining: money(room.afterTaxRemaining),
    rows: rows.map((row) => ({ ...row, label: pdfText(row.label) })),
    perPaycheck,
    figuresSource: pdfText(`Figures for ${limits.taxYear}: ${limits.source}`),
  };
}

function cited(line: { message: string; citation: string }): CitedLine {
  return { text: pdfText(line.message), citation: pdfText(line.citation) };
}

function alternative(line: { title: string; text: string; citation: string }): AlternativeLine {
  return { title: pdfText(line.title), text: pdfText(line.text), citation: pdfText(line.citation) };
}

// WinAnsi (Windows-1252) above ASCII: what Helvetica in a PDF can draw without an embedded font.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "–", // figure dash
  "\u2015": "—", // horizontal bar
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "about ",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2713": "",
  "\u2714": "",
  "\u2009": " ", // thin space
  "\u202f": " ", // narrow no-break space
  "\u2032": "'",
  "\u2033": '"',
};

/**
 * The text with every character Helvetica cannot draw replaced by a close equivalent (or "?"
 * where there is none), so the PDF never shows a wrong glyph or a blank.
 */
export function pdfText(text: string): string {
  let safe = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) safe += char;
    else if (char === "\n" || char === "\t") safe += char;
    else safe += REPLACEMENTS[char] ?? "?";
  }
  return safe;
}
