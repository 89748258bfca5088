import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { answersWith, type AnswersChanges } from "./sample-answers";

const codes = (changes: AnswersChanges) => evaluate(answersWith(changes)).warnings.map((w) => w.code);

describe("every warning has a stable code, plain words and a citation (domain §5)", () => {
  it("the worked example warns about earnings on conversion and overshoot only", () => {
    expect(codes({})).toEqual(["EARNINGS_TAXABLE_ON_CONVERSION", "OVERSHOOT_RISK"]);
    for (const w of evaluate(answersWith({})).warnings) expect(w.citation).toMatch(/IRC/);
  });
});

describe("EARNINGS_TAXABLE_ON_CONVERSION (IRC §402A(c)(4); Notice 2013-74, Notice 2014-54)", () => {
  it("is raised when eligible and when information is missing, never when not eligible", () => {
    expect(codes({})).toContain("EARNINGS_TAXABLE_ON_CONVERSION");
    expect(codes({ plan: { afterTaxContributions: "unsure" } })).toContain("EARNINGS_TAXABLE_ON_CONVERSION");
    expect(codes({ plan: { afterTaxContributions: "no" } })).not.toContain("EARNINGS_TAXABLE_ON_CONVERSION");
  });

  it("estimates the taxable amount as the earnings on the after-tax balance", () => {
    const result = evaluate(answersWith({ contributions: { afterTaxBalance: 20_000, afterTaxEarnings: 1_234.56 } }));
    expect(result.taxableEarningsEstimate).toBe(1_234.56);
    expect(result.warnings.find((w) => w.code === "EARNINGS_TAXABLE_ON_CONVERSION")!.message).toContain("$1,234.56");
  });

  it("without the earnings, says to ask for them rather than guess", () => {
    const result = evaluate(answersWith({ contributions: { afterTaxBalance: 20_000 } }));
    expect(result.taxableEarningsEstimate).toBeNull();
    expect(result.warnings.find((w) => w.code === "EARNINGS_TAXABLE_ON_CONVERSION")!.message).toContain("how much");
  });
});

describe("PRO_RATA_DISTRIBUTION (IRC §72(d)(2); Notice 2014-54)", () => {
  const withdrawal = { inPlanRothConversion: "no", inServiceWithdrawal: "yes" } as const;
  it.each([
    [undefined, true],
    ["unsure", true],
    ["no", true],
    ["yes", false],
  ] as const)("withdrawal route, separate after-tax accounting %s -> warned: %s", (separate, warned) => {
    expect(codes({ plan: { ...withdrawal, separateAfterTaxAccounting: separate } }).includes("PRO_RATA_DISTRIBUTION")).toBe(warned);
  });

  it("is not raised on the in-plan conversion route", () => {
    expect(codes({ plan: { inServiceWithdrawal: "yes", separateAfterTaxAccounting: "no" } })).not.toContain("PRO_RATA_DISTRIBUTION");
  });
});

describe("ACP_TEST_RISK and HCE status (IRC §414(q)(1)(B), §401(m)(2))", () => {
  it.each([
    [2026, 170_000, true],
    [2026, 160_000.01, true],
    [2026, 160_000, false], // "more than" the threshold
    [2025, 155_000.01, true],
    [2025, 156_000, true],
    [2025, 155_000, false],
  ])("%d with last year's pay $%d: HCE %s", (taxYear, prior, hce) => {
    const result = evaluate(answersWith({ taxYear, person: { priorYearCompensation: prior } }));
    expect(result.isHce).toBe(hce);
    expect(result.warnings.some((w) => w.code === "ACP_TEST_RISK")).toBe(hce);
    expect(result.questionsForPlan.some((q) => q.code === "HCE_AFTER_TAX_REFUNDS")).toBe(hce);
  });

  it("unknown last-year pay: HCE unknown, and a softer warning only when this year's pay is over the threshold", () => {
    const low = evaluate(answersWith({}));
    expect(low.isHce).toBeNull();
    expect(low.warnings.some((w) => w.code === "ACP_TEST_RISK")).toBe(false);
    const high = evaluate(answersWith({ person: { compensation: 250_000 } }));
    expect(high.isHce).toBeNull();
    expect(high.warnings.find((w) => w.code === "ACP_TEST_RISK")!.message).toContain("likely");
  });

  it("is not raised when not eligible", () => {
    expect(codes({ plan: { afterTaxContributions: "no" }, person: { priorYearCompensation: 300_000 } })).not.toContain("ACP_TEST_RISK");
  });
});

