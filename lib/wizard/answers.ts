import { MAX_DOLLARS } from "../money";

/**
 * What each saved answer can be: its type and bounds, once. The wizard's pages take their field
 * kinds and bounds from here (`answerField`), a stored draft is read with it (`acceptsAnswer`),
 * and the engine's public schema (lib/rules/schema.ts) takes its bounds and shared messages from
 * it, so a bound or a message changes in one place for the page, the browser and the API.
 */
export type AnswerSpec =
  | { readonly kind: "choice"; readonly values: readonly string[] }
  | { readonly kind: "money" }
  | { readonly kind: "percent"; readonly max?: number }
  | { readonly kind: "whole"; readonly min: number; readonly max: number };

export const MAX_CENTS = MAX_DOLLARS * 100;
export const YES_NO_UNSURE_VALUES = ["yes", "no", "unsure"] as const;
export const TAX_YEAR = { kind: "whole", min: 2000, max: 2100 } as const;
export const AGE = { kind: "whole", min: 18, max: 120 } as const;
export const PAY_PERIODS = { kind: "whole", min: 1, max: 53 } as const;
const DAY = { kind: "whole", min: 1, max: 31 } as const;
const MONTH = { kind: "whole", min: 1, max: 12 } as const;

const yesNoUnsure = { kind: "choice", values: YES_NO_UNSURE_VALUES } as const;
const yesNo = { kind: "choice", values: ["yes", "no"] } as const;
const money = { kind: "money" } as const;
const percent = { kind: "percent" } as const;

export const ANSWERS = {
  afterTaxContributions: yesNoUnsure,
  inPlanRothConversion: yesNoUnsure,
  inServiceWithdrawal: yesNoUnsure,
  automaticConversion: yesNoUnsure,
  separateAfterTaxAccounting: yesNoUnsure,
  hasAfterTaxCap: yesNoUnsure,
  afterTaxCapPercentOfPay: percent,
  lateEmployerMoney: yesNoUnsure,
  calendarPlanYear: yesNoUnsure,

  taxYear: TAX_YEAR,
  ageAtYearEnd: AGE,
  ownBusiness: yesNo,
  compensation: money,
  payPeriodsPerYear: PAY_PERIODS,

  limitElectiveDeferral: money,
  limitCatchUp50: money,
  limitCatchUp60to63: money,
  limitAnnualAdditions: money,
  limitCompensation: money,
  limitHceThreshold: money,
  limitRothCatchUpWageThreshold: money,
  /** "I checked: the IRS page gives a figure lower than last year's", on the figures pages of a year not in the table. */
  limitsLowerConfirmed: { kind: "choice", values: ["yes"] },

  /** "no" when the person did not work for this employer last year (their pay there was nothing). */
  workedHereLastYear: yesNo,
  priorYearCompensation: money,
  priorYearFicaWages: money,
  fivePercentOwner: yesNo,

  deferralMode: { kind: "choice", values: ["dollars", "percent"] },
  employeeDeferrals: money,
  deferralPercent: percent,
  otherPlansDeferrals: money,
  afterTaxYearToDate: money,
  rothDeferralOption: yesNoUnsure,
  rothAnswersConfirmed: yesNo,
  afterTaxBalance: money,
  afterTaxEarnings: money,

  // "unsure": the plan-document reader can answer it; until then the result waits for it.
  matchKind: { kind: "choice", values: ["none", "amount", "formula", "twoTier", "dollarCap", "unsure"] },
  matchAmount: money,
  matchPercent: percent,
  matchUpToPercent: percent,
  tier1MatchPercent: percent,
  tier1OfPayPercent: percent,
  tier2MatchPercent: percent,
  tier2OfPayPercent: percent,
  capMatchPercent: percent,
  capMaxMatch: money,
  matchesAfterTax: yesNo,
  nonelectivePercent: percent,
  nonelectiveAmount: money,

  planPaychecks: { kind: "choice", values: ["yes", "later"] },
  lastPayDay: DAY,
  lastPayMonth: MONTH,
  lastPayYear: TAX_YEAR,
  semiMonthlyFirstDay: DAY,
  semiMonthlySecondDay: DAY,
  monthlyPayDay: DAY,
  ytdDeferrals: money,
  ytdMatch: money,
  bonusAmount: money,
  bonusMonth: MONTH,
  matchTrueUp: yesNoUnsure,
  electionRounding: { kind: "choice", values: ["whole", "half", "tenth", "dollars"] },
  frontLoadPercent: percent,
  takeHomePay: money,
  contributionsOnStub: money,
  takeHomeFloor: money,
  contributionCapPercent: percent,
  compensationCapMethod: { kind: "choice", values: ["year_to_date", "per_paycheck", "unsure"] },
  flatElectionOnBonus: yesNo,

  // The assumptions of the Roth-against-taxable projection on the result page, when changed.
  projectionYears: { kind: "whole", min: 1, max: 80 },
  projectionReturnPercent: { kind: "percent", max: 30 },
  projectionDividendYieldPercent: percent,
  projectionDividendTaxPercent: percent,
  projectionGainsTaxPercent: percent,
  projectionStateTaxPercent: percent,
  projectionMarginalRatePercent: percent,
} as const satisfies Record<string, AnswerSpec>;

export type AnswerName = keyof typeof ANSWERS;
/** A saved answer's type: one of a choice's values, whole cents for money, a number otherwise. */
export type AnswerValue<S> = S extends { kind: "choice"; values: readonly (infer V)[] } ? V : number;

/** Whether a stored value is one this answer can have (a draft from an older version may hold others). */
export function acceptsAnswer(spec: AnswerSpec, value: unknown): boolean {
  switch (spec.kind) {
    case "choice":
      return typeof value === "string" && spec.values.includes(value);
    case "money":
      return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_CENTS;
    case "percent":
      return typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= (spec.max ?? 100);
    case "whole":
      return Number.isSafeInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max;
  }
}

/** Messages for rules that hold across answers, worded once for the page and the API. */
export const CROSS_MESSAGES = {
  deferralsAbovePay: (pay?: string) => `Your pre-tax and Roth contributions can't be more than your pay${pay ? ` of $${pay}` : " for the year"}`,
  afterTaxAbovePay: (pay?: string) => `Your after-tax contributions so far can't be more than your pay${pay ? ` of $${pay}` : " for the year"}`,
  earningsAboveBalance: "The earnings can't be more than the whole after-tax balance",
  tiersOverPay: "The two tiers together can't cover more than 100% of pay",
} as const;
