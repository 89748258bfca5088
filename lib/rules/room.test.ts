import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate";
import { compileMatch, matchAmount } from "./match";
import { answersWith, type AnswersChanges } from "./sample-answers";

const roomFor = (changes: AnswersChanges) => evaluate(answersWith(changes)).room!;

describe("worked example, domain §6 (IRC §415(c)(1)(A), §414(v)(3)(A); Notice 2025-67)", () => {
  it("2026, pay $150,000, age 35, $24,500 deferred, match 50% up to 6%: match $4,500, room $43,000", () => {
    const room = roomFor({});
    expect(room.employerMatch).toBe(4_500);
    expect(room.annualAdditionsLimit).toBe(72_000);
    expect(room.deferralsCounted).toBe(24_500);
    expect(room.afterTaxRoom).toBe(43_000);
    expect(room.afterTaxRemaining).toBe(43_000);
  });

  it("over 26 paychecks: $1,653.84 each, a 28% whole-percent election (28.67% rounded down, never 29%)", () => {
    const room = roomFor({ person: { payPeriodsPerYear: 26 } });
    expect(room.perPaycheck).toEqual({ periods: 26, amount: 1_653.84, paycheckPay: 5_769.23, percentOfPayWhole: 28 });
  });

  it("age 55 deferring $32,500: room still $43,000, the $8,000 catch-up sits outside §415(c) (IRC §414(v)(3)(A))", () => {
    const room = roomFor({ person: { ageAtYearEnd: 55 }, contributions: { employeeDeferrals: 32_500 } });
    expect(room.catchUpExcluded).toBe(8_000);
    expect(room.deferralsCounted).toBe(24_500);
    expect(room.deferralLimit).toBe(32_500);
    expect(room.afterTaxRoom).toBe(43_000);
  });

  it("pay $60,000: the §415(c) limit is $60,000, 100% of pay (IRC §415(c)(1)(B))", () => {
    const room = roomFor({ person: { compensation: 60_000 } });
    expect(room.annualAdditionsLimit).toBe(60_000);
    expect(room.employerMatch).toBe(1_800); // 50% of 6% of 60,000
    expect(room.afterTaxRoom).toBe(60_000 - 24_500 - 1_800);
  });
});

describe("deferral limit by age at December 31 (IRC §402(g)(1), §414(v)(2)(B)(i), §414(v)(2)(E); Notice 2025-67)", () => {
  it.each([
    [49, 0],
    [50, 8_000],
    [59, 8_000],
    [60, 11_250],
    [61, 11_250],
    [63, 11_250],
    [64, 8_000],
    [80, 8_000],
  ])("2026, age %d: catch-up $%d on top of $24,500", (age, catchUp) => {
    const result = evaluate(answersWith({ person: { ageAtYearEnd: age } }));
    expect(result.limits!.catchUp).toBe(catchUp);
    expect(result.room!.deferralLimit).toBe(24_500 + catchUp);
  });

  it.each([
    [49, 0],
    [55, 7_500],
    [62, 11_250],
    [64, 7_500],
  ])("2025, age %d: catch-up $%d on top of $23,500 (Notice 2024-80)", (age, catchUp) => {
    const result = evaluate(answersWith({ taxYear: 2025, person: { ageAtYearEnd: age } }));
    expect(result.limits!.catchUp).toBe(catchUp);
    expect(result.room!.deferralLimit).toBe(23_500 + catchUp);
  });
});

