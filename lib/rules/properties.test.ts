import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluate } from "./evaluate";
import { answersSchema, type Answers, type EmployerMatch } from "./schema";

// Random answers that pass answersSchema: money to the cent, percentages to 2 decimals, known and
// unknown years, figures entered by hand, every match kind.
const dollars = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((cents) => cents / 100);
const percent = fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100);
const answer = fc.constantFrom("yes" as const, "no" as const, "unsure" as const);

const employerMatch: fc.Arbitrary<EmployerMatch> = fc.oneof(
  fc.constant({ kind: "none" as const }),
  fc.record({ kind: fc.constant("amount" as const), amount: dollars(80_000) }),
  fc.record({
    kind: fc.constant("formula" as const),
    tiers: fc
      .array(fc.record({ matchPercent: percent, ofPayPercent: fc.integer({ min: 0, max: 2_000 }).map((bp) => bp / 100) }), {
        minLength: 1,
        maxLength: 5,
      }),
  }),
  fc.record({ kind: fc.constant("dollarCap" as const), matchPercent: percent, maxMatch: dollars(40_000) }),
);

const customLimits = fc.record(
  {
    electiveDeferral: dollars(40_000),
    catchUp50: dollars(15_000),
    catchUp60to63: dollars(20_000),
    annualAdditions: dollars(100_000),
    compensation: dollars(500_000),
    hceThreshold: dollars(200_000),
    rothCatchUpWageThreshold: dollars(200_000),
  },
  { requiredKeys: ["electiveDeferral", "catchUp50", "catchUp60to63", "annualAdditions", "compensation", "hceThreshold"] },
);

const validAnswers: fc.Arbitrary<Answers> = fc
  .record({
    taxYear: fc.oneof(fc.constantFrom(2025, 2026), fc.integer({ min: 2000, max: 2100 })),
    customLimits: fc.option(customLimits, { nil: undefined, freq: 4 }),
    plan: fc.record(
      {
        afterTaxContributions: answer,
        inPlanRothConversion: answer,
        inServiceWithdrawal: answer,
        automaticConversion: answer,
        separateAfterTaxAccounting: answer,
        rothDeferralOption: answer,
        afterTaxCapPercentOfPay: percent,
        employerMatch,
        matchesAfterTax: fc.boolean(),
        nonelective: fc.record({ percentOfPay: fc.integer({ min: 0, max: 2_500 }).map((bp) => bp / 100), amount: dollars(30_000) }, {
          requiredKeys: [],
        }),
      },
      { requiredKeys: ["afterTaxContributions", "inPlanRothConversion", "inServiceWithdrawal", "employerMatch"] },
    ),
    person: fc.record(
      {
        ageAtYearEnd: fc.integer({ min: 18, max: 120 }),
        compensation: dollars(1_000_000),
        priorYearCompensation: dollars(1_000_000),
        priorYearFicaWages: dollars(1_000_000),
        payPeriodsPerYear: fc.integer({ min: 1, max: 53 }),
      },
      { requiredKeys: ["ageAtYearEnd", "compensation"] },
    ),
    contributions: fc.record(
      {
        employeeDeferrals: dollars(40_000),
        otherPlansDeferrals: dollars(40_000),
        afterTaxYearToDate: dollars(80_000),
        afterTaxBalance: dollars(500_000),
        afterTaxEarnings: dollars(1_000),
      },
      { requiredKeys: ["employeeDeferrals"] },
    ),
  })
  .map((raw) => {
    // Keep the cross-field rules of the schema: nothing contributed beyond pay, earnings within
    // the balance.
    const pay = raw.person.compensation;
    const contributions = { ...raw.contributions, employeeDeferrals: Math.min(raw.contributions.employeeDeferrals, pay) };
    if (contributions.afterTaxYearToDate !== undefined) contributions.afterTaxYearToDate = Math.min(contributions.afterTaxYearToDate, pay);
    if (contributions.afterTaxBalance !== undefined && contributions.afterTaxEarnings !== undefined) {
      contributions.afterTaxEarnings = Math.min(contributions.afterTaxEarnings, contributions.afterTaxBalance);
    }
    const answers: Answers = { taxYear: raw.taxYear, plan: raw.plan, person: raw.person, contributions };
    if (raw.customLimits) answers.customLimits = raw.customLimits;
    return answers;
  });

const RUNS = { numRuns: 2_000 };

