import { formatDate, isoDate } from "../planner/dates";
import { isRevealed, type FieldSpec } from "./fields";
import { isFromPlanDocument, type Draft } from "./draft";
import { applicableSteps, formValuesFor } from "./journey";
import type { StepContext, StepSlug } from "./steps";

export interface AnswerRow {
  step: StepSlug;
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
  for (const step of applicableSteps(draft)) {
    const fields = step.fields(draft, context);
    const values = formValuesFor(step, draft, context);
    for (const field of fields) {
      if (!isRevealed(field, values)) continue;
      const answer = field.parts
        ? [field.parts.day, field.parts.month, field.parts.year].every((name) => values[name])
          ? formatDate(isoDate(Number(values[field.parts.year]), Number(values[field.parts.month]), Number(values[field.parts.day])))
          : "Not given"
        : shownAnswer(field, values[field.name] ?? "");
      const row: AnswerRow = { step: step.slug, field: field.name, question: field.label, answer };
      if (isFromPlanDocument(draft, field.name)) row.fromPlanDocument = true;
      rows.push(row);
    }
  }
  return rows;
}

/** One line for the PDF: the answers filled in from the plan document and confirmed, or null. */
export function planDocumentLine(draft: Draft, context: StepContext): string | null {
  const rows = answerRows(draft, context).filter((row) => row.fromPlanDocument);
  if (rows.length === 0) return null;
  return `From your plan document, confirmed by you: ${rows.map((row) => `${row.question} ${row.answer}`).join("; ")}.`;
}