describe("employer contributions (domain §4.5; pay capped at IRC §401(a)(17))", () => {
  it("two tiers, 100% of the first 3% then 50% of the next 2%, pay $200,000, $24,500 deferred: match $6,000 + $2,000", () => {
    const room = roomFor({
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] } },
      person: { compensation: 200_000 },
    });
    expect(room.employerMatch).toBe(8_000);
    expect(room.afterTaxRoom).toBe(72_000 - 24_500 - 8_000);
  });

  it("two tiers with $8,000 (4% of $200,000) deferred: $6,000 on the first band, 50% of $2,000 in the second", () => {
    const room = roomFor({
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] } },
      person: { compensation: 200_000 },
      contributions: { employeeDeferrals: 8_000 },
    });
    expect(room.employerMatch).toBe(7_000);
    expect(room.afterTaxRoom).toBe(72_000 - 8_000 - 7_000);
  });

  it("dollar cap, 50% of deferrals up to $3,000 of match: $3,000", () => {
    const room = roomFor({ plan: { employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 3_000 } } });
    expect(room.employerMatch).toBe(3_000);
    expect(room.afterTaxRoom).toBe(44_500);
  });

  it("a known match amount and a nonelective amount are taken as given", () => {
    const room = roomFor({ plan: { employerMatch: { kind: "amount", amount: 5_000.5 }, nonelective: { amount: 2_000 } } });
    expect(room.employerMatch).toBe(5_000.5);
    expect(room.employerNonelective).toBe(2_000);
    expect(room.afterTaxRoom).toBe(72_000 - 24_500 - 7_000.5);
  });

  it("pay $500,000 with a 5% nonelective: 5% of $360,000 = $18,000 (IRC §401(a)(17); Notice 2025-67)", () => {
    const room = roomFor({ plan: { nonelective: { percentOfPay: 5 } }, person: { compensation: 500_000 } });
    expect(room.payUsedInFormulas).toBe(360_000);
    expect(room.employerNonelective).toBe(18_000);
    expect(room.employerMatch).toBe(10_800); // 50% of 6% of 360,000, not of 500,000
    expect(room.afterTaxRoom).toBe(72_000 - 24_500 - 10_800 - 18_000);
  });

  it("pay $400,000 in 2025 is capped at $350,000 (Notice 2024-80)", () => {
    const room = roomFor({ taxYear: 2025, plan: { nonelective: { percentOfPay: 10 } }, person: { compensation: 400_000 } });
    expect(room.employerNonelective).toBe(35_000);
  });

  it("employer money above the limit leaves no room, never a negative one", () => {
    const room = roomFor({ plan: { employerMatch: { kind: "amount", amount: 50_000 } } });
    expect(room.afterTaxRoom).toBe(0);
  });
});