describe("ROTH_CATCH_UP_REQUIRED (IRC §414(v)(7); Notice 2023-62; Notice 2025-67; TD 10033)", () => {
  it("2026, age 55, 2025 FICA wages $150,000.01: catch-up must be Roth", () => {
    const result = evaluate(answersWith({ person: { ageAtYearEnd: 55, priorYearFicaWages: 150_000.01 }, plan: { rothDeferralOption: "yes" } }));
    expect(result.rothCatchUpRequired).toBe(true);
    expect(result.limits!.catchUp).toBe(8_000);
    expect(result.warnings.find((w) => w.code === "ROTH_CATCH_UP_REQUIRED")!.message).toContain("must be Roth");
    expect(result.checklist.find((i) => i.code === "SET_DEFERRAL_ELECTION")!.text).toContain("as Roth");
  });

  it("2026, wages exactly $150,000: not over the threshold, no requirement", () => {
    const result = evaluate(answersWith({ person: { ageAtYearEnd: 55, priorYearFicaWages: 150_000 } }));
    expect(result.rothCatchUpRequired).toBe(false);
    expect(result.warnings.map((w) => w.code)).not.toContain("ROTH_CATCH_UP_REQUIRED");
  });

  it("without a Roth option in the plan: no catch-up at all, so $32,500 deferred at 55 is $8,000 of excess", () => {
    const result = evaluate(
      answersWith({
        plan: { rothDeferralOption: "no" },
        person: { ageAtYearEnd: 55, priorYearFicaWages: 200_000 },
        contributions: { employeeDeferrals: 32_500 },
      }),
    );
    expect(result.limits!.catchUp).toBe(0);
    expect(result.room!.deferralLimit).toBe(24_500);
    expect(result.room!.catchUpExcluded).toBe(0);
    expect(result.room!.excessDeferrals).toBe(8_000);
    // The $8,000 excess is paid back by April 15, so it is not an annual addition (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)).
    expect(result.room!.afterTaxRoom).toBe(72_000 - 24_500 - 4_500);
    expect(result.warnings.find((w) => w.code === "ROTH_CATCH_UP_REQUIRED")!.message).toContain("can't make catch-up");
    expect(result.warnings.map((w) => w.code)).toContain("EXCESS_DEFERRALS");
  });

  it("Roth option unsure: the catch-up is kept and the plan is asked", () => {
    const result = evaluate(answersWith({ plan: { rothDeferralOption: "unsure" }, person: { ageAtYearEnd: 61, priorYearFicaWages: 200_000 } }));
    expect(result.limits!.catchUp).toBe(11_250);
    expect(result.questionsForPlan.map((q) => q.code)).toContain("ROTH_DEFERRAL_OPTION");
  });

  it("wages unknown at 50+: says to check, doesn't guess", () => {
    const result = evaluate(answersWith({ person: { ageAtYearEnd: 52 } }));
    expect(result.rothCatchUpRequired).toBeNull();
    expect(result.limits!.catchUp).toBe(8_000);
    expect(result.warnings.find((w) => w.code === "ROTH_CATCH_UP_REQUIRED")!.message).toContain("Check");
  });

  it("not in 2025 (transition period) and not under 50", () => {
    expect(codes({ taxYear: 2025, person: { ageAtYearEnd: 55, priorYearFicaWages: 300_000 } })).not.toContain("ROTH_CATCH_UP_REQUIRED");
    expect(codes({ person: { ageAtYearEnd: 45, priorYearFicaWages: 300_000 } })).not.toContain("ROTH_CATCH_UP_REQUIRED");
  });
});

describe("OVERSHOOT_RISK (IRC §415(c)(1))", () => {
  it("is raised when there is room, not when there is none", () => {
    expect(codes({})).toContain("OVERSHOOT_RISK");
    expect(codes({ plan: { employerMatch: { kind: "amount", amount: 60_000 } } })).not.toContain("OVERSHOOT_RISK");
  });
});

describe("CASH_FLOW: pay after payroll taxes must fund the contributions (IRC §3101)", () => {
  it("pay $80,000, $24,500 deferred, no match: $72,000 of contributions fit in $73,880 after 7.65% payroll tax", () => {
    const result = evaluate(answersWith({ plan: { employerMatch: { kind: "none" } }, person: { compensation: 80_000 } }));
    expect(result.cashFlow.payrollTaxEstimate).toBe(6_120);
    expect(result.cashFlow.employeeContributions).toBe(72_000);
    expect(result.warnings.map((w) => w.code)).not.toContain("CASH_FLOW");
  });

  it("pay $75,000: $72,000 of contributions don't fit in $69,262.50", () => {
    const result = evaluate(answersWith({ plan: { employerMatch: { kind: "none" } }, person: { compensation: 75_000 } }));
    expect(result.cashFlow.payrollTaxEstimate).toBe(5_737.5);
    expect(result.cashFlow.leftAfterContributions).toBe(-2_737.5);
    expect(result.warnings.map((w) => w.code)).toContain("CASH_FLOW");
    expect(result.status).toBe("eligible"); // a warning, not an error
  });

  it("payroll tax on $300,000 in 2026: 6.2% of the $184,500 wage base + 1.45% + 0.9% over $200,000 = $16,689", () => {
    const result = evaluate(answersWith({ person: { compensation: 300_000 } }));
    expect(result.cashFlow.payrollTaxEstimate).toBe(11_439 + 4_350 + 900);
  });
});

