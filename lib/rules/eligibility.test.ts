import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { answersWith } from "./sample-answers";
import type { YesNoUnsure } from "./schema";

type Row = [
  afterTax: YesNoUnsure,
  conversion: YesNoUnsure,
  withdrawal: YesNoUnsure,
  status: "eligible" | "not_eligible" | "needs_info",
  route: "in_plan_conversion" | "in_service_withdrawal" | null,
  questions: string[],
];

const A = "AFTER_TAX_CONTRIBUTIONS";
const C = "IN_PLAN_ROTH_CONVERSION";
const W = "IN_SERVICE_WITHDRAWAL";

// Domain §3, every cell: A = after-tax allowed, C = in-plan conversion, W = in-service withdrawal.
// `questions` are the questions for the plan whose answer would settle the verdict.
const DECISION_TABLE: Row[] = [
  // A = no: not eligible whatever else (clause 1).
  ["no", "yes", "yes", "not_eligible", null, []],
  ["no", "yes", "no", "not_eligible", null, []],
  ["no", "yes", "unsure", "not_eligible", null, []],
  ["no", "no", "yes", "not_eligible", null, []],
  ["no", "no", "no", "not_eligible", null, []],
  ["no", "no", "unsure", "not_eligible", null, []],
  ["no", "unsure", "yes", "not_eligible", null, []],
  ["no", "unsure", "no", "not_eligible", null, []],
  ["no", "unsure", "unsure", "not_eligible", null, []],
  // C = no and W = no: not eligible whatever A is (clause 2).
  ["yes", "no", "no", "not_eligible", null, []],
  ["unsure", "no", "no", "not_eligible", null, []],
  // A = yes and (C = yes or W = yes): eligible (clause 3); in-plan conversion preferred.
  ["yes", "yes", "yes", "eligible", "in_plan_conversion", []],
  ["yes", "yes", "no", "eligible", "in_plan_conversion", []],
  ["yes", "yes", "unsure", "eligible", "in_plan_conversion", []],
  ["yes", "no", "yes", "eligible", "in_service_withdrawal", []],
  ["yes", "unsure", "yes", "eligible", "in_service_withdrawal", []],
  // Anything else: needs information, listing exactly the deciding questions (clause 4).
  ["yes", "no", "unsure", "needs_info", null, [W]],
  ["yes", "unsure", "no", "needs_info", null, [C]],
  ["yes", "unsure", "unsure", "needs_info", null, [C, W]],
  ["unsure", "yes", "yes", "needs_info", "in_plan_conversion", [A]],
  ["unsure", "yes", "no", "needs_info", "in_plan_conversion", [A]],
  ["unsure", "yes", "unsure", "needs_info", "in_plan_conversion", [A]],
  ["unsure", "no", "yes", "needs_info", "in_service_withdrawal", [A]],
  ["unsure", "unsure", "yes", "needs_info", "in_service_withdrawal", [A]],
  ["unsure", "no", "unsure", "needs_info", null, [A, W]],
  ["unsure", "unsure", "no", "needs_info", null, [A, C]],
  ["unsure", "unsure", "unsure", "needs_info", null, [A, C, W]],
];

