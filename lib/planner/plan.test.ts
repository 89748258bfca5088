import { describe, expect, it } from "vitest";
import type { Answers } from "../rules/schema";
import { planPaychecks } from "./plan";
import type { PlannerInput, PlanReady } from "./types";

/** Domain §6: 2026, age 35, pay 150,000, 24,500 deferred, match 50% up to 6%, not on after-tax. */
const workedAnswers: Answers = {
  taxYear: 2026,
  plan: {
    afterTaxContributions: "yes",
    inPlanRothConversion: "yes",
    inServiceWithdrawal: "unsure",
    employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] },
    matchesAfterTax: false,
  },
  person: { ageAtYearEnd: 35, compensation: 150_000, payPeriodsPerYear: 26 },
  contributions: { employeeDeferrals: 24_500 },
};

// Bi-weekly from Friday, January 9, 2026: 26 pay dates, the last 12 from July 24 on.
const TWELVE_LEFT = "2026-07-10";
const worked: PlannerInput = {
  answers: workedAnswers,
  schedule: { kind: "biweekly", anchor: "2026-01-09" },
  lastPayDate: TWELVE_LEFT,
  yearToDate: { deferrals: 0, afterTax: 0, match: 0 },
  matchTrueUp: "no",
  rounding: "whole",
};

function ready(input: PlannerInput, today: string): PlanReady {
  const plan = planPaychecks(input, today);
  if (!plan.ok) throw new Error(plan.problems.map((p) => p.code).join());
  return plan;
}

const codes = (plan: PlanReady) => plan.warnings.map((warning) => warning.code);
const sum = (plan: PlanReady, key: "deferral" | "afterTax" | "match") => plan.rows.reduce((total, row) => total + row[key], 0);

describe("the worked example with 12 bi-weekly paychecks left and nothing contributed yet", () => {
  const plan = ready(worked, TWELVE_LEFT);

  it("has 12 paychecks of 150,000 / 26 = 5,769.23, from July 24 to December 25", () => {
    expect(plan.rows).toHaveLength(12);
    expect(plan.rows[0]!.date).toBe("2026-07-24");
    expect(plan.rows.at(-1)!.date).toBe("2026-12-25");
    expect(plan.rows.every((row) => row.pay === 5_769_23)).toBe(true);
  });

  it("matches 0.5 x 6% x 5,769.23 = 173.08 a paycheck: 2,076.96 from the 12 (2,076.92 before rounding each deposit to the cent)", () => {
    expect(plan.rows.every((row) => row.match === 173_08)).toBe(true);
    expect(sum(plan, "match")).toBe(2_076_96);
    // The unrounded product 0.5 x 0.06 x 5,769.23 x 12 = 2,076.9228: payroll deposits whole cents per paycheck.
    expect(Math.round(0.5 * 0.06 * 5_769_23 * 12)).toBe(2_076_92);
    expect(plan.totals.match).toBe(2_076_96);
  });

  it("defers 24,500 / 69,230.76 = 35.39% of each paycheck, set as 35% (2,019.23 a paycheck), never 36%", () => {
    expect(plan.elections.deferral).toMatchObject({ basisPoints: 35_00, perPaycheck: 2_019_23, label: "35%" });
    expect(plan.totals.deferrals).toBe(12 * 2_019_23);
    expect(plan.leftOnTable.deferrals).toBe(24_500_00 - 24_230_76);
  });

  it("cannot reach 72,000 from 12 paychecks: after-tax tops out at the 65% the paycheck has left", () => {
    expect(plan.elections.afterTax).toMatchObject({ basisPoints: 65_00, perPaycheck: 3_750_00 });
    // 24,230.76 deferred + 2,076.96 match + 45,000 after-tax = 71,307.72: 692.28 short.
    expect(plan.totals.annualAdditions).toBe(71_307_72);
    expect(plan.leftOnTable.annualAdditions).toBe(692_28);
    expect(codes(plan)).toContain("ANNUAL_ADDITIONS_UNREACHABLE");
  });

  it("front-loading 50% a paycheck without a true-up loses the match on the last 3 paychecks: 3 x 173.08 = 519.24", () => {
    // 50% of 5,769.23 is 2,884.62: 8 paychecks defer 23,076.96, the 9th the last 1,423.04.
    expect(plan.frontLoad?.deferralsDoneOn).toBe("2026-11-13");
    expect(plan.frontLoad?.matchLost).toBe(519_24);
    expect(plan.frontLoad?.offered).toBe(false);
    expect(codes(plan)).toContain("FRONT_LOADING_LOSES_MATCH");
  });
});

