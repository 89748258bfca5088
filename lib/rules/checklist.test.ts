import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { answersWith, type AnswersChanges } from "./sample-answers";

const checklist = (changes: AnswersChanges) => evaluate(answersWith(changes)).checklist;

describe("checklist in the order a person works through it (domain §7)", () => {
  it("in-plan conversion: confirm features, deferrals, after-tax election with the amount, conversion, last paychecks, records (Form 1099-R)", () => {
    const items = checklist({ plan: { automaticConversion: "yes" }, person: { payPeriodsPerYear: 26 } });
    expect(items.map((i) => [i.code, i.status])).toEqual([
      ["CONFIRM_AFTER_TAX_CONTRIBUTIONS", "confirmed"],
      ["CONFIRM_IN_PLAN_ROTH_CONVERSION", "confirmed"],
      ["CONFIRM_AUTOMATIC_CONVERSION", "confirmed"],
      ["SET_DEFERRAL_ELECTION", "action"],
      ["SET_AFTER_TAX_ELECTION", "action"],
      ["TURN_ON_AUTOMATIC_CONVERSION", "action"],
      ["WATCH_LAST_PAYCHECKS", "action"],
      ["KEEP_RECORDS", "action"],
    ]);
    const afterTax = items.find((i) => i.code === "SET_AFTER_TAX_ELECTION")!;
    expect(afterTax.amount).toBe(43_000);
    expect(afterTax.text).toContain("$1,653.84 per paycheck");
    expect(afterTax.text).toContain("28%");
    expect(items.at(-1)!.text).toContain("1099-R");
  });

  it("in-service withdrawal: confirm the withdrawal and separate accounting, schedule withdrawals, records with Form 8606 (Notice 2014-54)", () => {
    const items = checklist({
      plan: { inPlanRothConversion: "no", inServiceWithdrawal: "yes", separateAfterTaxAccounting: "unsure" },
    });
    expect(items.map((i) => i.code)).toEqual([
      "CONFIRM_AFTER_TAX_CONTRIBUTIONS",
      "CONFIRM_IN_SERVICE_WITHDRAWAL",
      "CONFIRM_SEPARATE_AFTER_TAX_ACCOUNTING",
      "SET_DEFERRAL_ELECTION",
      "SET_AFTER_TAX_ELECTION",
      "SCHEDULE_WITHDRAWALS",
      "WATCH_LAST_PAYCHECKS",
      "KEEP_RECORDS",
    ]);
    expect(items.find((i) => i.code === "CONFIRM_SEPARATE_AFTER_TAX_ACCOUNTING")!.status).toBe("to_confirm");
    expect(items.at(-1)!.text).toContain("8606");
  });

  it("no automatic conversion: schedule conversions instead", () => {
    const codes = checklist({ plan: { automaticConversion: "no" } }).map((i) => i.code);
    expect(codes).toContain("SCHEDULE_CONVERSIONS");
    expect(codes).not.toContain("CONFIRM_AUTOMATIC_CONVERSION");
  });

  it("unsure answers are marked to confirm", () => {
    const items = checklist({ plan: { afterTaxContributions: "unsure", inPlanRothConversion: "unsure" } });
    expect(items.find((i) => i.code === "CONFIRM_AFTER_TAX_CONTRIBUTIONS")!.status).toBe("to_confirm");
    expect(items.find((i) => i.code === "CONFIRM_IN_PLAN_ROTH_CONVERSION")!.status).toBe("to_confirm");
  });

  it("HCE: confirm last year's ACP refunds before contributing (IRC §401(m))", () => {
    const codes = checklist({ person: { priorYearCompensation: 200_000 } }).map((i) => i.code);
    expect(codes.indexOf("CONFIRM_HCE_LIMITS")).toBeLessThan(codes.indexOf("SET_AFTER_TAX_ELECTION"));
  });

  it("not eligible: ask the employer, still set deferrals, keep records", () => {
    expect(checklist({ plan: { afterTaxContributions: "no" } }).map((i) => i.code)).toEqual([
      "ASK_EMPLOYER_TO_ADD_FEATURE",
      "SET_DEFERRAL_ELECTION",
      "KEEP_RECORDS",
    ]);
  });

  it("unknown year: the after-tax step waits for the figures", () => {
    const item = checklist({ taxYear: 2030 }).find((i) => i.code === "SET_AFTER_TAX_ELECTION")!;
    expect(item.amount).toBeUndefined();
    expect(item.text).toContain("IRS limits");
  });
});

describe("questions for the plan, only where the answer matters", () => {
  it("automatic conversion unsure is asked when in-plan conversion may be the route", () => {
    const asked = (changes: AnswersChanges) => evaluate(answersWith(changes)).questionsForPlan.map((q) => q.code);
    expect(asked({ plan: { automaticConversion: "unsure" } })).toEqual(["AUTOMATIC_CONVERSION"]);
    expect(asked({ plan: { automaticConversion: "unsure", inPlanRothConversion: "no", inServiceWithdrawal: "yes" } })).toEqual([]);
    expect(asked({ plan: { separateAfterTaxAccounting: "unsure", inPlanRothConversion: "no", inServiceWithdrawal: "yes" } })).toEqual([
      "SEPARATE_AFTER_TAX_ACCOUNTING",
    ]);
    expect(asked({ plan: { separateAfterTaxAccounting: "unsure" } })).toEqual([]);
    expect(asked({ plan: { rothDeferralOption: "unsure" } })).toEqual([]); // age 35: no catch-up
    expect(asked({ plan: { rothDeferralOption: "unsure" }, person: { ageAtYearEnd: 50 } })).toEqual(["ROTH_DEFERRAL_OPTION"]);
  });
});