describe("eligibility decision, domain §3 (IRC §401(m), §402A(c)(4); Notice 2013-74, Notice 2014-54)", () => {
  it("covers all 27 combinations once", () => {
    const keys = new Set(DECISION_TABLE.map(([a, c, w]) => `${a}/${c}/${w}`));
    expect(keys.size).toBe(27);
  });

  it.each(DECISION_TABLE)("A=%s C=%s W=%s -> %s via %s, asking %j", (afterTax, conversion, withdrawal, status, route, deciding) => {
    const result = evaluate(
      answersWith({
        plan: { afterTaxContributions: afterTax, inPlanRothConversion: conversion, inServiceWithdrawal: withdrawal },
      }),
    );
    expect(result.status).toBe(status);
    expect(result.route).toBe(route);
    expect(result.questionsForPlan.filter((q) => q.decidesEligibility).map((q) => q.code)).toEqual(deciding);
    // Every unsure answer about these three features gets a question unless the verdict is
    // settled, or (for withdrawals) in-plan conversion is already the route into Roth.
    const unsure = [
      afterTax === "unsure" && A,
      conversion === "unsure" && C,
      withdrawal === "unsure" && conversion !== "yes" && W,
    ].filter(Boolean);
    const asked = result.questionsForPlan.map((q) => q.code).filter((code) => [A, C, W].includes(code));
    expect(asked).toEqual(status === "not_eligible" ? [] : unsure);
    // Every verdict carries reasons with a stable code and a citation.
    expect(result.reasons.length).toBeGreaterThan(0);
    for (const reason of result.reasons) {
      expect(reason.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(reason.citation).toMatch(/IRC|Notice/);
    }
    // Alternatives only when not eligible.
    expect(result.alternatives.length > 0).toBe(status === "not_eligible");
  });

  it("not eligible for want of after-tax contributions says why and what to do instead (IRC §401(m)(4)(A))", () => {
    const result = evaluate(answersWith({ plan: { afterTaxContributions: "no" } }));
    expect(result.reasons.map((r) => r.code)).toEqual(["NO_AFTER_TAX_CONTRIBUTIONS"]);
    expect(result.alternatives.map((a) => a.code)).toEqual(["ASK_EMPLOYER_TO_ADD_FEATURE", "BACKDOOR_ROTH_IRA", "HSA", "TAXABLE_ACCOUNT"]);
    expect(result.alternatives.find((a) => a.code === "BACKDOOR_ROTH_IRA")?.text).toContain("$7,500");
  });

  it("not eligible without a route into Roth still points to a rollover at separation (Notice 2014-54)", () => {
    const result = evaluate(answersWith({ plan: { inPlanRothConversion: "no", inServiceWithdrawal: "no" } }));
    expect(result.reasons.map((r) => r.code)).toEqual(["NO_ROUTE_TO_ROTH"]);
    expect(result.reasons[0]!.citation).toContain("Notice 2014-54");
    expect(result.alternatives.map((a) => a.code)).toContain("ROLL_OUT_AT_SEPARATION");
  });

  it("both clauses are reported when both apply", () => {
    const result = evaluate(
      answersWith({ plan: { afterTaxContributions: "no", inPlanRothConversion: "no", inServiceWithdrawal: "no" } }),
    );
    expect(result.reasons.map((r) => r.code)).toEqual(["NO_AFTER_TAX_CONTRIBUTIONS", "NO_ROUTE_TO_ROTH"]);
  });

  it("questions carry phrases to look for in the Summary Plan Description", () => {
    const result = evaluate(
      answersWith({ plan: { afterTaxContributions: "unsure", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } }),
    );
    for (const question of result.questionsForPlan) {
      expect(question.question).toMatch(/\?$/);
      expect(question.lookFor.length).toBeGreaterThan(0);
    }
  });
});

describe("an in-plan Roth conversion needs a Roth program (IRC §402A(c)(4)(B); Notice 2010-84)", () => {
  const R = "ROTH_DEFERRAL_OPTION";
  it.each([
    // A, C, W, Roth deferrals: status, route, deciding questions
    ["yes", "yes", "no", "no", "needs_info", null, [R]],
    ["yes", "yes", "unsure", "no", "needs_info", null, [R, W]],
    ["unsure", "yes", "no", "no", "needs_info", null, [A, R]],
    // W = yes decides it: the withdrawal is the route.
    ["yes", "yes", "yes", "no", "eligible", "in_service_withdrawal", []],
    // A Roth program, or none said to be missing: the conversion stands.
    ["yes", "yes", "no", "yes", "eligible", "in_plan_conversion", []],
    ["yes", "yes", "no", "unsure", "eligible", "in_plan_conversion", []],
    ["yes", "yes", "no", undefined, "eligible", "in_plan_conversion", []],
  ] as const)("A=%s C=%s W=%s Roth=%s: %s, route %s, asks %j", (afterTax, conversion, withdrawal, roth, status, route, deciding) => {
    const result = evaluate(
      answersWith({
        plan: { afterTaxContributions: afterTax, inPlanRothConversion: conversion, inServiceWithdrawal: withdrawal, rothDeferralOption: roth },
      }),
    );
    expect(result.status).toBe(status);
    expect(result.route).toBe(route);
    expect(result.questionsForPlan.filter((q) => q.decidesEligibility).map((q) => q.code)).toEqual(deciding);
    expect(result.reasons.some((r) => r.code === "CONVERSION_NEEDS_ROTH_PROGRAM")).toBe(roth === "no");
  });

  it("the question says what to ask: Roth contributions and in-plan Roth rollovers", () => {
    const question = evaluate(
      answersWith({ plan: { inPlanRothConversion: "yes", inServiceWithdrawal: "no", rothDeferralOption: "no" } }),
    ).questionsForPlan.find((q) => q.code === "ROTH_DEFERRAL_OPTION")!;
    expect(question.question).toContain("Roth contributions (a designated Roth account)");
    expect(question.lookFor).toContain("in-plan Roth rollover");
    const reason = evaluate(answersWith({ plan: { rothDeferralOption: "no" } })).reasons.find((r) => r.code === "CONVERSION_NEEDS_ROTH_PROGRAM")!;
    expect(reason.citation).toBe("IRC §402A(c)(4)(B); Notice 2010-84");
  });
});