describe("the same year with an annual true-up of the match", () => {
  const plan = ready({ ...worked, matchTrueUp: "yes" }, TWELVE_LEFT);

  it("trues the match up to 50% x min(24,230.76, 6% x 150,000) = 4,500 after the year: 4,500 - 2,076.96 = 2,423.04", () => {
    expect(plan.yearEnd.trueUp).toBe(2_423_04);
    expect(plan.totals.match).toBe(4_500_00);
  });

  it("sets after-tax at 62%: 12 x 3,576.92 = 42,923.04 fits under 72,000 - 24,230.76 - 4,500 = 43,269.24; 63% would not", () => {
    expect(plan.elections.afterTax).toMatchObject({ basisPoints: 62_00, perPaycheck: 3_576_92 });
    expect(plan.totals.afterTax).toBe(42_923_04);
    expect(plan.leftOnTable.annualAdditions).toBe(346_20);
    expect(12 * 3_634_61).toBeGreaterThan(43_269_24);
  });

  it("offers the front-loading schedule: no match is lost, the true-up pays it at year end", () => {
    expect(plan.frontLoad?.offered).toBe(true);
    expect(plan.frontLoad?.matchLost).toBe(0);
    expect(plan.frontLoad?.totals.match).toBe(4_500_00);
    expect(plan.frontLoad!.totals.annualAdditions).toBeLessThanOrEqual(72_000_00);
    expect(codes(plan)).not.toContain("FRONT_LOADING_LOSES_MATCH");
  });

  it("with 'not sure' it plans as if there were no true-up, and says so", () => {
    const unsure = ready({ ...worked, matchTrueUp: "unsure" }, TWELVE_LEFT);
    expect(unsure.yearEnd.trueUp).toBe(0);
    expect(unsure.totals.match).toBe(2_076_96);
    expect(codes(unsure)).toContain("TRUE_UP_UNSURE");
  });
});

describe("a dollar-cap match that also matches after-tax money (50% up to 12,250), deferrals already maxed", () => {
  // 24,500 deferred and 8,000 of match so far: 4,250 more match comes from the first 8,500 after tax.
  // 24,500 + 12,250 + A = 72,000 gives A = 35,250: 2,937.50 on each of the 12 paychecks.
  const input: PlannerInput = {
    ...worked,
    answers: {
      ...workedAnswers,
      plan: { ...workedAnswers.plan, employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 12_250 }, matchesAfterTax: true },
    },
    yearToDate: { deferrals: 24_500_00, afterTax: 0, match: 8_000_00 },
    rounding: "dollars",
  };
  const plan = ready(input, TWELVE_LEFT);

  it("converges to match 12,250 and after-tax 35,250, landing on 72,000 to the cent", () => {
    expect(plan.elections.deferral.perPaycheck).toBe(0);
    expect(plan.elections.afterTax).toMatchObject({ basisPoints: null, perPaycheck: 2_937_50, label: "$2,937.50 per paycheck" });
    expect(plan.totals.match).toBe(12_250_00);
    expect(plan.totals.afterTax).toBe(35_250_00);
    expect(plan.totals.annualAdditions).toBe(72_000_00);
    expect(plan.leftOnTable).toEqual({ deferrals: 0, annualAdditions: 0, byRounding: 0 });
  });

  it("pays the match per paycheck until the cap: 1,468.75, 1,468.75, then 1,312.50, then nothing", () => {
    expect(plan.rows.slice(0, 4).map((row) => row.match)).toEqual([1_468_75, 1_468_75, 1_312_50, 0]);
  });

  it("one cent more a paycheck would overshoot", () => {
    expect(24_500_00 + 12_250_00 + 12 * 2_937_51).toBeGreaterThan(72_000_00);
  });

  it("a dollar-cap match loses nothing to front-loading, so the faster schedule is offered without a true-up", () => {
    expect(plan.frontLoad?.offered).toBe(true);
    expect(plan.frontLoad?.totals.match).toBe(12_250_00);
    expect(plan.frontLoad!.totals.annualAdditions).toBeLessThanOrEqual(72_000_00);
  });
});