describe("properties over random valid answers", () => {
  it("the generated answers pass answersSchema (so the properties below are about valid input)", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const parsed = answersSchema.safeParse(answers);
        if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
      }),
      { numRuns: 500 },
    );
  });

  it("evaluate never throws, and limits/room are null only for an unknown year without figures", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = evaluate(answers);
        const unknownYear = answers.taxYear !== 2025 && answers.taxYear !== 2026 && !answers.customLimits;
        expect(result.room === null).toBe(unknownYear);
        expect(result.limits === null).toBe(unknownYear);
        expect(result.warnings.some((w) => w.code === "UNKNOWN_YEAR")).toBe(unknownYear);
      }),
      RUNS,
    );
  });

  it("the room is never negative, never above the §415(c) limit, never above the plan cap (IRC §415(c)(1))", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const room = evaluate(answers).room;
        if (!room) return;
        expect(room.afterTaxRoom).toBeGreaterThanOrEqual(0);
        expect(room.afterTaxRemaining).toBeGreaterThanOrEqual(0);
        expect(room.afterTaxRemaining).toBeLessThanOrEqual(room.afterTaxRoom);
        expect(room.afterTaxRoom).toBeLessThanOrEqual(room.annualAdditionsLimit);
        if (room.planCap !== null) expect(room.afterTaxRoom).toBeLessThanOrEqual(room.planCap);
        // Whatever fits, fits: the parts never add up beyond the limit when there is room.
        if (room.afterTaxRoom > 0) {
          const total = Math.round((room.deferralsCounted + room.employerContributions + room.afterTaxRoom) * 100);
          expect(total).toBeLessThanOrEqual(Math.round(room.annualAdditionsLimit * 100));
        }
        // Money in the output is exact to the cent.
        for (const value of [room.afterTaxRoom, room.employerMatch, room.afterTaxRemaining, room.perPaycheck?.amount ?? 0]) {
          expect(Math.round(value * 100) / 100).toBe(value);
        }
      }),
      RUNS,
    );
  });

  it("raising employer contributions never raises the room", () => {
    fc.assert(
      fc.property(validAnswers, dollars(20_000), (answers, extra) => {
        const before = evaluate(answers).room;
        const nonelective = answers.plan.nonelective ?? {};
        const more: Answers = {
          ...answers,
          plan: { ...answers.plan, nonelective: { ...nonelective, amount: Math.round(((nonelective.amount ?? 0) + extra) * 100) / 100 } },
        };
        const after = evaluate(more).room;
        if (!before || !after) return;
        expect(after.afterTaxRoom).toBeLessThanOrEqual(before.afterTaxRoom);
      }),
      RUNS,
    );
  });

  it("catch-up never changes the room: age 35 vs 55 with the extra deferral as catch-up (IRC §414(v)(3)(A))", () => {
    // The match is kept independent of deferrals here: a formula match on a larger deferral is a
    // real change in employer money, not a catch-up effect.
    const fixedMatch = fc.oneof(
      fc.constant({ kind: "none" as const }),
      fc.record({ kind: fc.constant("amount" as const), amount: dollars(20_000) }),
    );
    fc.assert(
      fc.property(validAnswers, fixedMatch, fc.integer({ min: 0, max: 800_000 }), (answers, match, catchUpCents) => {
        if (answers.taxYear !== 2026 || answers.customLimits) return;
        // The extra deferral is catch-up only on top of the full §402(g) amount.
        const deferrals = 24_500;
        const catchUp = catchUpCents / 100;
        const pay = Math.max(answers.person.compensation, deferrals + catchUp);
        const base: Answers = {
          ...answers,
          plan: { ...answers.plan, employerMatch: match, rothDeferralOption: "yes" },
          person: { ...answers.person, compensation: pay },
          contributions: { ...answers.contributions, employeeDeferrals: deferrals, otherPlansDeferrals: 0 },
        };
        const young = evaluate({ ...base, person: { ...base.person, ageAtYearEnd: 35 } }).room!;
        const older = evaluate({
          ...base,
          person: { ...base.person, ageAtYearEnd: 55 },
          contributions: { ...base.contributions, employeeDeferrals: Math.round((deferrals + catchUp) * 100) / 100 },
        }).room!;
        expect(older.afterTaxRoom).toBe(young.afterTaxRoom);
      }),
      RUNS,
    );
  });

  it("after-tax contributions = no is never eligible, whatever else (domain §3)", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = evaluate({ ...answers, plan: { ...answers.plan, afterTaxContributions: "no" } });
        expect(result.status).toBe("not_eligible");
        expect(result.route).toBeNull();
      }),
      RUNS,
    );
  });

  it("every reason and warning has a stable code and a citation; checklist statuses are from the list", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const result = evaluate(answers);
        for (const item of [...result.reasons, ...result.warnings]) {
          expect(item.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
          expect(item.citation.length).toBeGreaterThan(0);
        }
        for (const item of result.checklist) expect(["confirmed", "to_confirm", "action"]).toContain(item.status);
        expect(new Set(result.warnings.map((w) => w.code)).size).toBe(result.warnings.length);
      }),
      RUNS,
    );
  });
});
