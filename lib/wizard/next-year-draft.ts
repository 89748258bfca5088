// "Plan 2027 now": next year's draft from this year's answers. What the plan is and how the
// person is paid carry over; what belongs to one year (its IRS figures, the contributions, the
// figures so far on a pay stub) is asked again.
import { MATCH_FIELDS, type Draft, type DraftField } from "./draft";

/** Answers about the plan, the employer and the pay schedule: the same next year. */
const CARRIED: readonly DraftField[] = [
  "afterTaxContributions",
  "inPlanRothConversion",
  "inServiceWithdrawal",
  "automaticConversion",
  "separateAfterTaxAccounting",
  "hasAfterTaxCap",
  "afterTaxCapPercentOfPay",
  "lateEmployerMoney",
  "calendarPlanYear",
  "ownBusiness",
  "compensation",
  "payPeriodsPerYear",
  "fivePercentOwner",
  "rothDeferralOption",
  ...MATCH_FIELDS,
  "matchesAfterTax",
  "nonelectivePercent",
  "nonelectiveAmount",
  // The pay schedule, from the latest stub: next year's paychecks follow from it, and its figures
  // so far belong to this year, so the plan counts next year's from zero (planner-input.ts).
  "planPaychecks",
  "lastPayDay",
  "lastPayMonth",
  "lastPayYear",
  "semiMonthlyFirstDay",
  "semiMonthlySecondDay",
  "monthlyPayDay",
  "takeHomePay",
  "contributionsOnStub",
  "takeHomeFloor",
  "matchTrueUp",
  "electionRounding",
  "contributionCapPercent",
  "compensationCapMethod",
  "flatElectionOnBonus",
  "projectionYears",
  "projectionReturnPercent",
  "projectionDividendYieldPercent",
  "projectionDividendTaxPercent",
  "projectionGainsTaxPercent",
  "projectionStateTaxPercent",
  "projectionMarginalRatePercent",
];

/** The pages whose answers all carry over: done already in next year's draft. */
const PAGES_CARRIED = [
  "after-tax",
  "in-plan-conversion",
  "in-service-withdrawal",
  "plan-details",
  "plan-year",
  "about-you",
  "your-pay",
  "employer",
  "match",
  "match-after-tax",
  "roth-option",
  "paychecks",
  "pay-stub",
  "take-home",
  "paycheck-rules",
  "paycheck-limits",
];

/**
 * Next year's draft: the carried answers, the age a year on, and this year's pay as next year's
 * look-back pay (the HCE test of next year looks at this year's pay, §414(q)(1)(B)). Still to
 * answer: next year's IRS figures where the app does not know them, last year's FICA wages where
 * they matter, and the contributions.
 */
export function nextYearDraft(draft: Draft): Draft | undefined {
  if (draft.taxYear === undefined || draft.ageAtYearEnd === undefined) return undefined;
  const next: Record<string, unknown> = {};
  for (const field of CARRIED) if (draft[field] !== undefined) next[field] = draft[field];
  return {
    ...(next as Draft),
    taxYear: draft.taxYear + 1,
    ageAtYearEnd: Math.min(120, draft.ageAtYearEnd + 1),
    ...(draft.compensation === undefined ? {} : { workedHereLastYear: "yes", priorYearCompensation: draft.compensation }),
    completed: PAGES_CARRIED.filter((slug) => draft.completed?.includes(slug)),
  };
}
