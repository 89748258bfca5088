// The PDF checklist as plain data: what the document prints, worked out from the same outcome
// the result page shows. Every string is made safe for the PDF's built-in Helvetica, which can
// only draw the WinAnsi character set.
import { formatUsd } from "../money";
import { paycheckSummary, type PaycheckSummary } from "./paycheck-summary";
import type { Status } from "../rules/result";
import { pdfText } from "./pdf-text";
import { milestoneYears, type ResultProjection } from "./projection-view";
import { roomRowValue, type ReadyResult, type RoomRowCode } from "./result";

/** A room row as the PDF prints it: the page's label and figure, with the row's code and rule. */
export interface RoomRow {
  readonly code: RoomRowCode;
  readonly label: string;
  readonly value: string;
  readonly citation: string;
  readonly strong?: boolean;
  readonly muted?: boolean;
}

export const CHECKLIST_TITLE = "Mega backdoor Roth checklist";

export const DISCLAIMER =
  "Guidance, not tax advice: your plan document and your tax adviser have the final word. The figures come from your answers and the IRS limits for the year; check them against your plan's statements.";

export const KEEP_WITH_RECORDS =
  "Keep this PDF with your tax records for the year. Plans change their features and the IRS changes its limits every year: review both, and run the check again, each year.";

export const QUESTIONS_INTRO = "Copy these into an email to HR or the plan's service provider.";

export interface RoomFigures {
  readonly title: string;
  readonly afterTaxRoom: string;
  /** What can still go in this year (the room left unused, for a year that has ended). */
  readonly leftToContribute: string;
  readonly remainingLabel: string;
  /** The sum behind the room, in the result page's order. */
  readonly rows: readonly RoomRow[];
  /** The paychecks left and what to set from each: the result page's headline, word for word. */
  readonly perPaycheck: string | null;
  readonly figuresSource: string;
}

