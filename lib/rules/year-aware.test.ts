// Advice that follows the year (domain §4 item 4 and item 8, §5): excess deferrals left in a plan
// after April 15 count in full; a closed year is a look-back spoken of in the past.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checklistModel } from "../result/checklist-model";
import { resultForAnswers, roomRowValue } from "../result/result";
import { evaluate } from "./evaluate";
import { answersWith, type AnswersChanges } from "./sample-answers";
import { yearTiming } from "./year";

describe("the year as of a date", () => {
  it.each([
    // taxYear, asOf, closed, April 15 passed
    [2025, "2025-12-31", false, false],
    [2025, "2026-01-01", true, false],
    [2025, "2026-04-15", true, false],
    [2025, "2026-04-16", true, true],
    [2026, "2025-12-10", false, false],
    [2026, null, false, false],
  ] as const)("%i as of %s: closed %s, refund deadline passed %s", (year, asOf, closed, passed) => {
    expect(yearTiming(year, asOf)).toMatchObject({ closed, refundDeadlinePassed: passed });
  });
});

describe("excess deferrals in one plan, not refunded by April 15, count in full (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D); IRC §402(g)(2))", () => {
  // 2025: §402(g) 23,500 (Notice 2024-80), §415(c) 70,000; pay 150,000, match 50% of 6% = 4,500.
  const over = answersWith({ taxYear: 2025, contributions: { employeeDeferrals: 25_000 } });
  it.each([
    ["2025-07-01", "open year: the excess can still be refunded", 23_500, 42_000],
    ["2026-03-01", "closed, before April 15, 2026", 23_500, 42_000],
    ["2026-04-15", "closed, on April 15, 2026", 23_500, 42_000],
    ["2026-04-16", "closed, after April 15, 2026: 1,500 over counts", 25_000, 40_500],
  ])("as of %s (%s): counted %d, room %d", (asOf, _why, counted, room) => {
    const result = evaluate(over, asOf);
    expect(result.room!.deferralsCounted).toBe(counted);
    expect(result.room!.afterTaxRoom).toBe(room);
  });

  it("the excess made in another employer's plan is not this plan's: 23,500 here still counts 23,500", () => {
    const elsewhere = answersWith({ taxYear: 2025, contributions: { employeeDeferrals: 23_500, otherPlansDeferrals: 1_500 } });
    expect(evaluate(elsewhere, "2026-11-28").room!.deferralsCounted).toBe(23_500);
    expect(evaluate(elsewhere, "2026-11-28").room!.afterTaxRoom).toBe(42_000);
  });

  it("the room table, the look-back, the page and the PDF show the same $25,000 and $40,500", () => {
    const result = resultForAnswers(over, "2026-11-28");
    const deferrals = result.room!.rows.find((row) => row.code === "DEFERRALS_COUNTED")!;
    expect(deferrals.cents).toBe(25_000_00);
    expect(roomRowValue(deferrals)).toBe("− $25,000");
    expect(result.room!.afterTaxRemaining).toBe(40_500_00);
    const lines = result.lookBack!.lines.join(" ");
    expect(lines).toContain("$25,000 of your deferrals, $4,500 of employer money and $0 of after-tax contributions, $29,500 in all.");
    expect(lines).toContain("$40,500 of after-tax room went unused");
    const pdf = checklistModel(result, { madeAt: new Date("2026-11-28T12:00:00Z") });
    expect(pdf.lookBack!.join(" ")).toContain("$40,500 of after-tax room went unused");
    expect(evaluate(over, "2026-11-28").reasons.map((r) => r.code)).toContain("EXCESS_DEFERRALS_COUNTED");
  });
});

const excessMessage = (changes: AnswersChanges, asOf: string) =>
  evaluate(answersWith(changes), asOf).warnings.find((w) => w.code === "EXCESS_DEFERRALS")!.message;

