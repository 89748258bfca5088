// The words a person acts on: each sentence names the rule that really applies.
import { describe, expect, it } from "vitest";
import { resultForAnswers } from "../result/result";
import { savingOrderFor } from "../saving-order";
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

describe("records a person files (domain §5, records)", () => {
  const records = (changes: Parameters<typeof answersWith>[0]) =>
    evaluate(answersWith(changes)).checklist.find((item) => item.code === "KEEP_RECORDS")!.text;
  const withdrawal = { plan: { inPlanRothConversion: "no", inServiceWithdrawal: "yes" } } as const;
  it.each([
    ["withdrawal: code G, basis in box 5", withdrawal, "Form 1099-R (code G for a direct rollover), with your after-tax contributions (basis) in box 5"],
    ["withdrawal: Form 8606 Part III line 24", withdrawal, "Form 8606 Part III (line 24, rollovers from qualified plans)"],
    ["withdrawal: the Roth IRA ordering rule", withdrawal, "the taxable part before the basis (IRC §408A(d)(4)(B))"],
    ["withdrawal: the 5-year rule in a Roth IRA", withdrawal, "within 5 years, before 59½, carries the 10% additional tax (IRC §408A(d)(3)(F))"],
    ["withdrawal: 20% withheld if paid to the person", withdrawal, "paid to you, 20% of the taxable part is withheld (IRC §3405(c))"],
    ["conversion: code G", {}, "Form 1099-R (code G)"],
    ["conversion: the 5-year rule in the plan", {}, "within 5 years, before 59½, carries the 10% additional tax (IRC §402A(c)(4)(D))"],
    ["conversion with an old balance that may be split: both routes' records", { plan: { inServiceWithdrawal: "yes" }, contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 8_000 } }, "If you withdraw your balance instead: the plan reports each rollover"],
  ] as const)("%s", (_case, changes, text) => {
    expect(records(changes as Parameters<typeof answersWith>[0])).toContain(text);
  });

  it("a conversion-only plan is not told about Form 8606 or rollovers", () => {
    expect(records({})).not.toContain("8606");
    expect(records({})).not.toContain("rollover");
  });
});

describe("corrective refunds carry their Form 1099-R codes (8 or P, E)", () => {
  const message = (changes: Parameters<typeof answersWith>[0], code: string) =>
    evaluate(answersWith(changes)).warnings.find((w) => w.code === code)!.message;
  it.each([
    ["excess deferrals: 8 or P", { contributions: { otherPlansDeferrals: 2_000 } }, "EXCESS_DEFERRALS", "code 8 (taxable in the year paid) or P (taxable in the year deferred)"],
    ["an ACP refund: 8", { person: { priorYearCompensation: 170_000 } }, "ACP_TEST_RISK", "Form 1099-R, code 8"],
    ["an EPCRS return of after-tax money: E", { contributions: { afterTaxYearToDate: 50_000 } }, "OVERSHOOT_RISK", "Form 1099-R with code E"],
  ] as const)("%s", (_case, changes, code, text) => {
    expect(message(changes as Parameters<typeof answersWith>[0], code)).toContain(text);
  });
});

describe("the HSA line names who can have one (IRC §223(b)(7), §223(c)(1))", () => {
  it("in the alternatives and in the order of saving: no Medicare, no other non-HDHP coverage", () => {
    const answers = answersWith({ plan: { afterTaxContributions: "no" } });
    const evaluation = evaluate(answers);
    const hsa = evaluation.alternatives.find((alternative) => alternative.code === "HSA")!;
    expect(hsa.text).toContain("not enrolled in Medicare and have no other health coverage that isn't a high-deductible plan");
    expect(hsa.citation).toBe("IRC §223(b)(7); IRC §223(c)(1)");
    const line = savingOrderFor(answers, evaluation).steps.find((step) => step.code === "HSA_IRA")!.lines[0];
    expect(line).toContain("are not enrolled in Medicare");
  });
});