describe("UNKNOWN_YEAR and figures entered by hand (domain §2: never carry a year forward)", () => {
  const figures2027 = {
    electiveDeferral: 25_000,
    catchUp50: 8_000,
    catchUp60to63: 11_250,
    annualAdditions: 74_000,
    compensation: 370_000,
    hceThreshold: 160_000,
  };

  it("2027 without figures: no limits, no room, an UNKNOWN_YEAR warning; the verdict still stands", () => {
    const result = evaluate(answersWith({ taxYear: 2027 }));
    expect(result.limits).toBeNull();
    expect(result.room).toBeNull();
    expect(result.status).toBe("eligible");
    expect(result.warnings.map((w) => w.code)).toContain("UNKNOWN_YEAR");
    expect(result.warnings.find((w) => w.code === "UNKNOWN_YEAR")!.message).toContain("2025 or 2026");
  });

  it("2027 with the figures entered: they are used, and said to be", () => {
    const result = evaluate(answersWith({ taxYear: 2027, customLimits: figures2027 }));
    expect(result.warnings.map((w) => w.code)).not.toContain("UNKNOWN_YEAR");
    expect(result.limits!.annualAdditions).toBe(74_000);
    expect(result.limits!.custom).toBe(true);
    expect(result.room!.afterTaxRoom).toBe(74_000 - 24_500 - 4_500);
    expect(result.reasons.map((r) => r.code)).toContain("CUSTOM_LIMITS_USED");
  });

  it("2027 figures without the Roth catch-up threshold: the rule is in force, so at 55 with high wages we say to check", () => {
    const result = evaluate(answersWith({ taxYear: 2027, customLimits: figures2027, person: { ageAtYearEnd: 55, priorYearFicaWages: 400_000 } }));
    expect(result.rothCatchUpRequired).toBeNull();
  });

  it("figures entered for 2026 replace the table's, and a reason says so", () => {
    const result = evaluate(answersWith({ customLimits: { ...figures2027, annualAdditions: 70_000 } }));
    expect(result.room!.afterTaxRoom).toBe(70_000 - 24_500 - 4_500);
    expect(result.reasons.find((r) => r.code === "CUSTOM_LIMITS_USED")!.message).toContain("instead of");
    expect(result.limits!.rothCatchUpWageThreshold).toBe(150_000); // left out, so the same year's table
  });
});

describe("EMPLOYER_MONEY_AFTER_YEAR_END (Treas. Reg. §1.415(c)-1(b)(6)(i)(B): money for the year counts even if credited later)", () => {
  it.each([
    ["yes", true],
    ["unsure", true],
    ["no", false],
    [undefined, false],
  ] as const)("late employer money %s: warned %s", (answer, warned) => {
    expect(codes({ plan: { lateEmployerMoney: answer } }).includes("EMPLOYER_MONEY_AFTER_YEAR_END")).toBe(warned);
  });

  it("suggests a buffer of 5% of capped pay: 5% of $150,000 = $7,500, and 5% of $360,000 = $18,000 at pay $500,000", () => {
    const at150 = evaluate(answersWith({ plan: { lateEmployerMoney: "yes" } })).warnings.find((w) => w.code === "EMPLOYER_MONEY_AFTER_YEAR_END")!;
    expect(at150.message).toContain("$7,500");
    expect(at150.citation).toContain("§1.415(c)-1(b)(6)(i)(B)");
    const at500 = evaluate(answersWith({ plan: { lateEmployerMoney: "unsure" }, person: { compensation: 500_000 } })).warnings.find(
      (w) => w.code === "EMPLOYER_MONEY_AFTER_YEAR_END",
    )!;
    expect(at500.message).toContain("$18,000");
  });

  it("never suggests holding back more than is left: $40,000 already contributed leaves $3,000, the buffer is $3,000", () => {
    const warning = evaluate(
      answersWith({ plan: { lateEmployerMoney: "yes" }, contributions: { afterTaxYearToDate: 40_000 } }),
    ).warnings.find((w) => w.code === "EMPLOYER_MONEY_AFTER_YEAR_END")!;
    expect(warning.message).toContain("$3,000");
  });
});

