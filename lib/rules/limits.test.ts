import { describe, expect, it } from "vitest";
import { KNOWN_TAX_YEARS, PAYROLL_TAX, limitsForYear } from "./limits";
import { evaluate } from "./evaluate";
import { answersWith } from "./sample-answers";

const $ = (dollars: number) => dollars * 100;

// Domain §2, row by row: [figure, 2025, 2026, law that must be cited].
const TABLE = [
  ["electiveDeferral", 23_500, 24_500, "IRC §402(g)(1)"],
  ["catchUp50", 7_500, 8_000, "IRC §414(v)(2)(B)(i)"],
  ["catchUp60to63", 11_250, 11_250, "IRC §414(v)(2)(E)"],
  ["annualAdditions", 70_000, 72_000, "IRC §415(c)(1)(A)"],
  ["compensation", 350_000, 360_000, "IRC §401(a)(17)"],
  ["hceThreshold", 155_000, 160_000, "IRC §414(q)(1)(B)"],
  ["iraContribution", 7_000, 7_500, "IRC §219(b)(5)"],
  ["iraCatchUp", 1_000, 1_100, "IRC §219(b)(5)(B)"],
  ["socialSecurityWageBase", 176_100, 184_500, "42 U.S.C. §430"],
] as const;

describe("IRS figures by tax year (domain §2)", () => {
  it.each(TABLE)("%s: 2025 $%d, 2026 $%d (%s)", (figure, in2025, in2026, law) => {
    expect(limitsForYear(2025)?.[figure].cents).toBe($(in2025));
    expect(limitsForYear(2026)?.[figure].cents).toBe($(in2026));
    expect(limitsForYear(2025)?.[figure].source).toContain(law);
    expect(limitsForYear(2026)?.[figure].source).toContain(law);
  });

  it("cites the IRS notice for each year's plan figures (Notice 2024-80 for 2025, Notice 2025-67 for 2026)", () => {
    for (const figure of ["electiveDeferral", "catchUp50", "catchUp60to63", "annualAdditions", "compensation"] as const) {
      expect(limitsForYear(2025)?.[figure].source).toContain("Notice 2024-80");
      expect(limitsForYear(2026)?.[figure].source).toContain("Notice 2025-67");
    }
  });

  it("applies the look-back year's HCE threshold: 2024 pay vs $155,000 (Notice 2023-75), 2025 pay vs $160,000 (Notice 2024-80) — IRC §414(q)(1)(B)", () => {
    expect(limitsForYear(2025)?.hceThreshold.source).toContain("Notice 2023-75");
    expect(limitsForYear(2026)?.hceThreshold.source).toContain("Notice 2024-80");
  });

  it("has no Roth catch-up threshold in 2025 (transition, Notice 2023-62) and $150,000 on 2025 FICA wages for 2026 — IRC §414(v)(7)", () => {
    expect(limitsForYear(2025)?.rothCatchUpWageThreshold).toBeNull();
    expect(limitsForYear(2026)?.rothCatchUpWageThreshold?.cents).toBe($(150_000));
    expect(limitsForYear(2026)?.rothCatchUpWageThreshold?.source).toContain("IRC §414(v)(7)");
  });

  it("knows 2025 and 2026 only, and never carries a year forward (domain §2)", () => {
    expect(KNOWN_TAX_YEARS).toEqual([2025, 2026]);
    expect(limitsForYear(2024)).toBeUndefined();
    expect(limitsForYear(2027)).toBeUndefined();
  });

  it("holds every figure in whole cents", () => {
    for (const year of KNOWN_TAX_YEARS) {
      const limits = limitsForYear(year)!;
      for (const value of Object.values(limits)) {
        if (value && typeof value === "object" && "cents" in value) expect(Number.isInteger(value.cents)).toBe(true);
      }
    }
  });

  it("carries the employee FICA rates: 6.2% OASDI (IRC §3101(a)), 1.45% Medicare (§3101(b)(1)), 0.9% over $200,000 (§3101(b)(2), §3102(f))", () => {
    expect(PAYROLL_TAX.socialSecurity.basisPoints).toBe(620);
    expect(PAYROLL_TAX.medicare.basisPoints).toBe(145);
    expect(PAYROLL_TAX.additionalMedicare.basisPoints).toBe(90);
    expect(PAYROLL_TAX.additionalMedicareThreshold.cents).toBe($(200_000));
  });
});

describe("derived maxima: catch-up sits on top of §415(c) (IRC §414(v)(3)(A); Notice 2025-67)", () => {
  // With no employer money, the most a person can put in = §415(c) + the catch-up made.
  it.each([
    [35, 72_000],
    [50, 80_000],
    [59, 80_000],
    [60, 83_250],
    [63, 83_250],
    [64, 80_000],
  ])("2026, age %d: %d in total (not 79,500)", (age, total) => {
    const catchUp = total - 72_000;
    const result = evaluate(
      answersWith({
        plan: { employerMatch: { kind: "none" } },
        person: { ageAtYearEnd: age, compensation: 300_000 },
        contributions: { employeeDeferrals: 24_500 + catchUp },
      }),
    );
    const room = result.room!;
    expect(result.limits!.catchUp).toBe(catchUp);
    expect(room.totalDeferrals + room.afterTaxRoom + room.employerContributions).toBe(total);
  });

  it.each([
    [35, 70_000],
    [55, 77_500],
    [61, 81_250],
  ])("2025, age %d: %d in total", (age, total) => {
    const result = evaluate(
      answersWith({
        taxYear: 2025,
        plan: { employerMatch: { kind: "none" } },
        person: { ageAtYearEnd: age, compensation: 300_000 },
        contributions: { employeeDeferrals: 23_500 + (total - 70_000) },
      }),
    );
    const room = result.room!;
    expect(room.totalDeferrals + room.afterTaxRoom).toBe(total);
  });
});
