import * as z from "zod/mini";
import { percentOfCents, toBasisPoints } from "../money";

/**
 * The answers a person has given so far, one flat record keyed by the wizard's field names.
 * Money is in whole cents, percentages in percent. It is what a saved session holds.
 */
export const DRAFT_SCHEMA_VERSION = 1;

const yesNoUnsure = z.enum(["yes", "no", "unsure"]);
const cents = z.number().check(z.int(), z.nonnegative(), z.maximum(10_000_000_000));
const percent = z.number().check(z.nonnegative(), z.maximum(100));

/** Each field is checked on its own so that one bad or retired field never loses the others. */
export const draftFields = {
  afterTaxContributions: yesNoUnsure,
  inPlanRothConversion: yesNoUnsure,
  inServiceWithdrawal: yesNoUnsure,
  automaticConversion: yesNoUnsure,
  separateAfterTaxAccounting: yesNoUnsure,
  hasAfterTaxCap: yesNoUnsure,
  afterTaxCapPercentOfPay: percent,
  lateEmployerMoney: yesNoUnsure,
  calendarPlanYear: yesNoUnsure,

  taxYear: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  ageAtYearEnd: z.number().check(z.int(), z.minimum(18), z.maximum(120)),
  ownBusiness: z.enum(["yes", "no"]),
  compensation: cents,
  payPeriodsPerYear: z.number().check(z.int(), z.minimum(1), z.maximum(53)),

  limitElectiveDeferral: cents,
  limitCatchUp50: cents,
  limitCatchUp60to63: cents,
  limitAnnualAdditions: cents,
  limitCompensation: cents,
  limitHceThreshold: cents,
  limitRothCatchUpWageThreshold: cents,
  // "I checked: the IRS notice gives a figure lower than last year's", on the figures page for a year not in the table.
  limitsLowerConfirmed: z.enum(["yes"]),

  priorYearCompensation: cents,
  priorYearFicaWages: cents,
  fivePercentOwner: z.enum(["yes", "no"]),

  deferralMode: z.enum(["dollars", "percent"]),
  employeeDeferrals: cents,
  deferralPercent: percent,
  otherPlansDeferrals: cents,
  afterTaxYearToDate: cents,
  rothDeferralOption: yesNoUnsure,
  rothAnswersConfirmed: z.enum(["yes", "no"]),
  afterTaxBalance: cents,
  afterTaxEarnings: cents,

  // "unsure": the plan-document reader can answer it; until then the result waits for it.
  matchKind: z.enum(["none", "amount", "formula", "twoTier", "dollarCap", "unsure"]),
  matchAmount: cents,
  matchPercent: percent,
  matchUpToPercent: percent,
  tier1MatchPercent: percent,
  tier1OfPayPercent: percent,
  tier2MatchPercent: percent,
  tier2OfPayPercent: percent,
  capMatchPercent: percent,
  capMaxMatch: cents,
  matchesAfterTax: z.enum(["yes", "no"]),
  nonelectivePercent: percent,
  nonelectiveAmount: cents,

  planPaychecks: z.enum(["yes", "later"]),
  lastPayDay: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  lastPayMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  lastPayYear: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  semiMonthlyFirstDay: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  semiMonthlySecondDay: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  monthlyPayDay: z.number().check(z.int(), z.minimum(1), z.maximum(31)),
  ytdDeferrals: cents,
  ytdMatch: cents,
  bonusAmount: cents,
  bonusMonth: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  matchTrueUp: yesNoUnsure,
  electionRounding: z.enum(["whole", "half", "tenth", "dollars"]),
  frontLoadPercent: percent,
  takeHomePay: cents,
  contributionsOnStub: cents,
  takeHomeFloor: cents,
  contributionCapPercent: percent,
  compensationCapMethod: z.enum(["year_to_date", "per_paycheck", "unsure"]),
  flatElectionOnBonus: z.enum(["yes", "no"]),

  // The assumptions of the Roth-against-taxable projection on the result page, when changed.
  projectionYears: z.number().check(z.int(), z.minimum(1), z.maximum(80)),
  projectionReturnPercent: z.number().check(z.nonnegative(), z.maximum(30)),
  projectionDividendYieldPercent: percent,
  projectionDividendTaxPercent: percent,
  projectionGainsTaxPercent: percent,
  projectionStateTaxPercent: percent,
  projectionMarginalRatePercent: percent,
} as const;

export type DraftField = keyof typeof draftFields;
export type Draft = { -readonly [K in DraftField]?: z.infer<(typeof draftFields)[K]> } & {
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
  for (const [name, schema] of Object.entries(draftFields)) {
    if (!Object.hasOwn(record, name)) continue;
    const parsed = (schema as z.ZodMiniType).safeParse(record[name]);
    if (parsed.success) draft[name] = parsed.data;
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