describe("rounding modes never overshoot §415(c) or §402(g)", () => {
  const inputs: [string, PlannerInput, string][] = [
    ["worked example, 26 left, true-up", { ...worked, matchTrueUp: "yes", lastPayDate: "2025-12-26" }, "2026-01-01"],
    ["worked example, 12 left", worked, TWELVE_LEFT],
    [
      "dollar cap, after-tax matched",
      {
        ...worked,
        answers: {
          ...workedAnswers,
          plan: { ...workedAnswers.plan, employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 12_250 }, matchesAfterTax: true },
        },
        lastPayDate: "2026-03-06",
      },
      "2026-03-06",
    ],
    [
      "age 61 with catch-up, semi-monthly, bonus",
      {
        ...worked,
        answers: { ...workedAnswers, person: { ageAtYearEnd: 61, compensation: 220_000, payPeriodsPerYear: 24 }, contributions: { employeeDeferrals: 35_750 } },
        schedule: { kind: "semimonthly", firstDay: 15, secondDay: 31 },
        lastPayDate: "2026-04-15",
        yearToDate: { deferrals: 10_000_00, afterTax: 2_000_00, match: 1_500_00 },
        bonus: { amount: 20_000_00, month: 12 },
      },
      "2026-04-20",
    ],
  ];
  for (const [name, input, today] of inputs) {
    it.each(["whole", "half", "tenth", "dollars"] as const)(`${name}: %s`, (rounding) => {
      const plan = ready({ ...input, rounding }, today);
      expect(plan.totals.annualAdditions).toBeLessThanOrEqual(plan.limits.annualAdditionsLimit);
      expect(plan.totals.deferrals).toBeLessThanOrEqual(plan.limits.deferralLimit);
      for (const row of plan.rows) expect(row.annualAdditionsToDate).toBeLessThanOrEqual(plan.limits.annualAdditionsLimit);
      expect(plan.leftOnTable.byRounding).toBeGreaterThanOrEqual(0);
      if (rounding === "dollars") expect(plan.leftOnTable.byRounding).toBe(0);
    });
  }

  it("finer steps never leave more on the table than coarser ones", () => {
    const [whole, half, tenth] = (["whole", "half", "tenth"] as const).map(
      (rounding) => ready({ ...worked, matchTrueUp: "yes", rounding }, TWELVE_LEFT).leftOnTable.annualAdditions,
    );
    expect(half!).toBeLessThanOrEqual(whole!);
    expect(tenth!).toBeLessThanOrEqual(half!);
  });
});