describe("match on after-tax contributions: the exact fixed point (domain §4.5)", () => {
  it("2026, pay $150,000, $24,500 deferred, 50% up to $12,250 of match on deferrals and after-tax: match $12,250, room $35,250", () => {
    const room = roomFor({
      plan: { employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 12_250 }, matchesAfterTax: true },
    });
    expect(room.employerMatch).toBe(12_250);
    expect(room.afterTaxRoom).toBe(35_250);
    expect(room.deferralsCounted + room.employerContributions + room.afterTaxRoom).toBe(72_000);
  });

  it("interior fixed point: pay $200,000, $24,500 deferred, 50% of contributions up to 40% of pay -> after-tax $23,500, match $24,000", () => {
    // Band: 40% of 200,000 = 80,000 of contributions matched at 50%.
    // If the band is not filled: 24,500 + 0.5 x (24,500 + A) + A <= 72,000
    //   -> 36,750 + 1.5A <= 72,000 -> A <= 23,500.
    // Check: 24,500 + 23,500 = 48,000 < 80,000, so the band is not filled: the point is interior.
    // Match = 0.5 x 48,000 = 24,000; 24,500 + 24,000 + 23,500 = 72,000 exactly.
    const room = roomFor({
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 40 }] }, matchesAfterTax: true },
      person: { compensation: 200_000 },
    });
    expect(room.afterTaxRoom).toBe(23_500);
    expect(room.employerMatch).toBe(24_000);
  });

  it("interior fixed point to the cent: $24,500.01 deferred on the same formula stops at the last cent that fits", () => {
    // 2,450,001 + round(0.5 x (2,450,001 + a)) + a <= 7,200,000 (cents).
    // a = 2,349,999: match = round(2,400,000) = 2,400,000; total = 7,200,000 -> fits.
    // a = 2,350,000: match = round(2,400,000.5) = 2,400,001; total = 7,200,002 -> too much.
    const room = roomFor({
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 40 }] }, matchesAfterTax: true },
      person: { compensation: 200_000 },
      contributions: { employeeDeferrals: 24_500.01 },
    });
    expect(room.afterTaxRoom).toBe(23_499.99);
    expect(room.employerMatch).toBe(24_000);
    const match = compileMatch({ kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 40 }] }, 20_000_000);
    expect(2_450_001 + matchAmount(match, 2_450_001 + 2_349_999) + 2_349_999).toBe(7_200_000);
    expect(2_450_001 + matchAmount(match, 2_450_001 + 2_350_000) + 2_350_000).toBeGreaterThan(7_200_000);
  });

  it("a plan cap below the room is applied first, and the match is recomputed at the capped amount", () => {
    // Cap 10% of 200,000 = 20,000 after tax; match = 0.5 x (24,500 + 20,000) = 22,250.
    const room = roomFor({
      plan: {
        employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 40 }] },
        matchesAfterTax: true,
        afterTaxCapPercentOfPay: 10,
      },
      person: { compensation: 200_000 },
    });
    expect(room.planCapApplied).toBe(true);
    expect(room.afterTaxRoom).toBe(20_000);
    expect(room.employerMatch).toBe(22_250);
  });

  it("matchesAfterTax has no effect on a fixed match amount", () => {
    const room = roomFor({ plan: { employerMatch: { kind: "amount", amount: 4_500 }, matchesAfterTax: true } });
    expect(room.afterTaxRoom).toBe(43_000);
  });
});

describe("deferrals in other employers' plans (IRC §402(g)(1) is per person; §415(c) per employer)", () => {
  it("$20,000 elsewhere and $4,500 here: no excess, only this plan's $4,500 counts here", () => {
    const room = roomFor({ contributions: { employeeDeferrals: 4_500, otherPlansDeferrals: 20_000 } });
    expect(room.totalDeferrals).toBe(24_500);
    expect(room.excessDeferrals).toBe(0);
    expect(room.employerMatch).toBe(2_250);
    expect(room.afterTaxRoom).toBe(72_000 - 4_500 - 2_250);
  });

  it("age 55, $24,500 at a former employer and $8,000 here, no match, pay $150,000: room $64,000, not $72,000", () => {
    // Treas. Reg. §1.414(v)-1(b)(1): a plan's deferrals are catch-up only past a limit of that
    // plan. $8,000 here is under this plan's $24,500 §402(g) limit, so none of it is catch-up and
    // all of it counts toward §415(c): 72,000 - 8,000 = 64,000. The $32,500 across both plans is
    // exactly the age-55 limit (24,500 + 8,000), so there is no excess either.
    const result = evaluate(
      answersWith({
        person: { ageAtYearEnd: 55 },
        plan: { employerMatch: { kind: "none" } },
        contributions: { employeeDeferrals: 8_000, otherPlansDeferrals: 24_500 },
      }),
    );
    expect(result.room!.catchUpExcluded).toBe(0);
    expect(result.room!.deferralsCounted).toBe(8_000);
    expect(result.room!.afterTaxRoom).toBe(64_000);
    expect(result.room!.excessDeferrals).toBe(0);
    expect(result.warnings.map((w) => w.code)).not.toContain("EXCESS_DEFERRALS");
  });

  it("age 55, $24,500 at a former employer and $10,000 here: other plans still decide EXCESS_DEFERRALS ($2,000 over $32,500)", () => {
    const result = evaluate(
      answersWith({
        person: { ageAtYearEnd: 55 },
        plan: { employerMatch: { kind: "none" } },
        contributions: { employeeDeferrals: 10_000, otherPlansDeferrals: 24_500 },
      }),
    );
    expect(result.room!.excessDeferrals).toBe(2_000);
    expect(result.room!.catchUpExcluded).toBe(0);
    expect(result.room!.afterTaxRoom).toBe(72_000 - 10_000);
    expect(result.warnings.map((w) => w.code)).toContain("EXCESS_DEFERRALS");
  });

  it("$10,000 elsewhere and $24,500 here: $10,000 excess (IRC §402(g)(2))", () => {
    const result = evaluate(answersWith({ contributions: { otherPlansDeferrals: 10_000 } }));
    expect(result.room!.excessDeferrals).toBe(10_000);
    expect(result.warnings.map((w) => w.code)).toContain("EXCESS_DEFERRALS");
    expect(result.warnings.find((w) => w.code === "EXCESS_DEFERRALS")!.message).toContain("April 15");
  });
});

