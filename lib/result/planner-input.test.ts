import { describe, expect, it } from "vitest";
import { planPaychecks } from "../planner";
import type { Draft } from "../wizard/draft";
import { crossCheck, nextAfter, toAnswers, withAnswers } from "../wizard/journey";
import { plannerInputFor } from "./planner-input";
import { workedExampleDraft } from "../wizard/sample-draft";
import { stepBySlug } from "../wizard/steps";

const workedExample: Draft = {
  ...workedExampleDraft,
  completed: ["after-tax", "in-plan-conversion", "plan-details", "about-you", "last-year", "contributions", "employer"],
};

const paychecks = stepBySlug("paychecks")!;

describe("the paychecks page", () => {
  it("comes after the employer page and before the answers", () => {
    expect(nextAfter("employer", workedExample, false)).toBe("paychecks");
    const skipped = withAnswers(paychecks, workedExample, { planPaychecks: "later" });
    expect(nextAfter("paychecks", skipped, false)).toBe("answers");
    expect(plannerInputFor(skipped, toAnswers(skipped))).toBeUndefined();
  });

  it("asks for the pay days the schedule needs and the true-up only for a match formula", () => {
    const names = (draft: Draft) => paychecks.fields(draft, { currentYear: 2026 }).map((field) => field.name);
    expect(names(workedExample)).toContain("matchTrueUp");
    expect(names({ ...workedExample, matchKind: "none" })).not.toContain("matchTrueUp");
    expect(names({ ...workedExample, payPeriodsPerYear: 24 })).toEqual(expect.arrayContaining(["semiMonthlyFirstDay", "semiMonthlySecondDay"]));
    expect(names({ ...workedExample, payPeriodsPerYear: 12 })).toContain("monthlyPayDay");
  });

  it.each([
    [{ payPeriodsPerYear: 24, semiMonthlyFirstDay: 15, semiMonthlySecondDay: 15 }, "semiMonthlySecondDay", "must be different days"],
    [{ lastPayDay: 30, lastPayMonth: 2, lastPayYear: 2026 }, "lastPayDay", "February 2026 has 28 days"],
    [{ bonusAmount: 10_000_00 }, "bonusMonth", "month the bonus is paid"],
  ] as [Draft, string, string][])("refuses %j", (change, field, message) => {
    const draft = { ...workedExample, planPaychecks: "yes", lastPayDay: 10, lastPayMonth: 7, lastPayYear: 2026, ...change } as Draft;
    expect(crossCheck(paychecks, draft)[field]).toContain(message);
  });

  it("builds the planner input: bi-weekly anchored on the latest pay date, figures so far in cents", () => {
    const draft: Draft = {
      ...workedExample,
      afterTaxYearToDate: 1_000_00,
      planPaychecks: "yes",
      lastPayDay: 10,
      lastPayMonth: 7,
      lastPayYear: 2026,
      ytdDeferrals: 12_000_00,
      ytdMatch: 2_400_00,
      matchTrueUp: "yes",
      electionRounding: "half",
      bonusAmount: 5_000_00,
      bonusMonth: 12,
      frontLoadPercent: 40,
    };
    const input = plannerInputFor(draft, toAnswers(draft))!;
    expect(input).toMatchObject({
      schedule: { kind: "biweekly", anchor: "2026-07-10" },
      lastPayDate: "2026-07-10",
      yearToDate: { deferrals: 12_000_00, afterTax: 1_000_00, match: 2_400_00 },
      matchTrueUp: "yes",
      rounding: "half",
      bonus: { amount: 5_000_00, month: 12 },
      frontLoadBasisPoints: 40_00,
    });
    const plan = planPaychecks(input, "2026-07-10");
    expect(plan.ok && plan.rows.length).toBe(13);
  });
});