describe("EXCESS_DEFERRALS by the year's timing (IRC §402(g)(2), §402(g)(6), §401(a)(30); Treas. Reg. §1.402(g)-1(e)(2))", () => {
  const inThisPlan = { taxYear: 2025, contributions: { employeeDeferrals: 25_000 } };
  const acrossPlans = { taxYear: 2025, contributions: { employeeDeferrals: 23_500, otherPlansDeferrals: 1_500 } };
  it.each([
    ["open, across plans: the notice deadline, then April 15", acrossPlans, "2025-07-01", ["Lower your election now", "notice deadline (often March 1 of 2026)", "by April 15, 2026", "IRC §402(g)(6)", "code 8", "P"], ["§401(a)(30)"]],
    ["open, all in this plan: the plan corrects it", inThisPlan, "2025-07-01", ["Lower your election now", "IRC §401(a)(30)", "by April 15, 2026"], ["notice deadline"]],
    ["closed, before April 15: ask by April 15", acrossPlans, "2026-02-01", ["by April 15, 2026", "often March 1", "IRC §402(g)(6)"], ["Lower your election", "this year"]],
    ["closed, after April 15, in this plan: taxed twice, the plan corrects", inThisPlan, "2026-11-28", ["deadline to pay back the excess has passed", "taxed in 2025 and again when it is paid out (IRC §402(g)(6))", "IRC §401(a)(30)", "EPCRS", "count it in full"], ["Lower your election", "this year", "assumes"]],
    ["closed, after April 15, across plans: taxed twice", acrossPlans, "2026-11-28", ["deadline to pay back the excess has passed", "IRC §402(g)(6)"], ["§401(a)(30)", "this year"]],
  ] as const)("%s", (_case, changes, asOf, contains, excludes) => {
    const message = excessMessage(changes, asOf);
    for (const text of contains) expect(message).toContain(text);
    for (const text of excludes) expect(message).not.toContain(text);
  });
});

// Phrases that only make sense while contributions can still go in (domain §4 item 8).
const OPEN_YEAR_ONLY = [/this year/i, /\bset\b/i, /round your (per-paycheck )?election/i, /hold back/i, /raise your deferrals/i, /watch your last paychecks/i];

/** Every sentence a closed-year result shows: page, PDF and API share these. */
function closedYearTexts(changes: AnswersChanges, asOf: string): string[] {
  const answers = answersWith(changes);
  const evaluation = evaluate(answers, asOf);
  const result = resultForAnswers(answers, asOf);
  return [
    ...evaluation.reasons.map((r) => r.message),
    ...evaluation.warnings.map((w) => w.message),
    ...evaluation.checklist.map((item) => item.text),
    ...evaluation.questionsForPlan.map((q) => q.question),
    result.verdict,
    result.route ?? "",
    ...(result.lookBack ? [...result.lookBack.lines, ...result.lookBack.corrections] : []),
    ...result.checklist.map((item) => item.text),
    ...result.savingOrder.steps.flatMap((step) => step.lines),
    result.room?.title ?? "",
    result.room?.remainingLabel ?? "",
    result.headline?.sentence ?? "",
    result.projection?.headline ?? "",
  ];
}

const yesNoUnsure = fc.constantFrom("yes" as const, "no" as const, "unsure" as const);
const closedYearArb = fc.record({
  taxYear: fc.constantFrom(2025, 2026),
  daysIntoNextYear: fc.integer({ min: 0, max: 364 }),
  plan: fc.record({
    afterTaxContributions: yesNoUnsure,
    inPlanRothConversion: yesNoUnsure,
    inServiceWithdrawal: yesNoUnsure,
    automaticConversion: fc.option(yesNoUnsure, { nil: undefined }),
    separateAfterTaxAccounting: fc.option(yesNoUnsure, { nil: undefined }),
    rothDeferralOption: fc.option(yesNoUnsure, { nil: undefined }),
    lateEmployerMoney: fc.option(yesNoUnsure, { nil: undefined }),
    calendarPlanYear: fc.option(yesNoUnsure, { nil: undefined }),
    matchesAfterTax: fc.option(fc.boolean(), { nil: undefined }),
  }),
  person: fc.record({
    ageAtYearEnd: fc.integer({ min: 25, max: 70 }),
    compensation: fc.integer({ min: 40_000, max: 500_000 }),
    priorYearCompensation: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
    priorYearFicaWages: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
    fivePercentOwner: fc.option(fc.boolean(), { nil: undefined }),
    ownBusiness: fc.option(fc.boolean(), { nil: undefined }),
    payPeriodsPerYear: fc.constantFrom(12, 24, 26, 52),
  }),
  deferrals: fc.integer({ min: 0, max: 40_000 }),
  otherPlans: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
  afterTaxYearToDate: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
  balance: fc.option(fc.record({ balance: fc.integer({ min: 0, max: 100_000 }), share: fc.integer({ min: 0, max: 100 }) }), { nil: undefined }),
});