describe("plan cap and after-tax contributed so far (domain §4.6)", () => {
  it("a plan cap of 10% of pay limits the room to $15,000", () => {
    const room = roomFor({ plan: { afterTaxCapPercentOfPay: 10 } });
    expect(room.planCap).toBe(15_000);
    expect(room.planCapApplied).toBe(true);
    expect(room.afterTaxRoom).toBe(15_000);
  });

  it("a plan cap above the room changes nothing", () => {
    const room = roomFor({ plan: { afterTaxCapPercentOfPay: 50 } });
    expect(room.planCapApplied).toBe(false);
    expect(room.afterTaxRoom).toBe(43_000);
  });

  // 44% of a $5,769.23 paycheck is $2,538.46 (rounded to the cent as payroll does); 13 of them
  // come to $32,999.98, within the $33,000 left: the percent is checked on what payroll takes.
  it("$10,000 already contributed after tax leaves $33,000; over 13 remaining paychecks $2,538.46, 44% of pay (13 x $2,538.46 = $32,999.98)", () => {
    const room = roomFor({
      person: { payPeriodsPerYear: 26, payPeriodsRemaining: 13 },
      contributions: { afterTaxYearToDate: 10_000 },
    });
    expect(room.afterTaxRemaining).toBe(33_000);
    expect(room.perPaycheck).toEqual({ periods: 13, amount: 2_538.46, paycheckPay: 5_769.23, percentOfPayWhole: 44 });
  });

  it("$50,000 already contributed is $7,000 over the room: nothing left, and a warning to get it refunded", () => {
    const result = evaluate(answersWith({ contributions: { afterTaxYearToDate: 50_000 } }));
    expect(result.room!.afterTaxRemaining).toBe(0);
    expect(result.room!.afterTaxOverContributed).toBe(7_000);
    expect(result.warnings.find((w) => w.code === "OVERSHOOT_RISK")!.message).toContain("$7,000");
  });

  it("the whole-percent election never exceeds the plan's own percentage cap", () => {
    const room = roomFor({ plan: { afterTaxCapPercentOfPay: 10.5 }, person: { payPeriodsPerYear: 24, payPeriodsRemaining: 6 } });
    expect(room.perPaycheck!.percentOfPayWhole).toBe(10);
  });
});

