// Random drafts for the one-truth property tests of the page, the PDF and the API: they reach
// the edges (no room left, pay over the §401(a)(17) limit, a plan's after-tax cap, December, a
// year that has ended and one to come). Shared by the renderers' tests, not shipped.
import fc from "fast-check";
import type { Draft } from "../wizard/draft";
import { workedExampleDraft } from "../wizard/sample-draft";
import { resultFor, type ReadyResult } from "./result";

/** A day of 2025-12 to 2027-01, with December and its last days drawn often. */
const dayArb = fc.oneof(
  fc.integer({ min: 0, max: 420 }).map((offset) => new Date(Date.UTC(2025, 11, 1 + offset)).toISOString().slice(0, 10)),
  fc.integer({ min: 1, max: 31 }).map((day) => `2026-12-${String(day).padStart(2, "0")}`),
);

export const draftArb = fc
  .record({
    pay: fc.oneof(fc.integer({ min: 30_000, max: 300_000 }), fc.integer({ min: 360_000, max: 600_000 })),
    periods: fc.constantFrom(52, 26, 24, 12),
    deferrals: fc.integer({ min: 0, max: 24_500 }),
    // Up to 80,000 already contributed after tax: past every room, so "no room left" is reached.
    afterTaxSoFar: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 80_000 })),
    cap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    plan: fc.constantFrom("yes", "unsure", "no-conversion" as const),
    paycheckPlan: fc.boolean(),
    stubDaysBack: fc.integer({ min: 0, max: 20 }),
    today: dayArb,
  })
  .map((drawn) => {
    const todayDate = new Date(`${drawn.today}T00:00:00Z`);
    const stub = new Date(todayDate.getTime() - drawn.stubDaysBack * 86_400_000);
    const draft: Draft = {
      ...workedExampleDraft,
      ...(drawn.plan === "unsure" ? { inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } : {}),
      ...(drawn.plan === "no-conversion" ? { inPlanRothConversion: "no", inServiceWithdrawal: "yes" } : {}),
      compensation: drawn.pay * 100,
      payPeriodsPerYear: drawn.periods,
      employeeDeferrals: drawn.deferrals * 100,
      afterTaxYearToDate: drawn.afterTaxSoFar * 100,
      ...(drawn.cap === undefined ? {} : { hasAfterTaxCap: "yes", afterTaxCapPercentOfPay: drawn.cap }),
      ...(drawn.paycheckPlan
        ? {
            planPaychecks: "yes",
            lastPayDay: stub.getUTCDate(),
            lastPayMonth: stub.getUTCMonth() + 1,
            lastPayYear: stub.getUTCFullYear(),
            semiMonthlyFirstDay: 15,
            semiMonthlySecondDay: 31,
            monthlyPayDay: 28,
            matchTrueUp: "unsure",
            electionRounding: "whole",
          }
        : {}),
    };
    return { draft, today: drawn.today, cap: drawn.cap };
  });

export const ready = (draft: Draft, today: string): ReadyResult => {
  const result = resultFor(draft, today);
  if (result.kind === "incomplete") throw new Error("incomplete");
  return result;
};