describe("a closed year never speaks as if money could still go in (domain §4 item 8)", () => {
  it("over 300 closed-year answer sets: no 'this year', 'set', 'round your election', 'hold back', 'raise your deferrals', 'watch your last paychecks'", () => {
    fc.assert(
      fc.property(closedYearArb, (draw) => {
        const asOf = new Date(Date.UTC(draw.taxYear + 1, 0, 1 + draw.daysIntoNextYear)).toISOString().slice(0, 10);
        const changes: AnswersChanges = {
          taxYear: draw.taxYear,
          plan: draw.plan,
          person: draw.person,
          contributions: {
            employeeDeferrals: Math.min(draw.deferrals, draw.person.compensation),
            otherPlansDeferrals: draw.otherPlans,
            afterTaxYearToDate: draw.afterTaxYearToDate,
            afterTaxBalance: draw.balance?.balance,
            afterTaxEarnings: draw.balance ? Math.floor((draw.balance.balance * draw.balance.share) / 100) : undefined,
          },
        };
        for (const text of closedYearTexts(changes, asOf)) {
          for (const phrase of OPEN_YEAR_ONLY) expect(text, `"${text}" as of ${asOf}`).not.toMatch(phrase);
        }
      }),
      { numRuns: 300 },
    );
    // 300 full results take about 2 s alone; a loaded CI machine needs more than the default 5 s.
  }, 60_000);

  it("the phrases are live: the same answers read in their open year do say them", () => {
    const texts = closedYearTexts({ taxYear: 2025, plan: { lateEmployerMoney: "yes" } }, "2025-06-01").join(" ");
    for (const phrase of [/this year/i, /\bset\b/i, /round your per-paycheck election/i, /watch your last paychecks/i]) expect(texts).toMatch(phrase);
  });

  it("the closed year's checklist has no election to make and no paycheck to watch; the open year's has them", () => {
    const closed = evaluate(answersWith({ taxYear: 2025 }), "2026-06-01").checklist.map((item) => item.code);
    for (const code of ["SET_DEFERRAL_ELECTION", "SET_AFTER_TAX_ELECTION", "WATCH_LAST_PAYCHECKS", "TURN_ON_AUTOMATIC_CONVERSION"]) {
      expect(closed).not.toContain(code);
    }
    const open = evaluate(answersWith({ taxYear: 2025 }), "2025-06-01").checklist.map((item) => item.code);
    expect(open).toEqual(expect.arrayContaining(["SET_DEFERRAL_ELECTION", "SET_AFTER_TAX_ELECTION", "WATCH_LAST_PAYCHECKS"]));
  });

  it("a closed year says room left unused doesn't carry over, in the reasons and the order of saving", () => {
    const result = resultForAnswers(answersWith({ taxYear: 2025 }), "2026-06-01");
    expect(result.reasons.find((r) => r.code === "YEAR_CLOSED")!.message).toContain("doesn't carry over");
    // 24,500 deferred is 1,000 over 2025's 23,500 and April 15, 2026 has passed: it all counts,
    // 70,000 − 24,500 − 4,500 = 41,000 went unused.
    expect(result.savingOrder.steps.find((s) => s.code === "AFTER_TAX")!.lines.join(" ")).toBe(
      "$41,000 of after-tax room went unused in 2025: it doesn't carry over.",
    );
    expect(result.projection).toBeNull();
  });
});