describe("PLAN_YEAR_NOT_CALENDAR (Treas. Reg. §1.415(j)-1; §402(g) runs by calendar year)", () => {
  it.each([
    ["no", true],
    ["yes", false],
    ["unsure", false],
    [undefined, false],
  ] as const)("calendar plan year %s: warned %s", (answer, warned) => {
    expect(codes({ plan: { calendarPlanYear: answer } }).includes("PLAN_YEAR_NOT_CALENDAR")).toBe(warned);
  });
});

describe("5% owners and the HCE wording (IRC §414(q)(1)(A); Treas. Reg. §1.401(m)-3(j)(6))", () => {
  it("a 5% owner paid $60,000 is an HCE: ACP_TEST_RISK", () => {
    const result = evaluate(answersWith({ person: { compensation: 60_000, priorYearCompensation: 55_000, fivePercentOwner: true } }));
    expect(result.isHce).toBe(true);
    const warning = result.warnings.find((w) => w.code === "ACP_TEST_RISK")!;
    expect(warning.message).toContain("5%");
    expect(warning.citation).toContain("§414(q)(1)");
  });

  it("not a 5% owner and paid under the threshold: no ACP_TEST_RISK", () => {
    const result = evaluate(answersWith({ person: { compensation: 60_000, priorYearCompensation: 55_000, fivePercentOwner: false } }));
    expect(result.isHce).toBe(false);
    expect(result.warnings.map((w) => w.code)).not.toContain("ACP_TEST_RISK");
  });

  it("pay last year over $160,000: 'likely' an HCE (top-paid-group election), and safe-harbor plans still test after-tax money", () => {
    const warning = evaluate(answersWith({ person: { priorYearCompensation: 170_000 } })).warnings.find((w) => w.code === "ACP_TEST_RISK")!;
    expect(warning.message).toContain("likely");
    expect(warning.message).toContain("top-paid");
    expect(warning.message).toContain("safe-harbor plans still test after-tax money");
    expect(warning.citation).toContain("§1.401(m)-3(j)(6)");
  });
});

describe("the Notice 2014-54 split and BACKDOOR_IRA_PRO_RATA (IRC §408(d)(2))", () => {
  const bothRoutes = { inPlanRothConversion: "yes", inServiceWithdrawal: "yes" } as const;
  it("both routes open, balance $50,000 with $8,000 of earnings: $42,000 to a Roth IRA, $8,000 to a traditional IRA, beside the conversion", () => {
    const result = evaluate(answersWith({ plan: bothRoutes, contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 8_000 } }));
    expect(result.afterTaxSplit).toEqual({ basisToRothIra: 42_000, earningsToTraditionalIra: 8_000 });
    const message = result.warnings.find((w) => w.code === "EARNINGS_TAXABLE_ON_CONVERSION")!.message;
    expect(message).toContain("$42,000");
    expect(message).toContain("Notice 2014-54");
    expect(result.warnings.map((w) => w.code)).toContain("BACKDOOR_IRA_PRO_RATA");
  });

  it("withdrawal route only, with earnings: BACKDOOR_IRA_PRO_RATA cites §408(d)(2); the split is the withdrawal itself (domain §5)", () => {
    const result = evaluate(
      answersWith({
        plan: { inPlanRothConversion: "no", inServiceWithdrawal: "yes", separateAfterTaxAccounting: "yes" },
        contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 8_000 },
      }),
    );
    expect(result.afterTaxSplit).toEqual({ basisToRothIra: 42_000, earningsToTraditionalIra: 8_000 });
    expect(result.warnings.find((w) => w.code === "BACKDOOR_IRA_PRO_RATA")!.citation).toContain("§408(d)(2)");
  });

  it("conversion only, or no earnings: no split and no BACKDOOR_IRA_PRO_RATA", () => {
    const conversionOnly = evaluate(answersWith({ contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 8_000 } }));
    expect(conversionOnly.afterTaxSplit).toBeNull();
    expect(conversionOnly.warnings.map((w) => w.code)).not.toContain("BACKDOOR_IRA_PRO_RATA");
    const noEarnings = evaluate(answersWith({ plan: bothRoutes, contributions: { afterTaxBalance: 50_000, afterTaxEarnings: 0 } }));
    expect(noEarnings.afterTaxSplit).toBeNull();
    expect(noEarnings.warnings.map((w) => w.code)).not.toContain("BACKDOOR_IRA_PRO_RATA");
  });
});