/** The first page when the plan administrator must answer first: a sheet to take to HR. */
export interface HrSheet {
  readonly title: string;
  readonly intro: string;
  readonly questions: readonly { readonly question: string; readonly phrases: string }[];
  readonly answerPrompt: string;
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

export interface SavingOrderModel {
  readonly intro: string;
  readonly steps: readonly { readonly number: number; readonly title: string; readonly status: string; readonly lines: readonly string[]; readonly citation: string }[];
}

export interface ProjectionModel {
  readonly advantage: string;
  readonly headline: string;
  readonly assumptions: readonly string[];
  readonly notes: readonly string[];
  /** The chart's two lines, in cents, one point a year from year 0. */
  readonly roth: readonly number[];
  readonly taxable: readonly number[];
  /** The page's table: the same milestone years. */
  readonly rows: readonly { readonly year: number; readonly roth: string; readonly taxable: string }[];
}

export interface ChecklistModel {
  /** The answers filled in from the person's plan document, when there are any. */
  readonly fromPlanDocument?: string | null;
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
  /** A year that has ended: the look-back lines, in place of an election. */
  readonly lookBack: readonly string[] | null;
  readonly hrSheet: HrSheet | null;
  readonly checklist: readonly ChecklistLine[];
  readonly questionsIntro: string;
  readonly questions: readonly QuestionLine[];
  readonly warnings: readonly CitedLine[];
  readonly alternatives: readonly AlternativeLine[];
  /** The paycheck plan, when the person asked for one. */
  readonly paychecks?: PaycheckSummary | null;
  /** The match in the paycheck plan, as the result page says it. */
  readonly matchTiming?: string | null;
  /** The order of saving, as the result page shows it. */
  readonly savingOrder: SavingOrderModel | null;
  /** Roth against a taxable account, as the result page shows it; null without room. */
  readonly projection: ProjectionModel | null;
  readonly disclaimer: string;
  readonly keepWithRecords: string;
}

export interface ChecklistSource {
  /** When the PDF is made; passed in so tests can fix it. */
  readonly madeAt: Date;
  /** Time zone for the date printed; the machine's own when not given. */
  readonly timeZone?: string;
}

export function checklistFileName(taxYear: number): string {
  return `mega-backdoor-roth-checklist-${taxYear}.pdf`;
}

/** The model of a result: the same sentences the result page shows, in WinAnsi-safe text. */
export function checklistModel(result: ReadyResult, source: ChecklistSource): ChecklistModel {
  const headline = result.headline;
  return {
    ...common(result, source),
    route: result.route === null ? null : pdfText(result.route),
    reasons: result.reasons.map(cited),
    room: result.room
      ? {
          title: pdfText(result.room.title),
          afterTaxRoom: formatUsd(result.room.afterTaxRoom),
          leftToContribute: formatUsd(result.room.leftToContribute),
          remainingLabel: pdfText(result.room.remainingLabel),
          // Helvetica has no minus sign: a subtraction prints with an en dash.
          rows: result.room.rows.map((row) => ({
            code: row.code,
            label: pdfText(row.label),
            value: pdfText(roomRowValue(row).replace("−", "–")),
            citation: pdfText(row.citation),
            ...(row.strong ? { strong: true } : {}),
            ...(row.muted ? { muted: true } : {}),
          })),
          perPaycheck: headline ? pdfText(headlineText(headline)) : null,
          figuresSource: pdfText(result.room.figuresSource),
        }
      : null,
    lookBack: result.lookBack ? result.lookBack.lines.map(pdfText) : null,
    hrSheet: result.questionsFirst && result.questions.length > 0 ? hrSheet(result) : null,
    checklist: result.checklist.map((item) => ({ number: item.number, text: pdfText(item.text), status: item.status })),
    questions: result.questions.map((question) => ({
      question: pdfText(question.question),
      lookFor: question.lookFor === null ? null : pdfText(question.lookFor),
    })),
    warnings: result.warnings.map(cited),
    alternatives: result.alternatives.map(alternative),
    paychecks: result.plan ? paycheckSummary(result.plan) : null,
    matchTiming: result.matchTiming === null ? null : pdfText(result.matchTiming),
    // A result the plan answers decided has no figures for the order: the page shows it, and the
    // PDF stays the one page it is.
    savingOrder: result.kind === "early" ? null : {
      intro: pdfText(result.savingOrder.intro),
      steps: result.savingOrder.steps.map((step) => ({
        number: step.number,
        title: pdfText(step.title),
        status: step.statusLabel,
        lines: step.lines.map(pdfText),
        citation: pdfText(step.citation),
      })),
    },
    projection: result.projection ? projectionModel(result.projection) : null,
  };
}

function projectionModel(projection: ResultProjection): ProjectionModel {
  const whole = (cents: number) => formatUsd(cents, { cents: false });
  return {
    advantage: formatUsd(projection.advantage),
    headline: pdfText(projection.headline),
    assumptions: projection.assumptionLines.map(pdfText),
    notes: projection.notes.map(pdfText),
    roth: projection.byYear.map((row) => row.roth),
    taxable: projection.byYear.map((row) => row.taxableAfterTax),
    rows: milestoneYears(projection.byYear.length - 1).map((year) => {
      const row = projection.byYear[year]!;
      return { year, roth: whole(row.roth), taxable: whole(row.taxableAfterTax) };
    }),
  };
}

/** The headline as one paragraph: the paychecks left, what to set, what goes unused. */
export function headlineText(headline: NonNullable<ReadyResult["headline"]>): string {
  return [headline.paychecksLeftText, headline.sentence, headline.unusedText, headline.payCapNote].filter(Boolean).join(" ");
}

function hrSheet(result: ReadyResult): HrSheet {
  return {
    title: pdfText("Questions for your plan administrator"),
    intro: pdfText(
      `Take this page to HR or the plan's service provider, or copy the questions into an email. The answers decide whether you can make after-tax contributions and move them into Roth in ${result.taxYear}.`,
    ),
    questions: result.questions.map((question) => ({
      question: pdfText(question.question),
      phrases: pdfText(question.phrases.length > 0 ? `Phrases to look for in the Summary Plan Description: ${question.phrases.map((phrase) => `“${phrase}”`).join(", ")}` : ""),
    })),
    answerPrompt: "Answer:",
  };
}

function common({ status, taxYear, verdict }: ReadyResult, source: ChecklistSource) {
  return {
    title: CHECKLIST_TITLE,
    fileName: checklistFileName(taxYear),
    taxYear,
    madeAt: source.madeAt,
    madeOn: `Made on ${source.madeAt.toLocaleDateString("en-US", {
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: source.timeZone,
    })}`,
    status,
    // The result's own sentence: "Yes ... but you have no after-tax room left" stays so in the PDF.
    verdict: pdfText(verdict),
    questionsIntro: QUESTIONS_INTRO,
    disclaimer: DISCLAIMER,
    keepWithRecords: KEEP_WITH_RECORDS,
  };
}

function cited(line: { message: string; citation: string }): CitedLine {
  return { text: pdfText(line.message), citation: pdfText(line.citation) };
}

function alternative(line: { title: string; text: string; citation: string }): AlternativeLine {
  return { title: pdfText(line.title), text: pdfText(line.text), citation: pdfText(line.citation) };
}