describe("27 pay dates, bonuses and out-of-date pay stubs", () => {
  // Bi-weekly on Thursdays from January 1, 2026: 27 pay dates; planned on December 31, 2025.
  const whole: PlannerInput = {
    ...worked,
    matchTrueUp: "yes",
    schedule: { kind: "biweekly", anchor: "2026-01-01" },
    lastPayDate: "2025-12-18",
  };

  it("flags the 27th pay date and spreads the year's pay over all 27: 150,000 / 27 = 5,555.55 (the first 15 carry 5,555.56)", () => {
    const plan = ready(whole, "2025-12-31");
    expect(plan.rows).toHaveLength(27);
    expect(plan.schedule).toMatchObject({ payDatesInYear: 27, usualPayDates: 26, extraPayDate: true });
    expect(codes(plan)).toContain("EXTRA_PAY_DATE");
    expect(plan.rows[0]!.pay).toBe(5_555_56);
    expect(plan.rows.at(-1)!.pay).toBe(5_555_55);
    expect(plan.rows.reduce((total, row) => total + row.pay, 0)).toBe(150_000_00);
    // 24,500 / 150,000 = 16.33%: 16%, and 27 paychecks of 888.89 / 888.89 stay under 24,500.
    expect(plan.elections.deferral.basisPoints).toBe(16_00);
    expect(plan.totals.annualAdditions).toBeLessThanOrEqual(72_000_00);
  });

  it("an election worked out for 26 paychecks would overshoot §415(c) on 27", () => {
    const plan = ready(whole, "2025-12-31");
    const perCheckFor26 = Math.floor(plan.totals.afterTax / 26);
    expect(plan.totals.annualAdditions - plan.totals.afterTax + 27 * perCheckFor26).toBeGreaterThan(72_000_00);
  });

  it("a December bonus is its own paycheck and the elections apply to it too", () => {
    const input: PlannerInput = {
      ...worked,
      answers: { ...workedAnswers, person: { ...workedAnswers.person, compensation: 160_000 } },
      bonus: { amount: 10_000_00, month: 12 },
    };
    const plan = ready(input, TWELVE_LEFT);
    const bonus = plan.rows.find((row) => row.kind === "bonus")!;
    expect(bonus).toMatchObject({ date: "2026-12-11", pay: 10_000_00 });
    // Regular pay is still (160,000 - 10,000) / 26.
    expect(plan.rows[0]!.pay).toBe(5_769_23);
    expect(bonus.deferral).toBe((10_000_00 * plan.elections.deferral.basisPoints!) / 10_000);
  });

  it("a paycheck between the pay stub and today is flagged; a pay stub dated after today is refused", () => {
    const plan = ready({ ...worked, lastPayDate: "2026-06-26" }, TWELVE_LEFT);
    expect(codes(plan)).toContain("PAY_STUB_NOT_LATEST");
    const refused = planPaychecks({ ...worked, lastPayDate: "2026-07-24" }, TWELVE_LEFT);
    expect(refused.ok).toBe(false);
  });

  it("no paychecks left at the end of the year", () => {
    const plan = ready({ ...worked, lastPayDate: "2026-12-25" }, "2026-12-28");
    expect(plan.rows).toHaveLength(0);
    expect(codes(plan)).toContain("NO_PAYCHECKS_LEFT");
  });
});

describe("input that cannot be planned", () => {
  it.each([
    [{ schedule: { kind: "semimonthly", firstDay: 15, secondDay: 15 } }, "SEMI_MONTHLY_SAME_DAY"],
    [{ lastPayDate: "2026-02-30" }, "LAST_PAY_DATE_NOT_A_DATE"],
    [{ bonus: { amount: 150_000_00, month: 3 } }, "BONUS_MORE_THAN_PAY"],
    [{ answers: { ...workedAnswers, taxYear: 2031 } }, "FIGURES_UNKNOWN"],
  ] as [Partial<PlannerInput>, string][])("%j is refused with %s", (change, code) => {
    const plan = planPaychecks({ ...worked, ...change }, TWELVE_LEFT);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems.map((p) => p.code)).toContain(code);
  });
});

describe("excess deferrals are not annual additions once refunded (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)); catch-up by this plan alone (§1.414(v)-1(b)(1))", () => {
  it("age 45, 30,000 deferred by July (24,500 counted, 5,500 over), no match paid, after-tax not matched: 72,000 - 24,500 = 47,500 of after-tax fits", () => {
    const plan = ready(
      {
        ...worked,
        answers: { ...workedAnswers, person: { ...workedAnswers.person, ageAtYearEnd: 45 }, contributions: { employeeDeferrals: 30_000 } },
        yearToDate: { deferrals: 30_000_00, afterTax: 0, match: 0 },
        rounding: "dollars",
      },
      TWELVE_LEFT,
    );
    // No deferrals are left to make, so without a true-up no more match is paid.
    expect(plan.totals.deferrals).toBe(30_000_00);
    expect(plan.totals.match).toBe(0);
    // 12 equal whole-cent amounts: floor(4,750,000 / 12) = 395,833 cents each, 4,749,996 in all.
    expect(plan.elections.afterTax.perPaycheck).toBe(3_958_33);
    expect(plan.totals.afterTax).toBe(12 * 3_958_33);
    expect(plan.totals.annualAdditions).toBe(24_500_00 + 12 * 3_958_33);
    expect(codes(plan)).toContain("EXCESS_DEFERRALS_SO_FAR");
  });

  it("age 55, 24,500 deferred at a former employer and 8,000 here: none of the 8,000 is catch-up, all of it counts", () => {
    const plan = ready(
      {
        ...worked,
        answers: {
          ...workedAnswers,
          plan: { ...workedAnswers.plan, employerMatch: { kind: "none" } },
          person: { ...workedAnswers.person, ageAtYearEnd: 55 },
          contributions: { employeeDeferrals: 8_000, otherPlansDeferrals: 24_500 },
        },
        yearToDate: { deferrals: 8_000_00, afterTax: 0, match: 0 },
        rounding: "dollars",
      },
      TWELVE_LEFT,
    );
    expect(plan.totals.catchUpExcluded).toBe(0);
    // 72,000 - 8,000 = 64,000 over 12 paychecks: floor(6,400,000 / 12) = 533,333 cents, within each 5,769.23 paycheck.
    expect(plan.totals.afterTax).toBe(12 * 5_333_33);
    expect(plan.totals.annualAdditions).toBe(8_000_00 + 12 * 5_333_33);
  });
});