describe("catch-up is decided by this plan alone; deferrals counted toward §415(c) are at most §402(g) (2026, Notice 2025-67)", () => {
  // Catch-up used here = min(catch-up limit, max(0, deferrals here - 24,500), deferrals here)
  // (IRC §414(v)(3)(A); Treas. Reg. §1.414(v)-1(b)(1)); counted = min(here - catch-up, 24,500)
  // (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D): excess deferrals refunded by April 15 are not annual
  // additions). Match 50% up to 6% of pay $150,000: at most 4,500.
  it.each([
    // age, here, elsewhere, catch-up used, counted, match, room
    [35, 24_500, 0, 0, 24_500, 4_500, 72_000 - 24_500 - 4_500],
    [55, 32_500, 0, 8_000, 24_500, 4_500, 72_000 - 24_500 - 4_500],
    [55, 8_000, 24_500, 0, 8_000, 4_000, 72_000 - 8_000 - 4_000],
    [55, 28_000, 0, 3_500, 24_500, 4_500, 72_000 - 24_500 - 4_500],
    [61, 35_750, 0, 11_250, 24_500, 4_500, 72_000 - 24_500 - 4_500],
    [45, 30_000, 0, 0, 24_500, 4_500, 43_000],
    [45, 20_000, 10_000, 0, 20_000, 4_500, 72_000 - 20_000 - 4_500],
    [55, 40_000, 0, 8_000, 24_500, 4_500, 43_000],
  ])("age %d, $%d here and $%d elsewhere: catch-up $%d, counted $%d, match $%d, room $%d", (age, here, elsewhere, catchUp, counted, match, room) => {
    const result = roomFor({ person: { ageAtYearEnd: age }, contributions: { employeeDeferrals: here, otherPlansDeferrals: elsewhere } });
    expect(result.catchUpExcluded).toBe(catchUp);
    expect(result.deferralsCounted).toBe(counted);
    expect(result.employerMatch).toBe(match);
    expect(result.afterTaxRoom).toBe(room);
  });

  it("age 45, pay $150,000, $30,000 deferred, match 50% up to 6%: room $43,000 and the warning says the room assumes the $5,500 goes back by April 15", () => {
    // 30,000 - 24,500 = 5,500 excess (IRC §402(g)(2)); counted 24,500; match 50% x 9,000 = 4,500;
    // 72,000 - 24,500 - 4,500 = 43,000.
    const result = evaluate(answersWith({ person: { ageAtYearEnd: 45 }, contributions: { employeeDeferrals: 30_000 } }));
    expect(result.room!.afterTaxRoom).toBe(43_000);
    expect(result.room!.excessDeferrals).toBe(5_500);
    const warning = result.warnings.find((w) => w.code === "EXCESS_DEFERRALS")!;
    expect(warning.message).toContain("$5,500");
    expect(warning.message).toContain("April 15");
    expect(warning.message).toContain("assumes the excess is paid back");
    expect(warning.citation).toContain("§1.415(c)-1(b)(2)(ii)(D)");
  });
});

describe("pay over §401(a)(17): elections on capped pay (IRC §401(a)(17); Notice 2025-67: $360,000)", () => {
  it("pay $400,000, 26 paychecks: match on $360,000 (50% of 6% = $10,800), the election is a share of capped pay, and PAY_CAP_STOPS_CONTRIBUTIONS", () => {
    // Room 72,000 - 24,500 - 10,800 = 36,700; per paycheck floor(3,670,000 / 26) = 141,153 cents
    // = $1,411.53; as a share of capped pay: floor(1,411.53 x 26 x 100 / 360,000) = floor(10.19) = 10%.
    // On full pay it would be floor(9.17) = 9%, short of the room if contributions stop at the cap.
    const result = evaluate(answersWith({ person: { compensation: 400_000, payPeriodsPerYear: 26 } }));
    expect(result.room!.employerMatch).toBe(10_800);
    expect(result.room!.afterTaxRoom).toBe(36_700);
    expect(result.room!.perPaycheck).toEqual({ periods: 26, amount: 1_411.53, paycheckPay: 15_384.61, percentOfPayWhole: 10 });
    const warning = result.warnings.find((w) => w.code === "PAY_CAP_STOPS_CONTRIBUTIONS")!;
    expect(warning.message).toContain("$360,000");
    expect(warning.citation).toContain("§401(a)(17)");
  });

  it("pay at the cap exactly raises no PAY_CAP_STOPS_CONTRIBUTIONS", () => {
    const result = evaluate(answersWith({ person: { compensation: 360_000 } }));
    expect(result.warnings.map((w) => w.code)).not.toContain("PAY_CAP_STOPS_CONTRIBUTIONS");
  });
});
