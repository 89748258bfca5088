import { percentOfCents, toBasisPoints } from "../money";
import { ANSWERS, acceptsAnswer, type AnswerValue } from "./answers";

/**
 * The answers a person has given so far, one flat record keyed by the wizard's field names.
 * Money is in whole cents, percentages in percent. It is what a saved session holds; what each
 * answer can be is the answer table (./answers.ts), the same one the pages check against.
 */
export const DRAFT_SCHEMA_VERSION = 1;

/** Each field is checked on its own so that one bad or retired field never loses the others. */
export const draftFields = ANSWERS;

export type DraftField = keyof typeof draftFields;

/** The answers that describe the employer match, together: what the plan document fills and next year carries. */
export const MATCH_FIELDS: readonly DraftField[] = [
  "matchKind",
  "matchAmount",
  "matchPercent",
  "matchUpToPercent",
  "tier1MatchPercent",
  "tier1OfPayPercent",
  "tier2MatchPercent",
  "tier2OfPayPercent",
  "capMatchPercent",
  "capMaxMatch",
];
export type Draft = { -readonly [K in DraftField]?: AnswerValue<(typeof draftFields)[K]> } & {
  /** The wizard pages the person has completed (their slugs). */
  completed?: string[];
  /**
   * The answers filled in from the person's plan document, by field: an answer is shown as
   * "from your plan document" while it still has this value. Never the document or its text.
   */
  fromPlanDocument?: Record<string, string | number>;
};

/**
 * Reads a stored draft, from any earlier schema version: fields that no longer exist or no
 * longer validate are dropped (the page asks for them again), never the whole record.
 */
export function readDraft(stored: unknown): Draft {
  if (typeof stored !== "object" || stored === null || Array.isArray(stored)) return {};
  const record = stored as Record<string, unknown>;
  const draft: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(draftFields)) {
    if (Object.hasOwn(record, name) && acceptsAnswer(spec, record[name])) draft[name] = record[name];
  }
  const completed = record.completed;
  if (Array.isArray(completed)) {
    draft.completed = completed.filter((slug): slug is string => typeof slug === "string").slice(0, 50);
  }
  const fromDocument = record.fromPlanDocument;
  if (typeof fromDocument === "object" && fromDocument !== null && !Array.isArray(fromDocument)) {
    const kept = Object.entries(fromDocument as Record<string, unknown>).filter(
      ([name, value]) => Object.hasOwn(draftFields, name) && (typeof value === "string" || typeof value === "number"),
    );
    if (kept.length > 0) draft.fromPlanDocument = Object.fromEntries(kept.slice(0, 40));
  }
  return draft as Draft;
}

/** Whether a field's current answer is the one filled in from the plan document. */
export function isFromPlanDocument(draft: Draft, field: string): boolean {
  const recorded = draft.fromPlanDocument?.[field];
  return recorded !== undefined && (draft as Record<string, unknown>)[field] === recorded;
}

/** Yearly deferrals in cents, from dollars or from a percentage of pay. */
export function deferralCents(draft: Draft): number | undefined {
  if (draft.deferralMode === "percent") {
    if (draft.deferralPercent === undefined || draft.compensation === undefined) return undefined;
    return percentOfCents(draft.compensation, toBasisPoints(draft.deferralPercent));
  }
  return draft.employeeDeferrals;
}
