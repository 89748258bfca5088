import { formatDate, isoDate } from "../planner/dates";
import { firstInputName, isRevealed, type FieldSpec } from "./fields";
import { isFromPlanDocument, type Draft } from "./draft";
import { applicableSteps, formValuesFor } from "./journey";
import { SECTIONS, type StepContext, type StepSlug } from "./steps";

export interface AnswerRow {
  step: StepSlug;
  /** The section of the journey it was asked in ("Your plan", or "Your paychecks"), a card on the answers page. */
  section: string;
  /** The field's first input: where its Change link lands. */
  field: string;
  question: string;
  answer: string;
  /** The answer was filled in from the person's plan document and not changed since. */
  fromPlanDocument?: boolean;
}

function shownAnswer(field: FieldSpec, value: string): string {
  if (value === "") return "Not given";
  if (field.kind === "choice") return field.options?.find((option) => option.value === value)?.label ?? value;
  if (field.kind === "money") return `$${value}`;
  if (field.kind === "percent") return `${value}%`;
  return value;
}

/** Every answer given, in the order asked, for the check-your-answers page. */
export function answerRows(draft: Draft, context: StepContext): AnswerRow[] {
  const rows: AnswerRow[] = [];
  for (const step of applicableSteps(draft, context.today)) {
    const fields = step.fields(draft, context);
    const values = formValuesFor(step, draft, context);
    for (const field of fields) {
      if (!isRevealed(field, values)) continue;
      const answer = field.parts
        ? [field.parts.month, field.parts.day, field.parts.year].every((name) => values[name])
          ? formatDate(isoDate(Number(values[field.parts.year]), Number(values[field.parts.month]), Number(values[field.parts.day])))
          : "Not given"
        : shownAnswer(field, values[field.name] ?? "");
      // An optional question left blank is not an answer to check: its row would only be noise.
      if (field.optional && answer === "Not given") continue;
      const row: AnswerRow = { step: step.slug, section: step.group ?? SECTIONS[step.section]!, field: firstInputName(field), question: field.label, answer };
      if (isFromPlanDocument(draft, field.name)) row.fromPlanDocument = true;
      rows.push(row);
    }
  }
  return rows;
}

/** The answers grouped by section, in the order asked: one summary card each. */
export function answerSections(draft: Draft, context: StepContext): { section: string; rows: AnswerRow[] }[] {
  const sections: { section: string; rows: AnswerRow[] }[] = [];
  for (const row of answerRows(draft, context)) {
    const last = sections.at(-1);
    if (last?.section === row.section) last.rows.push(row);
    else sections.push({ section: row.section, rows: [row] });
  }
  return sections;
}

/** One line for the PDF: the answers filled in from the plan document and confirmed, or null. */
export function planDocumentLine(draft: Draft, context: StepContext): string | null {
  const rows = answerRows(draft, context).filter((row) => row.fromPlanDocument);
  if (rows.length === 0) return null;
  return `From your plan document, confirmed by you: ${rows.map((row) => `${row.question} ${row.answer}`).join("; ")}.`;
}
