import { describe, expect, it } from "vitest";
import { planPaychecks } from "../planner";
import type { Draft } from "../wizard/draft";
import { nextAfter, toAnswers, withAnswers } from "../wizard/journey";
import { payDayOfStub, plannerInputFor } from "./planner-input";
import { checklistModel } from "./checklist-model";
import { resultFor } from "./result";
import { workedExampleDraft } from "../wizard/sample-draft";
import { parseFields } from "../wizard/fields";
import { stepBySlug } from "../wizard/steps";

const workedExample: Draft = {
  ...workedExampleDraft,
  completed: [
    "after-tax",
    "in-plan-conversion",
    "plan-details",
    "plan-year",
    "about-you",
    "your-pay",
    "last-year",
    "contributions",
    "after-tax-money",
    "employer",
    "match",
    "match-after-tax",
  ],
};

const paychecks = stepBySlug("paychecks")!;
const payStub = stepBySlug("pay-stub")!;
const takeHome = stepBySlug("take-home")!;
const paycheckRules = stepBySlug("paycheck-rules")!;

describe("the paychecks page", () => {
  it("comes after the employer page and before the answers", () => {
    expect(nextAfter("match-after-tax", workedExample, false)).toBe("paychecks");
    const skipped = withAnswers(paychecks, workedExample, { planPaychecks: "later" });
    expect(nextAfter("paychecks", skipped, false)).toBe("answers");
    expect(plannerInputFor(skipped, toAnswers(skipped))).toBeUndefined();
  });

  it("with a plan asked for, goes on to the pay stub and the plan's rules; without one, straight to the answers", () => {
    const planning = withAnswers(paychecks, workedExample, { planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026 });
    expect(nextAfter("paychecks", planning, false)).toBe("pay-stub");
    expect(nextAfter("pay-stub", withAnswers(payStub, planning, {}), false)).toBe("take-home");
    expect(nextAfter("take-home", withAnswers(takeHome, withAnswers(payStub, planning, {}), {}), false)).toBe("paycheck-rules");
  });

  it("asks for the pay days the schedule needs and the true-up only for a match formula", () => {
    const names = (draft: Draft) => paychecks.fields(draft, { currentYear: 2026 }).map((field) => field.name);
    const rules = (draft: Draft) => paycheckRules.fields(draft, { currentYear: 2026 }).map((field) => field.name);
    expect(rules(workedExample)).toContain("matchTrueUp");
    expect(rules({ ...workedExample, matchKind: "none" })).not.toContain("matchTrueUp");
    expect(names({ ...workedExample, payPeriodsPerYear: 24 })).toEqual(expect.arrayContaining(["semiMonthlyFirstDay", "semiMonthlySecondDay"]));
    expect(names({ ...workedExample, payPeriodsPerYear: 12 })).toContain("monthlyPayDay");
  });

  const asOf = (today: string) => ({ currentYear: Number(today.slice(0, 4)), today });
  const typed = (draft: Draft): Record<string, string> =>
    Object.fromEntries(Object.entries(draft).map(([name, value]) => [name, String(value)]));

  it.each([
    [{ payPeriodsPerYear: 24, semiMonthlyFirstDay: 15, semiMonthlySecondDay: 15 }, "semiMonthlySecondDay", "must be different days"],
    [{ lastPayDay: 30, lastPayMonth: 2, lastPayYear: 2026 }, "lastPayMonth", "February 2026 has 28 days"],
    [{ lastPayDay: 1, lastPayMonth: 12, lastPayYear: 2026 }, "lastPayMonth", "can't be after today, November 28, 2026"],
    [{ lastPayDay: 20, lastPayMonth: 12, lastPayYear: 2025 }, "lastPayMonth", "a pay stub from 2026"],
  ] as [Draft, string, string][])("refuses %j next to the date, as of November 28, 2026", (change, field, message) => {
    const draft = { ...workedExample, ...change } as Draft;
    const answers = { planPaychecks: "yes", lastPayDay: "10", lastPayMonth: "7", lastPayYear: "2026", ...typed(change) };
    const result = parseFields(paychecks.fields(draft, asOf("2026-11-28")), answers);
    expect(!result.ok && result.errors[field]).toContain(message);
  });

  it("takes a stub from this year for a year to come (planning 2027 in December)", () => {
    const draft = { ...workedExample, taxYear: 2027 } as Draft;
    const answers = { planPaychecks: "yes", lastPayDay: "4", lastPayMonth: "12", lastPayYear: "2026" };
    expect(parseFields(paychecks.fields(draft, asOf("2026-12-10")), answers).ok).toBe(true);
  });

  it.each([
    [{}, { bonusAmount: "10,000" }, "bonusMonth", "month the bonus is paid"],
    [{ takeHomePay: 2_000_00, contributionsOnStub: 500_00 }, { takeHomeFloor: "3,000" }, "takeHomeFloor", "more than the paycheck has"],
    [{}, { bonusAmount: "150,000" }, "bonusAmount", "must be less than your pay for the year of $150,000"],
  ] as [Draft, Record<string, string>, string, string][])("the take-home page, after a pay stub of %j, refuses %j", (stub, answers, field, message) => {
    const result = parseFields(takeHome.fields({ ...workedExample, planPaychecks: "yes", ...stub }, asOf("2026-11-28")), answers);
    expect(!result.ok && result.errors[field]).toContain(message);
  });

  it("asks for the least take-home only once the pay stub's take-home is known", () => {
    const names = (draft: Draft) => takeHome.fields(draft, asOf("2026-11-28")).map((field) => field.name);
    expect(names(workedExample)).not.toContain("takeHomeFloor");
    expect(names({ ...workedExample, takeHomePay: 2_000_00 })).toContain("takeHomeFloor");
  });

  it("reads the date as one USWDS memorable date, month first: one message, each box kept as typed", () => {
    const fields = paychecks.fields(workedExample, { currentYear: 2026 });
    const parse = (month: string, day: string, year: string) =>
      parseFields(fields, { planPaychecks: "yes", lastPayMonth: month, lastPayDay: day, lastPayYear: year });
    expect(parse("11", "20", "2026")).toEqual({ ok: true, data: { planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026 } });
    expect(parse("", "20", "2026")).toEqual({ ok: false, errors: { lastPayMonth: "Date of your latest paycheck must include a month" } });
    expect(parse("", "", "")).toEqual({ ok: false, errors: { lastPayMonth: "Enter the date of your latest paycheck, for example 11 20 2026" } });
    expect(parse("11", "31", "2026")).toEqual({
      ok: false,
      errors: { lastPayMonth: "November 2026 has 30 days: check the day of date of your latest paycheck" },
    });
    expect(parse("11", "20", "26")).toEqual({ ok: false, errors: { lastPayMonth: "Date of your latest paycheck must be a real date, like 11 20 2026" } });
    // Not planning: the date is neither asked nor checked.
    expect(parseFields(fields, { planPaychecks: "later", lastPayDay: "x" })).toEqual({ ok: true, data: { planPaychecks: "later" } });
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

  it("takes a stub dated up to 3 days before a scheduled pay day as that pay day's", () => {
    const semiMonthly = { kind: "semimonthly", firstDay: 15, secondDay: 31 } as const;
    // November 15, 2026 is a Sunday: paid on Friday the 13th.
    expect(payDayOfStub(semiMonthly, "2026-11-13")).toBe("2026-11-15");
    expect(payDayOfStub(semiMonthly, "2026-11-12")).toBe("2026-11-15");
    expect(payDayOfStub(semiMonthly, "2026-11-11")).toBe("2026-11-11");
    // The last day of the month, paid early, and across the year's end.
    expect(payDayOfStub({ kind: "monthly", day: 31 }, "2026-12-30")).toBe("2026-12-31");
    expect(payDayOfStub(semiMonthly, "2026-12-29")).toBe("2026-12-31");
    // Bi-weekly pay is counted from the stub itself.
    expect(payDayOfStub({ kind: "biweekly", anchor: "2026-11-20" }, "2026-11-20")).toBe("2026-11-20");
  });

  it("plans after the pay day a stub stands for, even when that day is still to come", () => {
    const draft: Draft = {
      ...workedExample,
      payPeriodsPerYear: 24,
      semiMonthlyFirstDay: 15,
      semiMonthlySecondDay: 31,
      planPaychecks: "yes",
      lastPayDay: 13,
      lastPayMonth: 11,
      lastPayYear: 2026,
      matchTrueUp: "yes",
      electionRounding: "whole",
    };
    const result = resultFor(draft, "2026-11-14");
    if (result.kind === "incomplete") throw new Error("incomplete");
    // November 15 is in the stub's figures: November 30, December 15 and December 31 are left.
    expect(result.plan!.rows.map((row) => row.date)).toEqual(["2026-11-30", "2026-12-15", "2026-12-31"]);
    expect(result.plan!.warnings.map((warning) => warning.code)).not.toContain("PAY_STUB_NOT_LATEST");
  });
});

describe("pay over §401(a)(17): how the plan applies the cap, asked only then, and the match shown in cents", () => {
  const rules = (draft: Draft) => stepBySlug("paycheck-limits")!.fields(draft, { currentYear: 2026 }).map((field) => field.name);

  it("is asked only when pay is over the $360,000 limit", () => {
    expect(rules(workedExample)).not.toContain("compensationCapMethod");
    expect(rules({ ...workedExample, compensation: 360_000_00 })).not.toContain("compensationCapMethod");
    expect(rules({ ...workedExample, compensation: 4_000_000_00 })).toContain("compensationCapMethod");
  });

  it("reaches the planner, and the page and the PDF say the match: worth up to $14,400, $7,646.08 collected, per paycheck as chosen", () => {
    const draft: Draft = {
      ...workedExample,
      compensation: 4_000_000_00,
      matchKind: "twoTier",
      tier1MatchPercent: 100,
      tier1OfPayPercent: 3,
      tier2MatchPercent: 50,
      tier2OfPayPercent: 2,
      planPaychecks: "yes",
      lastPayDay: 3,
      lastPayMonth: 7,
      lastPayYear: 2026,
      ytdDeferrals: 3_000_00,
      ytdMatch: 1_000_00,
      matchTrueUp: "no",
      electionRounding: "whole",
      compensationCapMethod: "per_paycheck",
      takeHomePay: 100_000_00,
      completed: [...(workedExample.completed ?? []), "paychecks", "pay-stub", "paycheck-rules"],
    };
    expect(plannerInputFor(draft, toAnswers(draft))!.compensationCapMethod).toBe("per_paycheck");
    const result = resultFor(draft, "2026-07-07");
    if (result.kind !== "full") throw new Error(result.kind);
    // 1,000 so far + 12 x 553.84 (see lib/planner/plan.test.ts) = 7,646.08 of 4% x 360,000 = 14,400.
    expect(result.matchTiming).toContain("worth up to $14,400.00");
    expect(result.matchTiming).toContain("collects $7,646.08");
    expect(result.matchTiming).toContain("As you said: your plan counts pay up to the compensation limit a share on each paycheck");
    expect(checklistModel(result, { madeAt: new Date("2026-07-07T12:00:00Z"), timeZone: "UTC" }).matchTiming).toContain("$7,646.08");
  });
});
