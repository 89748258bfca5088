import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentOfCents, toBasisPoints } from "../money";
import { isoDate } from "../planner/dates";
import type { Draft } from "../wizard/draft";
import { workedExampleDraft } from "../wizard/sample-draft";
import { checklistModel, headlineText } from "./checklist-model";
import { pdfText } from "./pdf-text";
import { resultFor, type ReadyResult } from "./result";
import { estimatedPaychecksLeft } from "./timing";

// The worked example of domain §6: 2026, pay 150,000 bi-weekly (5,769.23 a paycheck), 24,500
// deferred, match 50% up to 6% (4,500): after-tax room 72,000 - 24,500 - 4,500 = 43,000.
const ready = (draft: Draft, today: string): ReadyResult => {
  const result = resultFor(draft, today);
  if (result.kind === "incomplete") throw new Error("incomplete");
  return result;
};
const source = { madeAt: new Date("2026-11-28T12:00:00Z"), timeZone: "UTC" };

/** The paycheck page answered: bi-weekly, whole percentages, no true-up, stub of `lastPaid`. */
function withPlan(lastPaid: string, extra: Draft = {}): Draft {
  const [year, month, day] = lastPaid.split("-").map(Number) as [number, number, number];
  return {
    ...workedExampleDraft,
    planPaychecks: "yes",
    lastPayDay: day,
    lastPayMonth: month,
    lastPayYear: year,
    matchTrueUp: "no",
    electionRounding: "whole",
    ...extra,
  };
}