describe("match timing in cents, with pay over §401(a)(17) (IRC §401(a)(17); Notice 2025-67: $360,000)", () => {
  // Salary 4,000,000 in 2026; 100% of 3% + 50% of 2% of pay; no true-up; bi-weekly with a pay
  // date on Friday, July 3: 26 pay dates (January 2 to December 18), 14 paid by July 7, 12 left.
  // Each pays 4,000,000 / 26 = 153,846.15. 3,000 deferred and 1,000 matched so far.
  const rich: PlannerInput = {
    answers: {
      ...workedAnswers,
      plan: {
        ...workedAnswers.plan,
        employerMatch: {
          kind: "formula",
          tiers: [
            { matchPercent: 100, ofPayPercent: 3 },
            { matchPercent: 50, ofPayPercent: 2 },
          ],
        },
      },
      person: { ...workedAnswers.person, ageAtYearEnd: 45, compensation: 4_000_000 },
      contributions: { employeeDeferrals: 24_500 },
    },
    schedule: { kind: "biweekly", anchor: "2026-07-03" },
    lastPayDate: "2026-07-03",
    yearToDate: { deferrals: 3_000_00, afterTax: 0, match: 1_000_00 },
    matchTrueUp: "no",
    rounding: "whole",
  };

  it("per paycheck: each pay date counts 360,000 / 26 = 13,846.15; the match on it is 415.38 + 138.46 = 553.84; 1,000 + 12 x 553.84 = 7,646.08 on track of 14,400", () => {
    const plan = ready({ ...rich, compensationCapMethod: "per_paycheck" }, "2026-07-07");
    expect(plan.rows).toHaveLength(12);
    // Deferrals: 21,500 left over 12 x 13,846.15 = 166,153.80 of capped pay: 12.94%, set as 12% (1,661.54 a paycheck).
    expect(plan.elections.deferral).toMatchObject({ basisPoints: 12_00, perPaycheck: 1_661_54 });
    // 3% of 13,846.15 = 415.38 matched in full, 2% = 276.92 matched at 50% = 138.46.
    expect(plan.rows.every((row) => row.match === 553_84)).toBe(true);
    // Worth up to 4% of 360,000 = 14,400 (the annual formula, deferrals over 5% of capped pay).
    expect(plan.matchTiming.worthUpTo).toBe(14_400_00);
    expect(plan.matchTiming.onTrack).toBe(1_000_00 + 12 * 553_84);
    // The 14 paid checks could have had 14 x 553.84 = 7,753.76; 1,000 was paid: 6,753.76 lost.
    expect(plan.matchTiming.lostSoFar).toBe(14 * 553_84 - 1_000_00);
    expect(plan.matchTiming.capMethod).toEqual({ method: "per_paycheck", assumed: false });
    expect(plan.warnings.find((w) => w.code === "PAY_CAP_METHOD")!.message).toContain("$13,846.15 on each of the 26 pay dates");
  });

  it("year to date (assumed when not answered): the first 360,000 of pay was paid by the third check, so nothing more is matched or taken and the elections are 0%", () => {
    const plan = ready(rich, "2026-07-07");
    expect(plan.matchTiming.capMethod).toEqual({ method: "year_to_date", assumed: true });
    expect(plan.elections.deferral.basisPoints).toBe(0);
    expect(plan.elections.afterTax.basisPoints).toBe(0);
    expect(plan.matchTiming.onTrack).toBe(1_000_00);
    // Those three checks could have had 4% of their capped pay, each deposit to the cent:
    // 153,846.15 -> 4,615.38 + 1,538.46 = 6,153.84 twice, and the last 52,307.70 -> 1,569.23 + 523.08
    // = 2,092.31: 14,399.99 (4% of 360,000 less a cent of rounding); less 1,000 paid: 13,399.99 lost.
    expect(plan.matchTiming.lostSoFar).toBe(2 * 6_153_84 + 2_092_31 - 1_000_00);
    const message = plan.warnings.find((w) => w.code === "PAY_CAP_METHOD")!.message;
    expect(message).toMatch(/^Assumed:/);
    expect(message).toContain("has reached it");
  });

  it("with a true-up nothing is lost, and pay under the cap asks no method", () => {
    expect(ready({ ...rich, matchTrueUp: "yes", compensationCapMethod: "per_paycheck" }, "2026-07-07").matchTiming.lostSoFar).toBe(0);
    const plain = ready(worked, TWELVE_LEFT);
    expect(plain.matchTiming.capMethod).toBeNull();
    expect(codes(plain)).not.toContain("PAY_CAP_METHOD");
    // The worked example: 50% of 6% of 150,000 = 4,500 at most; 12 x 173.08 = 2,076.96 collected.
    expect(plain.matchTiming.worthUpTo).toBe(4_500_00);
    expect(plain.matchTiming.onTrack).toBe(2_076_96);
    // 14 checks paid by July 10 with no match reported: 14 x 173.08 = 2,423.12 lost.
    expect(plain.matchTiming.lostSoFar).toBe(14 * 173_08);
  });
});

