import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Answers, EmployerMatch } from "../rules/schema";
import { isoDate } from "./dates";
import { planPaychecks } from "./plan";
import { ROUNDING_STEP, type RoundingMode } from "./rounding";
import type { PaySchedule } from "./schedule";
import type { PlannerInput, PlanReady } from "./types";

const matchArb: fc.Arbitrary<EmployerMatch> = fc.oneof(
  fc.constant<EmployerMatch>({ kind: "none" }),
  fc.integer({ min: 0, max: 10_000 }).map((amount): EmployerMatch => ({ kind: "amount", amount })),
  fc
    .record({ matchPercent: fc.integer({ min: 0, max: 100 }), ofPayPercent: fc.integer({ min: 1, max: 10 }) })
    .map((tier): EmployerMatch => ({ kind: "formula", tiers: [tier] })),
  fc
    .record({ matchPercent: fc.integer({ min: 0, max: 100 }), maxMatch: fc.integer({ min: 0, max: 20_000 }) })
    .map(({ matchPercent, maxMatch }): EmployerMatch => ({ kind: "dollarCap", matchPercent, maxMatch })),
);

const scheduleArb: fc.Arbitrary<PaySchedule> = fc.oneof(
  fc.integer({ min: 1, max: 7 }).map((day): PaySchedule => ({ kind: "weekly", anchor: isoDate(2025, 12, 24 + day) })),
  fc.integer({ min: 1, max: 14 }).map((day): PaySchedule => ({ kind: "biweekly", anchor: isoDate(2025, 12, 17 + day) })),
  fc
    .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 15, max: 31 }))
    .map(([firstDay, secondDay]): PaySchedule => ({ kind: "semimonthly", firstDay, secondDay })),
  fc.integer({ min: 1, max: 31 }).map((day): PaySchedule => ({ kind: "monthly", day })),
);

const roundingArb = fc.constantFrom<RoundingMode>("whole", "half", "tenth", "dollars");

function inputArb(options: { earlyInYear: boolean }) {
  return fc
    .record({
      pay: fc.integer({ min: options.earlyInYear ? 150_000 : 20_000, max: 500_000 }),
      age: fc.integer({ min: 25, max: 70 }),
      deferralShare: fc.integer({ min: 0, max: 100 }),
      match: matchArb,
      matchesAfterTax: fc.boolean(),
      schedule: scheduleArb,
      rounding: roundingArb,
      trueUp: fc.constantFrom("yes", "no", "unsure" as const),
      todayDay: fc.integer({ min: 0, max: options.earlyInYear ? 40 : 364 }),
      ytdDeferrals: fc.integer({ min: 0, max: options.earlyInYear ? 0 : 30_000_00 }),
      ytdAfterTax: fc.integer({ min: 0, max: options.earlyInYear ? 0 : 40_000_00 }),
      ytdMatch: fc.integer({ min: 0, max: options.earlyInYear ? 0 : 15_000_00 }),
      bonus: fc.option(fc.record({ share: fc.integer({ min: 1, max: 30 }), month: fc.integer({ min: 1, max: 12 }) }), { nil: undefined }),
      planCap: options.earlyInYear ? fc.constant(undefined) : fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    })
    .map((drawn): { input: PlannerInput; today: string } => {
      const today = new Date(Date.UTC(2026, 0, 1 + drawn.todayDay)).toISOString().slice(0, 10);
      const answers: Answers = {
        taxYear: 2026,
        plan: {
          afterTaxContributions: "yes",
          inPlanRothConversion: "yes",
          inServiceWithdrawal: "unsure",
          employerMatch: drawn.match,
          matchesAfterTax: drawn.matchesAfterTax,
          ...(drawn.planCap === undefined ? {} : { afterTaxCapPercentOfPay: drawn.planCap }),
        },
        person: { ageAtYearEnd: drawn.age, compensation: drawn.pay },
        contributions: { employeeDeferrals: Math.min(drawn.pay, Math.round((32_500 * drawn.deferralShare) / 100)) },
      };
      const bonus = drawn.bonus ? { amount: Math.floor((drawn.pay * drawn.bonus.share) / 100) * 100, month: drawn.bonus.month } : undefined;
      return {
        today,
        input: {
          answers,
          schedule: drawn.schedule,
          lastPayDate: "2025-12-31" < today ? "2025-12-31" : today,
          yearToDate: { deferrals: drawn.ytdDeferrals, afterTax: drawn.ytdAfterTax, match: drawn.ytdMatch },
          matchTrueUp: drawn.trueUp,
          rounding: drawn.rounding,
          ...(bonus ? { bonus } : {}),
        },
      };
    });
}

function ready(input: PlannerInput, today: string): PlanReady {
  const plan = planPaychecks(input, today);
  if (!plan.ok) throw new Error(plan.problems.map((p) => p.code).join());
  return plan;
}

describe("properties of the paycheck plan over random valid input", () => {
  it("never plans past either limit, on any paycheck or at year end (unless already past it)", () => {
    fc.assert(
      fc.property(inputArb({ earlyInYear: false }), ({ input, today }) => {
        const plan = ready(input, today);
        const planned = plan.rows.reduce((sum, row) => sum + row.deferral, 0);
        expect(plan.yearToDate.deferrals + planned).toBeLessThanOrEqual(Math.max(plan.yearToDate.deferrals, plan.limits.deferralLimit));
        if (!plan.warnings.some((w) => w.code === "ANNUAL_ADDITIONS_ALREADY_EXCEEDED")) {
          expect(plan.totals.annualAdditions).toBeLessThanOrEqual(plan.limits.annualAdditionsLimit);
          for (const row of plan.rows) expect(row.annualAdditionsToDate).toBeLessThanOrEqual(plan.limits.annualAdditionsLimit);
        } else {
          expect(plan.rows.every((row) => row.afterTax === 0)).toBe(true);
        }
        for (const row of plan.rows) expect(row.deferral + row.afterTax).toBeLessThanOrEqual(row.pay);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("with enough paychecks left it reaches §415(c) within one rounding step of after-tax (and the match on it)", () => {
    fc.assert(
      fc.property(inputArb({ earlyInYear: true }), ({ input, today }) => {
        const plan = ready(input, today);
        const payLeft = plan.rows.reduce((sum, row) => sum + row.pay, 0);
        const step = ROUNDING_STEP[input.rounding];
        // One more step after tax on every paycheck left, plus as much again in match at most,
        // plus a cent of rounding per paycheck.
        const oneStep = input.rounding === "dollars" ? plan.rows.length : Math.ceil((payLeft * step) / 10_000) + plan.rows.length;
        expect(plan.warnings.map((w) => w.code)).not.toContain("ANNUAL_ADDITIONS_UNREACHABLE");
        expect(plan.limits.annualAdditionsLimit - plan.totals.annualAdditions).toBeLessThanOrEqual(2 * oneStep);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});
