// The words a person acts on: each sentence names the rule that really applies.
import { describe, expect, it } from "vitest";
import { resultForAnswers } from "../result/result";
import { evaluate } from "./evaluate";
import { limitsForYear } from "./limits";
import { answersWith } from "./sample-answers";

const warning = (result: ReturnType<typeof evaluate>, code: string) => result.warnings.find((w) => w.code === code)!;

describe("over-contribution is corrected under EPCRS, not by April 15 (Rev. Proc. 2021-30; §402(g)(2) is for deferrals only)", () => {
  it("after-tax $7,000 over the room: EPCRS, earnings taxable and not rollable, no April 15", () => {
    const message = warning(evaluate(answersWith({ contributions: { afterTaxYearToDate: 50_000 } })), "OVERSHOOT_RISK").message;
    expect(message).toContain("EPCRS, Rev. Proc. 2021-30");
    expect(message).toContain("can't be rolled over");
    expect(message).not.toContain("April 15");
    expect(message).not.toContain("tax return is due");
  });
});

describe("pro-rata withdrawals (IRC §72(d)(2); Notice 2014-54)", () => {
  it("the pre-tax share can go to a traditional IRA with no tax", () => {
    const result = evaluate(answersWith({ plan: { inPlanRothConversion: "no", inServiceWithdrawal: "yes", separateAfterTaxAccounting: "no" } }));
    expect(warning(result, "PRO_RATA_DISTRIBUTION").message).toContain("directly to a traditional IRA and it is not taxed");
  });
});

describe("verdicts say 'based on your answers'; a yes with no room left says so", () => {
  it.each([
    [{}, "Yes, based on your answers"],
    [{ plan: { afterTaxContributions: "no" as const } }, "No, based on your answers"],
    [{ plan: { afterTaxContributions: "unsure" as const } }, "Maybe, based on your answers"],
  ])("%j", (changes, start) => {
    expect(resultForAnswers(answersWith(changes), "2026-07-10").verdict.startsWith(start)).toBe(true);
  });

  it("$43,000 already contributed fills the room: the verdict and a reason say there is no room left", () => {
    const answers = answersWith({ contributions: { afterTaxYearToDate: 43_000 } });
    expect(resultForAnswers(answers, "2026-07-10").verdict).toBe(
      "Yes, based on your answers: your plan lets you do a mega backdoor Roth, but you have no after-tax room left in 2026.",
    );
    expect(evaluate(answers).reasons.map((reason) => reason.code)).toContain("NO_AFTER_TAX_ROOM_LEFT");
    expect(evaluate(answersWith({})).reasons.map((reason) => reason.code)).not.toContain("NO_AFTER_TAX_ROOM_LEFT");
  });
});

describe("records (Form 1099-R code G; Form 1040 lines 5a/5b; Form 8606 Part III line 24 for basis rolled to a Roth IRA)", () => {
  const records = (changes: Parameters<typeof answersWith>[0]) =>
    evaluate(answersWith(changes)).checklist.find((item) => item.code === "KEEP_RECORDS")!.text;

  it("in-plan conversion: 1099-R code G, 1040 lines 5a and 5b, no withholding, no Form 8606", () => {
    const text = records({});
    expect(text).toContain("Form 1099-R (code G)");
    expect(text).toContain("Form 1040 lines 5a and 5b");
    expect(text).toContain("withholds no tax");
    expect(text).not.toContain("8606");
  });

  it("withdrawal to a Roth IRA: basis in box 5, recorded on Form 8606 Part III line 24; lines 5a and 5b", () => {
    const text = records({ plan: { inPlanRothConversion: "no", inServiceWithdrawal: "yes" } });
    expect(text).toContain("after-tax contributions (basis) in box 5");
    expect(text).toContain("Form 8606 Part III (line 24, rollovers from qualified plans)");
    expect(text).toContain("lines 5a and 5b");
  });
});

describe("'After-tax allowed' cites §401(m)(1) and §415(c)(2)(B), not §401(m)(4)(A)", () => {
  it("the reason's citation", () => {
    const reason = evaluate(answersWith({})).reasons.find((r) => r.code === "AFTER_TAX_ALLOWED")!;
    expect(reason.citation).toBe("IRC §401(m)(1); IRC §415(c)(2)(B)");
  });
});

describe("the IRA catch-up at 50 or over (IRC §219(b)(5)(B); Notice 2024-80: $1,000; Notice 2025-67: $1,100)", () => {
  it("is in the table with its source", () => {
    expect(limitsForYear(2025)!.iraCatchUp).toEqual({
      cents: 100_000,
      label: "IRA catch-up contribution, age 50 or over",
      source: "IRC §219(b)(5)(B); Notice 2024-80",
    });
    expect(limitsForYear(2026)!.iraCatchUp).toEqual({
      cents: 110_000,
      label: "IRA catch-up contribution, age 50 or over",
      source: "IRC §219(b)(5)(B); Notice 2025-67",
    });
  });

  it.each([
    [2026, "$7,500", "$1,100"],
    [2025, "$7,000", "$1,000"],
  ])("the backdoor Roth IRA alternative for %d: %s plus a %s catch-up", (year, limit, catchUp) => {
    const text = evaluate(answersWith({ taxYear: year, plan: { afterTaxContributions: "no" } })).alternatives.find(
      (alternative) => alternative.code === "BACKDOOR_ROTH_IRA",
    )!.text;
    expect(text).toContain(`up to ${limit} in ${year}, plus a ${catchUp} catch-up at 50 or over`);
  });
});
