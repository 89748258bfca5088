import type { Draft } from "./draft";

/**
 * The worked example of domain §6 as the wizard saves it (money in cents): 2026, age 35, pay
 * 150,000 bi-weekly, 24,500 deferred, match 50% up to 6%, in-plan conversion. For tests.
 */
export const workedExampleDraft: Draft = {
  afterTaxContributions: "yes",
  inPlanRothConversion: "yes",
  automaticConversion: "yes",
  hasAfterTaxCap: "no",
  taxYear: 2026,
  ageAtYearEnd: 35,
  compensation: 150_000_00,
  payPeriodsPerYear: 26,
  deferralMode: "dollars",
  employeeDeferrals: 24_500_00,
  matchKind: "formula",
  matchPercent: 50,
  matchUpToPercent: 6,
  matchesAfterTax: "no",
};
