// An after-tax balance already in the plan, with earnings (domain §5; Notice 2014-54; IRC
// §402A(c)(4)): always ask about an in-service withdrawal, and show the choice in dollars:
// convert in the plan (earnings taxable now), split (basis to a Roth IRA, earnings to a
// traditional IRA, no tax now), or leave it.
import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { answersWith, type AnswersChanges } from "./sample-answers";

const earningsMessage = (changes: AnswersChanges) =>
  evaluate(answersWith(changes)).warnings.find((w) => w.code === "EARNINGS_TAXABLE_ON_CONVERSION")!.message;
const questionCodes = (changes: AnswersChanges) => evaluate(answersWith(changes)).questionsForPlan.map((q) => q.code);

// $50,000 balance with $8,000 of earnings: $42,000 of basis.
const oldBalance = { afterTaxBalance: 50_000, afterTaxEarnings: 8_000 };

describe("the in-service withdrawal question with an old balance", () => {
  it.each([
    ["conversion yes, withdrawal unsure, old balance with earnings: asked (not deciding)", { plan: { inServiceWithdrawal: "unsure" }, contributions: oldBalance }, true],
    ["earnings not known yet: asked", { plan: { inServiceWithdrawal: "unsure" }, contributions: { afterTaxBalance: 50_000 } }, true],
    ["no old balance: not asked, the conversion is the route", { plan: { inServiceWithdrawal: "unsure" } }, false],
    ["a balance with no earnings: not asked", { plan: { inServiceWithdrawal: "unsure" }, contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 0 } }, false],
  ] as const)("%s", (_case, changes, asked) => {
    expect(questionCodes(changes as AnswersChanges).includes("IN_SERVICE_WITHDRAWAL")).toBe(asked);
  });

  it("the withdrawal question never decides eligibility when the conversion already does", () => {
    const question = evaluate(answersWith({ plan: { inServiceWithdrawal: "unsure" }, contributions: oldBalance })).questionsForPlan.find(
      (q) => q.code === "IN_SERVICE_WITHDRAWAL",
    )!;
    expect(question.decidesEligibility).toBe(false);
  });
});

describe("the three-way choice, in dollars", () => {
  it.each([
    [
      "both routes: convert ($8,000 taxable now), split ($42,000 to a Roth IRA, $8,000 to a traditional IRA), or leave",
      { inServiceWithdrawal: "yes" },
      [
        "Your $50,000.00 after-tax balance has $8,000.00 of earnings.",
        "convert it in the plan: the $8,000.00 of earnings is taxable now, with no tax withheld",
        "withdraw it and split it under Notice 2014-54: the $42,000.00 of contributions to a Roth IRA and the $8,000.00 of earnings to a traditional IRA, with no tax now",
        "or leave it in the plan",
      ],
      [],
    ],
    [
      "withdrawal not known: the split is offered if the plan allows it",
      { inServiceWithdrawal: "unsure" },
      ["withdraw it (if the plan allows in-service withdrawals: ask) and split it under Notice 2014-54"],
      [],
    ],
    [
      "no withdrawal: convert or leave, no split",
      { inServiceWithdrawal: "no" },
      ["convert it in the plan: the $8,000.00 of earnings is taxable now", "; or leave it in the plan"],
      ["Notice 2014-54: the"],
    ],
    [
      "withdrawal only: split or leave, no conversion",
      { inPlanRothConversion: "no", inServiceWithdrawal: "yes", separateAfterTaxAccounting: "yes" },
      ["withdraw it and split it", "; or leave it in the plan"],
      ["convert it in the plan"],
    ],
  ] as const)("%s", (_case, plan, contains, excludes) => {
    const message = earningsMessage({ plan: plan as AnswersChanges["plan"], contributions: oldBalance });
    for (const text of contains) expect(message).toContain(text);
    for (const text of excludes) expect(message).not.toContain(text);
  });

  it("the split is in the API's afterTaxSplit whenever a withdrawal may be allowed", () => {
    expect(evaluate(answersWith({ plan: { inServiceWithdrawal: "unsure" }, contributions: oldBalance })).afterTaxSplit).toEqual({
      basisToRothIra: 42_000,
      earningsToTraditionalIra: 8_000,
    });
    expect(evaluate(answersWith({ plan: { inServiceWithdrawal: "no" }, contributions: oldBalance })).afterTaxSplit).toBeNull();
  });
});

describe("route-specific advice: a withdrawal-only plan never hears about automatic in-plan conversion", () => {
  const allText = (changes: AnswersChanges) => {
    const result = evaluate(answersWith(changes));
    return [
      ...result.warnings.map((w) => w.message),
      ...result.checklist.map((item) => item.text),
      ...result.questionsForPlan.map((q) => q.question),
    ].join(" ");
  };
  it.each([
    ["conversion no, withdrawal yes", { inPlanRothConversion: "no", inServiceWithdrawal: "yes", automaticConversion: "unsure" }],
    ["conversion yes but no Roth program, withdrawal yes", { inPlanRothConversion: "yes", inServiceWithdrawal: "yes", rothDeferralOption: "no", automaticConversion: "unsure" }],
  ] as const)("%s", (_case, plan) => {
    const text = allText({ plan, contributions: oldBalance });
    expect(text).not.toMatch(/automatic/i);
    expect(text).not.toContain("convert it in the plan");
  });

  it("the conversion route does hear about it", () => {
    expect(allText({})).toContain("automatic in-plan conversion");
  });
});
