import { describe, expect, it } from "vitest";
import { evaluate } from "../rules/evaluate";
import { answersWith } from "../rules/sample-answers";
import { resultForAnswers } from "../result/result";
import { deferralForFullMatch, genericSavingOrder, savingOrderFor } from "./saving-order";

const orderFor = (changes: Parameters<typeof answersWith>[0]) => {
  const answers = answersWith(changes);
  return savingOrderFor(answers, evaluate(answers));
};
const step = (order: ReturnType<typeof orderFor>, code: string) => order.steps.find((s) => s.code === code)!;

describe("the order of saving (domain §7)", () => {
  it("puts the match, deferrals, HSA and IRA, then after-tax money, in that order", () => {
    expect(orderFor({}).steps.map((s) => [s.number, s.code])).toEqual([
      [1, "MATCH"],
      [2, "DEFERRALS"],
      [3, "HSA_IRA"],
      [4, "AFTER_TAX"],
    ]);
  });

  it("the worked example takes the full match and defers to the limit", () => {
    // $150,000 pay, 50% of the first 6%: full match at $9,000 of deferrals = $4,500; $24,500 deferred.
    const order = orderFor({});
    expect(step(order, "MATCH")).toMatchObject({ status: "done", statusLabel: "Done" });
    expect(step(order, "MATCH").lines[0]).toContain("full match of $4,500");
    expect(step(order, "DEFERRALS").status).toBe("done");
    expect(order.matchLeft).toBe(0);
  });

  it("flags the match left on the table with the deferral that earns it", () => {
    // $5,000 deferred earns 50% × 5,000 = $2,500; full match 50% × 6% × 150,000 = $4,500; $2,000 left.
    const order = orderFor({ contributions: { employeeDeferrals: 5_000 } });
    expect(order.matchLeft).toBe(200_000);
    const match = step(order, "MATCH");
    expect(match).toMatchObject({ status: "todo", statusLabel: "Not done yet" });
    expect(match.lines[0]).toBe(
      "You are leaving $2,000 of match on the table: raise your deferrals to $9,000 for the year (6% of your $150,000 pay) first.",
    );
    expect(step(order, "AFTER_TAX").lines[0]).toContain("Not done yet");
  });

  it("a tiered formula: 100% of the first 3% and 50% of the next 2% of $100,000 needs 5% deferred", () => {
    // Full match 3,000 + 1,000 = $4,000 at $5,000 deferred; $2,000 deferred earns $2,000: $2,000 left.
    const order = orderFor({
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] } },
      person: { compensation: 100_000 },
      contributions: { employeeDeferrals: 2_000 },
    });
    expect(step(order, "MATCH").lines[0]).toBe(
      "You are leaving $2,000 of match on the table: raise your deferrals to $5,000 for the year (5% of your $100,000 pay) first.",
    );
  });

  it("a dollar cap: 50% up to $2,000 of match needs $4,000 deferred", () => {
    expect(deferralForFullMatch({ kind: "dollarCap", matchPercent: 50, maxMatch: 2_000 }, 10_000_000)).toBe(400_000);
    const order = orderFor({ plan: { employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 2_000 } }, contributions: { employeeDeferrals: 3_000 } });
    expect(order.matchLeft).toBe(50_000);
  });

  it("pay over the §401(a)(17) limit: the formula runs on $360,000 (2026)", () => {
    // 6% × 360,000 = $21,600 to earn 50% of it, $10,800.
    const order = orderFor({ person: { compensation: 500_000 }, contributions: { employeeDeferrals: 20_000 } });
    expect(step(order, "MATCH").lines[0]).toContain("raise your deferrals to $21,600");
    expect(order.matchLeft).toBe(80_000);
  });

  it("no match and a fixed match are never flagged", () => {
    expect(step(orderFor({ plan: { employerMatch: { kind: "none" } }, contributions: { employeeDeferrals: 0 } }), "MATCH").status).toBe("done");
    expect(step(orderFor({ plan: { employerMatch: { kind: "amount", amount: 3_000 } }, contributions: { employeeDeferrals: 0 } }), "MATCH").status).toBe("done");
  });

  it("deferrals under the §402(g) limit are flagged, with what is left", () => {
    const deferrals = step(orderFor({ contributions: { employeeDeferrals: 20_000 } }), "DEFERRALS");
    expect(deferrals.status).toBe("todo");
    expect(deferrals.lines[0]).toBe("You defer $20,000 of the $24,500 you may: $4,500 more could go in pre-tax or as Roth deferrals first.");
  });

  it("at 55 the limit includes the $8,000 catch-up, which sits outside the annual additions limit", () => {
    const deferrals = step(orderFor({ person: { ageAtYearEnd: 55 } }), "DEFERRALS");
    expect(deferrals.lines[0]).toContain("of the $32,500 you may");
    expect(deferrals.lines[1]).toContain("IRC §414(v)(3)(A)");
  });

  it("quotes the IRA limit and the 50+ catch-up (IRC §219(b)(5); Notice 2025-67) with the pro-rata caveat", () => {
    const young = step(orderFor({}), "HSA_IRA").lines.join(" ");
    expect(young).toContain("up to $7,500 in 2026 ($8,600 at 50 or over, with the $1,100 catch-up)");
    expect(young).toContain("pro-rata");
    const older = step(orderFor({ person: { ageAtYearEnd: 50 } }), "HSA_IRA").lines.join(" ");
    expect(older).toContain("up to $8,600 in 2026 at your age");
    const in2025 = step(orderFor({ taxYear: 2025, person: { ageAtYearEnd: 62 } }), "HSA_IRA").lines.join(" ");
    expect(in2025).toContain("up to $8,000 in 2025 at your age ($7,000 plus the $1,000 catch-up");
  });

  it("says no dollar figure for the HSA", () => {
    expect(step(orderFor({}), "HSA_IRA").lines[0]).not.toMatch(/\$/);
  });

  it("after-tax room reads 'if your plan allows it' while the plan answers are unsure", () => {
    const order = orderFor({ plan: { inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } });
    expect(step(order, "AFTER_TAX").lines.at(-1)).toBe("Up to $43,000 of after-tax room this year, if your plan allows it.");
  });

  it("a result decided by the plan answers still shows the order, without figures it doesn't have", () => {
    const order = genericSavingOrder(2026);
    expect(order.steps.map((s) => s.status)).toEqual(["check", "check", "check", "check"]);
    expect(order.steps[3]!.lines[0]).toContain("can't do a mega backdoor Roth");
  });
});

describe("the after-tax step says what can still go in (domain §4 item 8)", () => {
  it("late in the year: $43,000 of room, of which the paychecks left reach $13,156.71", () => {
    // The result model's figure for November 28, 2026 with about 3 paychecks left, each able to
    // fund at most $4,385.57 (5,769.23 − 942.31 deferred − 441.35 payroll taxes): 3 × 4,385.57 = 13,156.71.
    const answers = answersWith({ person: { payPeriodsPerYear: 26 } });
    const result = resultForAnswers(answers, "2026-11-28");
    expect(result.room!.leftToContribute).toBe(13_156_71);
    expect(result.savingOrder.steps.find((s) => s.code === "AFTER_TAX")!.lines.at(-1)).toBe(
      "Up to $43,000 of after-tax room this year, of which $13,156.71 can still go in from the paychecks left.",
    );
  });

  it("early in the year, all of it can go in: no second figure", () => {
    const result = resultForAnswers(answersWith({ person: { payPeriodsPerYear: 26 } }), "2026-01-05");
    expect(result.savingOrder.steps.find((s) => s.code === "AFTER_TAX")!.lines.at(-1)).toBe("Up to $43,000 of after-tax room this year.");
  });
});