describe("resultFor the worked example through the year (domain §4 item 8)", () => {
  it("in January, without a pay stub, spreads the $43,000 over the 26 paychecks: 1,653.84, 28% (never 29%)", () => {
    const result = ready(workedExampleDraft, "2026-01-01");
    expect(result.yearKind).toBe("current");
    expect(result.room!.afterTaxRemaining).toBe(43_000_00);
    const headline = result.headline!;
    expect(headline.source).toBe("estimate");
    expect(headline.estimated).toBe(true);
    // 26 x 364 / 365 = 25.93, rounded up to 26.
    expect(headline.paychecksLeft).toBe(26);
    expect(headline.paychecksLeftText).toContain("About 26 paychecks are estimated to be left in 2026");
    // 43,000 / 26 = 1,653.846 -> 1,653.84; 1,653.84 / 5,769.23 = 28.67% -> 28%.
    expect(headline.perPaycheck).toBe(1_653_84);
    expect(headline.election).toBe("28%");
    expect(headline.sentence).toContain("$1,653.84 a paycheck, or 28% of pay");
  });

  it("in July, with the pay stub of July 10: 12 paychecks left, the plan's election is the headline and the checklist step", () => {
    const result = ready(withPlan("2026-07-10"), "2026-07-10");
    const headline = result.headline!;
    expect(headline.source).toBe("plan");
    expect(headline.paychecksLeft).toBe(12);
    expect(headline.paychecksLeftText).toBe("12 paychecks left in 2026 after July 10, 2026.");
    // Deferrals: 24,500 / (12 x 5,769.23) = 35.39% -> 35% (2,019.23). A paycheck keeps
    // 5,769.23 - 7.65% (441.35) = 5,327.88 after payroll taxes, so after-tax is at most
    // 5,327.88 - 2,019.23 = 3,308.65: 57% (3,288.46), as 58% would be 3,346.15.
    expect(result.plan!.elections.deferral.label).toBe("35%");
    expect(headline.election).toBe("57%");
    expect(headline.perPaycheck).toBe(3_288_46);
    const step = result.checklist.find((item) => item.code === "SET_AFTER_TAX_ELECTION")!;
    expect(step.text).toContain(headline.sentence);
    expect(result.checklist.find((item) => item.code === "SET_DEFERRAL_ELECTION")!.text).toBe(
      "Set your pre-tax and Roth election to 35% of pay ($2,019.23 from each regular paycheck).",
    );
  });

  it("in July without a pay stub: about 13 paychecks estimated, 43,000 / 13 = 3,307.69 (57%)", () => {
    // July 11 to December 31 is 174 days: 26 x 174 / 365 = 12.39, rounded up to 13.
    const headline = ready(workedExampleDraft, "2026-07-10").headline!;
    expect(headline.paychecksLeft).toBe(13);
    expect(headline.perPaycheck).toBe(3_307_69);
    expect(headline.election).toBe("57%");
  });

  it("in December, last paid November 20 with the year so far on the stub: 2 paychecks left, the same election everywhere", () => {
    // 24 paychecks paid: 24 x 942.31 = 22,615.44 deferred; the stub says 22,615.38 and 4,153.85 of match.
    const draft = withPlan("2026-11-20", { ytdDeferrals: 22_615_38, ytdMatch: 4_153_85 });
    const result = ready(draft, "2026-11-28");
    const headline = result.headline!;
    expect(headline.paychecksLeft).toBe(2);
    expect(result.plan!.rows.map((row) => row.date)).toEqual(["2026-12-04", "2026-12-18"]);
    // Deferrals left 1,884.62 over 2 paychecks of 5,769.23: 16.33% -> 16% (923.08). After tax:
    // at most 5,327.88 - 923.08 = 4,404.80 -> 76% (4,384.61); 77% would be 4,442.31.
    expect(result.plan!.elections.deferral.label).toBe("16%");
    expect(headline.election).toBe("76%");
    expect(headline.perPaycheck).toBe(4_384_61);
    expect(headline.unused).toBeGreaterThan(0);
    // 5,327.88 a paycheck at most: 2 x (923.08 + 4,384.61) leaves the year short of 72,000.
    expect(headline.unusedText).toMatch(/^\$[\d,.]+ of your room goes unused this year: each paycheck can give at most \$5,327\.88, what is left of it after Social Security and Medicare/);
    const model = checklistModel(result, source);
    expect(model.room!.perPaycheck).toBe(pdfText(headlineText(headline)));
    expect(model.paychecks!.elections[1]).toBe("After-tax election to set now: 76% of pay ($4,384.61 from a regular paycheck)");
  });

  it("in December without a pay stub: about 2 paychecks estimated, more than a paycheck can fund, never an election", () => {
    // December 29 to 31 is 3 days: 26 x 3 / 365 = 0.21, rounded up to 1.
    const late = ready(workedExampleDraft, "2026-12-28").headline!;
    expect(late.paychecksLeft).toBe(1);
    // November 29 to December 31 is 33 days: 26 x 33 / 365 = 2.35, rounded up to 3.
    const headline = ready(workedExampleDraft, "2026-11-28").headline!;
    expect(headline.paychecksLeft).toBe(3);
    expect(headline.estimated).toBe(true);
    // 43,000 / 3 = 14,333.33 against 5,769.23 - 942.31 - 441.35 = 4,385.57 a paycheck can fund.
    expect(headline.perPaycheck).toBeNull();
    expect(headline.sentence).toContain("$14,333.33 a paycheck: more than a paycheck of $5,769.23 can fund");
    expect(headline.sentence).toContain("about $4,385.57 at most");
    // 43,000 - 3 x 4,385.57 = 29,843.29.
    expect(headline.unused).toBe(29_843_29);
  });

  it("for a past year, a look-back and no election to set", () => {
    const result = ready({ ...workedExampleDraft, taxYear: 2025, employeeDeferrals: 23_500_00, afterTaxYearToDate: 50_000_00 }, "2026-11-28");
    expect(result.yearKind).toBe("past");
    expect(result.headline).toBeNull();
    expect(result.plan).toBeNull();
    // 2025: 70,000 - 23,500 - 4,500 = 42,000 of room; 50,000 contributed is 8,000 over.
    expect(result.lookBack!.lines[0]).toBe("2025 has ended: this is a look-back at what counted and what to correct, not an election to make.");
    expect(result.lookBack!.corrections[0]).toMatch(/^Your after-tax contributions went \$8,000 over your room/);
    const codes = result.checklist.map((item) => item.code);
    expect(codes).not.toContain("SET_AFTER_TAX_ELECTION");
    expect(codes).not.toContain("SET_DEFERRAL_ELECTION");
    expect(codes[0]).toBe("CORRECT_1");
  });

  it("for a past year with excess deferrals: the April 15 deadline, and when it has passed", () => {
    const draft = { ...workedExampleDraft, taxYear: 2025 };
    expect(ready(draft, "2026-02-01").lookBack!.corrections[0]).toContain("by April 15, 2026");
    expect(ready(draft, "2026-11-28").lookBack!.corrections[0]).toContain("April 15, 2026 deadline to pay them back has passed");
  });

  it("excess deferrals count toward §415(c) until refunded: after April 15 the look-back counts them", () => {
    // 2025: §402(g) 23,500, §415(c) 70,000; 24,500 deferred, match 4,500 (50% of 6% of 150,000).
    // By April 15, 2026 the 1,000 excess can still be refunded, and once refunded it is no annual
    // addition (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)): 23,500 counts, 70,000 - 23,500 - 4,500 =
    // 42,000 unused. After the deadline it stays: 24,500 counts and 41,000 went unused.
    const draft = { ...workedExampleDraft, taxYear: 2025 };
    const beforeDeadline = ready(draft, "2026-02-01").lookBack!.lines;
    expect(beforeDeadline[1]).toContain("$23,500 of your deferrals, $4,500 of employer money and $0 of after-tax contributions, $28,000 in all.");
    expect(beforeDeadline[2]).toMatch(/^\$42,000 of after-tax room went unused/);
    const afterDeadline = ready(draft, "2026-11-28").lookBack!.lines;
    expect(afterDeadline[1]).toContain("$24,500 of your deferrals, $4,500 of employer money and $0 of after-tax contributions, $29,000 in all.");
    expect(afterDeadline[2]).toMatch(/^Your deferrals to this plan count in full, \$24,500/);
    expect(afterDeadline[3]).toMatch(/^\$41,000 of after-tax room went unused/);
  });

  it("for a year to come, a plan from its first paycheck", () => {
    const result = ready(workedExampleDraft, "2025-12-10");
    expect(result.yearKind).toBe("future");
    const headline = result.headline!;
    expect(headline.paychecksLeft).toBe(26);
    expect(headline.estimated).toBe(false);
    expect(headline.sentence).toMatch(/^From your first paycheck of 2026, set your after-tax election to \$1,653.84 a paycheck/);
  });

  it("needs information: the questions lead and the room reads 'if your plan allows it'", () => {
    const result = ready({ ...workedExampleDraft, afterTaxContributions: "unsure", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" }, "2026-03-04");
    expect(result.status).toBe("needs_info");
    expect(result.questionsFirst).toBe(true);
    expect(result.room!.title).toBe("Your after-tax room for 2026, if your plan allows it");
    const model = checklistModel(result, source);
    expect(model.hrSheet!.questions.map((question) => question.question)).toEqual(result.questions.map((question) => pdfText(question.question)));
    expect(model.hrSheet!.questions[0]!.phrases).toMatch(/^Phrases to look for in the Summary Plan Description: “after-tax contributions”/);
  });
});

describe("estimatedPaychecksLeft", () => {
  it.each([
    [26, "2026-01-01", 26],
    [26, "2026-12-31", 0],
    // July 1 to December 31 is 184 days: 12 x 184 / 365 = 6.05, rounded up: one paycheck too
    // many spreads the room thinner, never past the limit.
    [12, "2026-06-30", 7],
    // 52 x 33 / 365 = 4.70.
    [52, "2026-11-28", 5],
  ])("%i a year, on %s: %i", (periods, today, left) => {
    expect(estimatedPaychecksLeft(periods, today)).toBe(left);
  });
});

// Random valid drafts: pay, schedule, stub date, year so far, take-home, floor and plan cap.
const draftArb = fc
  .record({
    pay: fc.integer({ min: 40_000, max: 400_000 }),
    periods: fc.constantFrom(52, 26, 24, 12),
    deferrals: fc.integer({ min: 0, max: 24_500 }),
    stubDay: fc.integer({ min: 0, max: 360 }),
    daysAfterStub: fc.integer({ min: 0, max: 4 }),
    ytdShare: fc.integer({ min: 0, max: 100 }),
    rounding: fc.constantFrom("whole", "half", "tenth", "dollars" as const),
    trueUp: fc.constantFrom("yes", "no", "unsure" as const),
    takeHomeShare: fc.option(fc.integer({ min: 30, max: 90 }), { nil: undefined }),
    floorShare: fc.integer({ min: 0, max: 100 }),
    cap: fc.option(fc.integer({ min: 5, max: 100 }), { nil: undefined }),
    unsure: fc.boolean(),
    bonus: fc.option(fc.record({ share: fc.integer({ min: 1, max: 30 }), month: fc.integer({ min: 1, max: 12 }) }), { nil: undefined }),
  })
  .map((drawn) => {
    const stub = new Date(Date.UTC(2026, 0, 1 + drawn.stubDay));
    const today = new Date(Date.UTC(2026, 0, 1 + Math.min(364, drawn.stubDay + drawn.daysAfterStub))).toISOString().slice(0, 10);
    const regular = Math.floor((drawn.pay * 100) / drawn.periods);
    const takeHome = drawn.takeHomeShare === undefined ? undefined : Math.floor((regular * drawn.takeHomeShare) / 100);
    const draft: Draft = {
      ...workedExampleDraft,
      ...(drawn.unsure ? { inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } : {}),
      compensation: drawn.pay * 100,
      payPeriodsPerYear: drawn.periods,
      employeeDeferrals: drawn.deferrals * 100,
      planPaychecks: "yes",
      lastPayDay: stub.getUTCDate(),
      lastPayMonth: stub.getUTCMonth() + 1,
      lastPayYear: 2026,
      semiMonthlyFirstDay: 15,
      semiMonthlySecondDay: 31,
      monthlyPayDay: 28,
      ytdDeferrals: Math.floor((drawn.deferrals * 100 * drawn.ytdShare * drawn.stubDay) / 100 / 365),
      matchTrueUp: drawn.trueUp,
      electionRounding: drawn.rounding,
      ...(takeHome === undefined ? {} : { takeHomePay: takeHome, takeHomeFloor: Math.floor((takeHome * drawn.floorShare) / 100) }),
      ...(drawn.cap === undefined ? {} : { contributionCapPercent: drawn.cap }),
      ...(drawn.bonus ? { bonusAmount: Math.floor((drawn.pay * drawn.bonus.share) / 100) * 100, bonusMonth: drawn.bonus.month } : {}),
    };
    return { draft, today };
  });

describe("properties of resultFor over random answers", () => {
  it("no paycheck of any plan leaves less than the take-home floor or gives more than the plan's per-paycheck cap", () => {
    fc.assert(
      fc.property(draftArb, ({ draft, today }) => {
        const result = ready(draft, today);
        const plan = result.plan;
        if (!plan) return;
        const regularPay = plan.schedule.regularPay;
        for (const rows of [plan.rows, plan.frontLoad?.rows ?? []]) {
          for (const row of rows) {
            const taken = row.deferral + row.afterTax;
            if (draft.contributionCapPercent !== undefined) {
              expect(taken).toBeLessThanOrEqual(percentOfCents(row.pay, toBasisPoints(draft.contributionCapPercent)));
            }
            if (draft.takeHomePay !== undefined && row.kind === "regular" && row.pay === regularPay) {
              // Take-home on this paycheck: the stub's take-home, with this plan's contributions in place of none.
              expect(draft.takeHomePay - taken).toBeGreaterThanOrEqual(Math.min(draft.takeHomeFloor ?? 0, draft.takeHomePay));
            }
            expect(taken).toBeLessThanOrEqual(row.pay);
            // A bonus check gives at most its pay at the stub's net-to-gross share.
            if (row.kind === "bonus" && draft.takeHomePay !== undefined) {
              expect(taken * regularPay).toBeLessThanOrEqual((draft.takeHomePay + (draft.contributionsOnStub ?? 0)) * row.pay + regularPay);
            }
          }
        }
        // The election a person is told to set never asks for more than a paycheck can fund.
        if (plan.ceiling && plan.rows.length > 0) {
          expect(plan.elections.deferral.perPaycheck + plan.elections.afterTax.perPaycheck).toBeLessThanOrEqual(plan.ceiling.perRegularPaycheck);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("the PDF prints the page's figures: the headline, the room, every checklist step and the plan's elections", () => {
    fc.assert(
      fc.property(draftArb, fc.boolean(), ({ draft, today }, skipped) => {
        const result = ready(skipped ? { ...draft, planPaychecks: "later" } : draft, today);
        const model = checklistModel(result, source);
        expect(model.verdict).toBe(pdfText(result.verdict));
        expect(model.room?.perPaycheck ?? null).toBe(result.headline ? pdfText(headlineText(result.headline)) : null);
        expect(model.room?.rows.map((row) => row.label)).toEqual(result.room?.rows.map((row) => pdfText(row.label)));
        expect(model.checklist.map((item) => item.text)).toEqual(result.checklist.map((item) => pdfText(item.text)));
        expect(model.questions.map((question) => question.question)).toEqual(result.questions.map((question) => pdfText(question.question)));
        if (result.plan && result.plan.rows.length > 0 && result.headline) {
          expect(model.paychecks!.elections[1]).toContain(result.plan.elections.afterTax.label);
          expect(result.headline.election).toBe(result.plan.elections.afterTax.label);
        }
      }),
      { numRuns: 150 },
    );
  });
});

// A stub is dated in the year being checked: keep the generator honest about it.
it("the random drafts are dated in 2026", () => {
  fc.assert(fc.property(draftArb, ({ draft, today }) => isoDate(draft.lastPayYear!, draft.lastPayMonth!, draft.lastPayDay!) <= today));
});