describe("a dollar election and a separate bonus check", () => {
  it("takes the dollar amount once on the bonus's pay date unless payroll takes it from the bonus too, and says which", () => {
    const input: PlannerInput = { ...worked, rounding: "dollars", bonus: { amount: 10_000_00, month: 12 } };
    const once = ready(input, TWELVE_LEFT);
    const bonusRow = once.rows.find((row) => row.kind === "bonus")!;
    expect(bonusRow.deferral + bonusRow.afterTax).toBe(0);
    expect(once.warnings.find((w) => w.code === "FLAT_ELECTION_AND_BONUS")!.message).toContain("once a pay date");
    const twice = ready({ ...input, flatElectionOnBonus: true }, TWELVE_LEFT);
    const bonusTwice = twice.rows.find((row) => row.kind === "bonus")!;
    expect(bonusTwice.deferral + bonusTwice.afterTax).toBeGreaterThan(0);
    expect(twice.warnings.find((w) => w.code === "FLAT_ELECTION_AND_BONUS")!.message).toContain("twice");
  });
});

describe("where the §401(a)(17) cap ends the match part-way, the advice is the plan that collects the most match", () => {
  it("salary 4,000,000, pay to date: the first 360,000 is paid by January 30 (153,846.15 x 2 + 52,307.70), so defer at least 5% until then", () => {
    const plan = ready(
      {
        answers: {
          ...workedAnswers,
          plan: {
            ...workedAnswers.plan,
            employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] },
          },
          person: { ...workedAnswers.person, compensation: 4_000_000 },
          contributions: { employeeDeferrals: 24_500 },
        },
        schedule: { kind: "biweekly", anchor: "2026-07-03" },
        lastPayDate: "2026-01-02",
        yearToDate: { deferrals: 0, afterTax: 0, match: 0 },
        matchTrueUp: "unsure",
        rounding: "whole",
        compensationCapMethod: "year_to_date",
      },
      "2026-01-05",
    );
    const message = plan.warnings.find((w) => w.code === "TRUE_UP_UNSURE")!.message;
    // "Not sure" is stated as an assumption, and as the safe side (domain §4 item 6).
    expect(message).toContain("this plan assumes it does not: the safe side");
    expect(message).toContain("by January 30, 2026");
    expect(message).toContain("at least 5% of each paycheck");
    expect(message).not.toContain("Keep your deferrals level");
    expect(plan.rows.filter((row) => row.match > 0).map((row) => row.date)).toEqual(["2026-01-16", "2026-01-30"]);
  });
});
