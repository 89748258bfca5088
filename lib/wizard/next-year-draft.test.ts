import { describe, expect, it } from "vitest";
import { resultFor } from "../result/result";
import type { Draft } from "./draft";
import { firstIncomplete, withAnswers } from "./journey";
import { nextYearDraft } from "./next-year-draft";
import { workedExampleDraft } from "./sample-draft";
import { stepBySlug } from "./steps";

// The worked example (domain §6) with a paycheck plan from the stub of Friday, November 20, 2026,
// bi-weekly: the paychecks after it fall on December 4 and 18, 2026, then January 1, 2027.
const december2026: Draft = {
  ...workedExampleDraft,
  fivePercentOwner: "no",
  afterTaxYearToDate: 1_000_00,
  planPaychecks: "yes",
  lastPayDay: 20,
  lastPayMonth: 11,
  lastPayYear: 2026,
  ytdDeferrals: 22_615_38,
  ytdMatch: 4_153_85,
  matchTrueUp: "no",
  electionRounding: "whole",
  completed: [
    "after-tax", "in-plan-conversion", "plan-details", "plan-year", "about-you", "your-pay", "last-year", "contributions",
    "after-tax-money", "roth-option", "employer", "match", "match-after-tax", "paychecks", "pay-stub", "take-home",
    "paycheck-rules", "paycheck-limits",
  ],
};

describe("next year's draft ('Plan 2027 now')", () => {
  const next = nextYearDraft(december2026)!;

  it("carries the plan, the match, the pay and the pay dates; the age is a year on; this year's pay is next year's look-back pay", () => {
    expect(next).toMatchObject({
      taxYear: 2027,
      ageAtYearEnd: 36,
      compensation: 150_000_00,
      priorYearCompensation: 150_000_00,
      payPeriodsPerYear: 26,
      afterTaxContributions: "yes",
      inPlanRothConversion: "yes",
      matchKind: "formula",
      matchPercent: 50,
      matchUpToPercent: 6,
      lastPayYear: 2026,
      electionRounding: "whole",
    });
  });

  it("asks again what belongs to one year: its contributions, the figures so far, the after-tax already made", () => {
    for (const field of ["employeeDeferrals", "deferralMode", "afterTaxYearToDate", "ytdDeferrals", "ytdMatch", "limitElectiveDeferral"] as const) {
      expect(next[field]).toBeUndefined();
    }
    expect(next.completed).not.toContain("contributions");
    expect(next.completed).not.toContain("last-year");
    // 2027's figures are not in the table: the figures page comes first.
    expect(firstIncomplete(next)).toBe("irs-limits");
  });

  it("reaches a result whose paycheck plan starts with the first paycheck of January 2027, counted from zero", () => {
    let draft = withAnswers(stepBySlug("irs-limits")!, next, {
      limitElectiveDeferral: 25_000_00,
      limitCatchUp50: 8_000_00,
      limitCatchUp60to63: 11_250_00,
    });
    draft = withAnswers(stepBySlug("irs-limits-plan")!, draft, { limitAnnualAdditions: 73_500_00, limitCompensation: 370_000_00 });
    draft = withAnswers(stepBySlug("last-year")!, draft, { priorYearCompensation: 150_000_00 });
    draft = withAnswers(stepBySlug("contributions")!, draft, { deferralMode: "dollars", employeeDeferrals: 25_000_00 });
    draft = withAnswers(stepBySlug("after-tax-money")!, draft, {});
    expect(firstIncomplete(draft)).toBe("answers");
    const result = resultFor(draft, "2026-12-03");
    expect(result.kind).toBe("full");
    if (result.kind !== "full") return;
    expect(result.taxYear).toBe(2027);
    const rows = result.plan!.rows;
    expect(rows[0]!.date).toBe("2027-01-01");
    // Every other Friday from January 1 to December 31, 2027: 27 paychecks in that year.
    expect(rows).toHaveLength(27);
    expect(rows.at(-1)!.date).toBe("2027-12-31");
    // Room: 73,500 − 25,000 deferred − match 50% of 6% of 150,000 (4,500) = 44,000.
    expect(result.room!.afterTaxRoom).toBe(44_000_00);
  });

  it("is not made without a tax year and an age", () => {
    expect(nextYearDraft({})).toBeUndefined();
  });
});
