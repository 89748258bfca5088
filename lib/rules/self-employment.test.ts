// A solo 401(k)'s compensation is earned income (IRC §401(c)(2)): net earnings from
// self-employment (92.35% of the profit, §1402(a)(12)) less half the SE tax (§164(f)) and the
// plan's deductible employer contributions (§404(a)(8)(D)), never the Schedule C profit itself.
import { describe, expect, it } from "vitest";
import { parseFields } from "../wizard/fields";
import { formValuesFor, toAnswers, withAnswers } from "../wizard/journey";
import { stepBySlug } from "../wizard/steps";
import { workedExampleDraft } from "../wizard/sample-draft";
import { evaluate } from "./evaluate";
import { answersWith } from "./sample-answers";
import { earnedIncome, selfEmploymentIncome } from "./self-employment";

const WAGE_BASE_2026 = 184_500_00;

describe("SE tax and earned income before contributions (IRC §1401(a), §1401(b)(1), §1402(a)(12), §164(f))", () => {
  it.each([
    // profit, net earnings, SE tax, half, earned income before contributions (cents)
    // 60,000 × 92.35% = 55,410.00; × 15.3% = 8,477.73; half 4,238.865 → 4,238.87; 60,000 − 4,238.87 = 55,761.13.
    [60_000_00, 55_410_00, 8_477_73, 4_238_87, 55_761_13],
    // 250,000 × 92.35% = 230,875.00; 12.4% of the 184,500 wage base = 22,878.00; 2.9% × 230,875 =
    // 6,695.375 → 6,695.38; SE tax 29,573.38; half 14,786.69; 250,000 − 14,786.69 = 235,213.31.
    [250_000_00, 230_875_00, 29_573_38, 14_786_69, 235_213_31],
    // 400 × 92.35% = 369.40, under the $400 floor of §1402(b)(2): no SE tax.
    [400_00, 369_40, 0, 0, 400_00],
    [0, 0, 0, 0, 0],
  ])("net profit %i cents: net earnings %i, SE tax %i, half %i, earned income %i", (profit, netEarnings, tax, half, earned) => {
    expect(selfEmploymentIncome(profit, WAGE_BASE_2026)).toEqual({
      netProfit: profit,
      netEarnings,
      selfEmploymentTax: tax,
      halfSelfEmploymentTax: half,
      earnedIncomeBeforeContributions: earned,
    });
  });
});

describe("the fixed point with deductible employer contributions (IRC §404(a)(8)(D))", () => {
  it("a 25% profit share: c + 25% of c ≤ 55,761.13 gives c = 44,608.90 (20% of the income goes to the plan)", () => {
    // 44,608.90 + 11,152.23 (25% of 44,608.90 = 11,152.225, rounded half up) = 55,761.13 exactly;
    // one cent more (44,608.91 + 11,152.23 = 55,761.14) no longer fits.
    const quarter = (compensation: number) => Math.floor((compensation * 2_500 + 5_000) / 10_000);
    expect(earnedIncome(55_761_13, quarter)).toBe(44_608_90);
    expect(earnedIncome(55_761_13, () => 0)).toBe(55_761_13);
  });
});

describe("the room for a self-employed person (domain §4 item 10)", () => {
  const solo = (changes: Parameters<typeof answersWith>[0] = {}) =>
    answersWith({
      ...changes,
      plan: { employerMatch: { kind: "none" }, ...changes.plan },
      person: { compensation: 60_000, ownBusiness: true, ...changes.person },
    });

  it.each([
    // Schedule C profit 60,000, 24,500 deferred, no employer money: limit 55,761.13, room 31,261.13.
    [{}, 55_761.13, 0, 31_261.13],
    // With a 25% profit share: compensation 44,608.90, nonelective 11,152.23,
    // room 44,608.90 − 24,500 − 11,152.23 = 8,956.67.
    [{ plan: { nonelective: { percentOfPay: 25 } } }, 44_608.9, 11_152.23, 8_956.67],
    // Profit 250,000: earned income 235,213.31, over 72,000: room 72,000 − 24,500 = 47,500.
    [{ person: { compensation: 250_000 } }, 72_000, 0, 47_500],
  ] as const)("%j: §415(c) limit %d, employer money %d, room %d", (changes, limit, employer, room) => {
    const result = evaluate(solo(changes as Parameters<typeof answersWith>[0]));
    expect(result.room!.annualAdditionsLimit).toBe(limit);
    expect(result.room!.employerContributions).toBe(employer);
    expect(result.room!.afterTaxRoom).toBe(room);
  });

  it("says the profit is not pay, with the figures", () => {
    const reason = evaluate(solo()).reasons.find((r) => r.code === "EARNED_INCOME_SELF_EMPLOYED")!;
    expect(reason.message).toContain("not the $60,000.00 profit: the profit less $4,238.87, half the self-employment tax (IRC §164(f)), is $55,761.13");
    expect(reason.citation).toContain("IRC §401(c)(2)");
  });

  it("the same $60,000 as an employee's W-2 pay gives a $60,000 limit and $35,500 of room", () => {
    const employee = evaluate(solo({ person: { ownBusiness: false } }));
    expect(employee.room!.annualAdditionsLimit).toBe(60_000);
    expect(employee.room!.afterTaxRoom).toBe(35_500);
    expect(employee.reasons.map((r) => r.code)).not.toContain("EARNED_INCOME_SELF_EMPLOYED");
  });

  it("a match on after-tax money: refuses clearly, with no room, rather than guess", () => {
    const result = evaluate(
      solo({ plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] }, matchesAfterTax: true } }),
    );
    expect(result.room).toBeNull();
    expect(result.reasons.find((r) => r.code === "SELF_EMPLOYED_NOT_WORKED_OUT")!.message).toContain("not the $60,000.00 profit");
    expect(result.checklist.find((item) => item.code === "SET_AFTER_TAX_ELECTION")!.text).toContain("earned income");
  });

  it("the pay page asks it, and a yes is saved with the pay as the net profit", () => {
    const step = stepBySlug("your-pay")!;
    const context = { currentYear: 2026 };
    const field = step.fields(workedExampleDraft, context).find((candidate) => candidate.name === "ownBusiness")!;
    expect(field.label).toBe("Does this pay come from your own business? (optional)");
    expect(field.hint).toContain("Schedule C line 31");
    const values = { ...formValuesFor(step, workedExampleDraft, context), ownBusiness: "yes", compensation: "60,000" };
    const parsed = parseFields(step.fields(workedExampleDraft, context), values);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const saved = withAnswers(step, workedExampleDraft, parsed.data);
    expect(saved.ownBusiness).toBe("yes");
    expect(toAnswers(saved)!.person).toMatchObject({ ownBusiness: true, compensation: 60_000 });
    // Left blank, it stays unanswered and pay is W-2 pay.
    const blank = parseFields(step.fields(workedExampleDraft, context), { ...values, ownBusiness: "" });
    if (!blank.ok) throw new Error(JSON.stringify(blank.errors));
    expect(withAnswers(step, workedExampleDraft, blank.data).ownBusiness).toBeUndefined();
  });

  it("the wizard's answer reaches the rules: own business yes → ownBusiness true; not asked → left out", () => {
    expect(toAnswers({ ...workedExampleDraft, ownBusiness: "yes" })!.person.ownBusiness).toBe(true);
    expect(toAnswers({ ...workedExampleDraft, ownBusiness: "no" })!.person.ownBusiness).toBe(false);
    expect(toAnswers(workedExampleDraft)!.person).not.toHaveProperty("ownBusiness");
  });
});
