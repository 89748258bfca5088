// The cases where the page, the PDF and the API once disagreed, each with its hand-checked
// figure: one election function decides every per-paycheck figure (domain §4 items 7-9).
import { describe, expect, it } from "vitest";
import { evaluate } from "../rules/evaluate";
import type { Draft } from "../wizard/draft";
import { toAnswers } from "../wizard/journey";
import { workedExampleDraft } from "../wizard/sample-draft";
import { checklistModel, headlineText } from "./checklist-model";
import { pdfText } from "./pdf-text";
import { resultFor, type ReadyResult } from "./result";

const ready = (draft: Draft, today: string): ReadyResult => {
  const result = resultFor(draft, today);
  if (result.kind === "incomplete") throw new Error("incomplete");
  return result;
};
const source = { madeAt: new Date("2026-03-02T12:00:00Z"), timeZone: "UTC" };
/** Every sentence the person reads, in one string. */
const everything = (result: ReadyResult) =>
  [
    result.verdict,
    result.headline ? headlineText(result.headline) : "",
    result.matchTiming ?? "",
    ...result.warnings.map((warning) => warning.message),
    ...(result.plan?.warnings.map((warning) => warning.message) ?? []),
    ...result.checklist.map((item) => item.text),
  ].join(" ");

describe("pay over the §401(a)(17) limit: percent elections on capped pay everywhere (IRC §401(a)(17))", () => {
  // 2026: pay 400,000, 26 paychecks, 24,500 deferred, match 50% up to 6% of pay capped at
  // 360,000 = 10,800. Room 72,000 - 24,500 - 10,800 = 36,700; over 26 paychecks 1,411.53.
  // A paycheck's share of capped pay is 360,000 / 26 = 13,846.15: 10% is 1,384.62 (x 26 =
  // 36,000.12, within 36,700), 11% is 1,523.08 (x 26 = 39,600.08, over). On uncapped pay
  // (15,384.61 a paycheck) the same 1,411.53 read as 9%: the figure the page once showed.
  const draft = { ...workedExampleDraft, compensation: 400_000_00 };

  it("the headline, the PDF and the API all say 10% ($1,411.53 a paycheck), never 9%", () => {
    const result = ready(draft, "2026-01-01");
    expect(result.room!.afterTaxRoom).toBe(36_700_00);
    expect(result.headline!.percentBasisPoints).toBe(10_00);
    expect(result.headline!.perPaycheck).toBe(1_411_53);
    expect(result.headline!.sentence).toContain("$1,411.53 a paycheck, or 10% of pay");
    expect(result.headline!.sentence).toContain("your pay up to the $360,000 compensation limit, $13,846.15 a paycheck: 10% is $1,384.62 a paycheck");
    const api = evaluate(toAnswers(draft)!).room!.perPaycheck!;
    expect(api).toEqual({ periods: 26, amount: 1_411.53, paycheckPay: 15_384.61, percentOfPayWhole: 10 });
    expect(checklistModel(result, source).room!.perPaycheck).toContain("or 10% of pay");
  });

  it("late in the year, says contributions may already have stopped, in the headline, the warning and the PDF", () => {
    // December 10: about 2 paychecks left (26 x 21 / 365 = 1.5, rounded up), so 24 paid:
    // 24 x 15,384.61 = 369,230.64, past the 360,000 limit.
    const result = ready(draft, "2026-12-10");
    expect(result.headline!.paychecksLeft).toBe(2);
    const note = result.headline!.payCapNote!;
    expect(note).toContain("about $369,231, has likely reached the $360,000 compensation limit");
    expect(note).toContain("your contributions may already have stopped");
    expect(result.warnings.find((warning) => warning.code === "PAY_CAP_STOPS_CONTRIBUTIONS")!.message).toContain(note);
    const model = checklistModel(result, source);
    expect(model.room!.perPaycheck).toContain(pdfText(note));
  });

  it("in March, no such note: the pay so far is far from the limit", () => {
    expect(ready(draft, "2026-03-02").headline!.payCapNote).toBeNull();
  });
});

describe("a plan's after-tax cap of 10% of pay is per paycheck (domain §4 item 7)", () => {
  // Checked March 2, 2026: about 22 paychecks left (26 x 304 / 365 = 21.65, rounded up). The
  // year's cap is 15,000 (10% of 150,000) but each paycheck gives at most 10% of 5,769.23 =
  // 576.92: 22 x 576.92 = 12,692.24 can still go in, and 15,000 - 12,692.24 = 2,307.76 can't.
  const draft: Draft = { ...workedExampleDraft, hasAfterTaxCap: "yes", afterTaxCapPercentOfPay: 10 };

  it("sets 10% ($576.92), never 11%, and shows what can't go in as such", () => {
    const result = ready(draft, "2026-03-02");
    expect(result.room!.afterTaxRoom).toBe(15_000_00);
    expect(result.headline!.paychecksLeft).toBe(22);
    expect(result.headline!.percentBasisPoints).toBe(10_00);
    expect(result.headline!.perPaycheck).toBe(576_92);
    expect(result.room!.leftToContribute).toBe(12_692_24);
    expect(result.room!.unreachable).toBe(2_307_76);
    expect(result.room!.rows.map((row) => [row.code, row.cents])).toEqual(
      expect.arrayContaining([
        ["LEFT_UNDER_LIMITS", 15_000_00],
        ["CANNOT_GO_IN", 2_307_76],
        ["LEFT_TO_CONTRIBUTE", 12_692_24],
      ]),
    );
    expect(everything(result)).not.toMatch(/\b11% of pay/);
    const model = checklistModel(result, source);
    expect(model.room!.leftToContribute).toBe("$12,692.24");
    expect(model.room!.perPaycheck).toContain("$576.92 a paycheck, or 10% of pay");
    expect(result.projection!.amount).toBe(12_692_24);
  });

  it("the API's election is the same 10%", () => {
    const answers = toAnswers(draft)!;
    const api = evaluate({ ...answers, person: { ...answers.person, payPeriodsRemaining: 22 } }).room!.perPaycheck!;
    expect(api.percentOfPayWhole).toBe(10);
    expect(api.amount).toBe(576.92);
  });
});

describe("late in the year, left to contribute is what the paychecks left can fund", () => {
  // Last paid November 20, 2026, checked November 28: 2 paychecks left (December 4 and 18).
  // Deferrals are done (24,500 so far). Take-home 4,200 with a 3,400 floor: 800 a paycheck at
  // most, 1,600 in all, where 43,000 is left under the limits: 41,400 can't go in.
  const draft: Draft = {
    ...workedExampleDraft,
    planPaychecks: "yes",
    lastPayDay: 20,
    lastPayMonth: 11,
    lastPayYear: 2026,
    matchTrueUp: "no",
    electionRounding: "dollars",
    ytdDeferrals: 24_500_00,
    ytdMatch: 4_153_85,
    takeHomePay: 4_200_00,
    takeHomeFloor: 3_400_00,
  };

  it("shows $1,600 left to contribute, projects $1,600, and $41,400 as unreachable, not $43,000", () => {
    const result = ready(draft, "2026-11-28");
    expect(result.headline!.perPaycheck).toBe(800_00);
    expect(result.room!.afterTaxRemaining).toBe(43_000_00);
    expect(result.room!.leftToContribute).toBe(1_600_00);
    expect(result.room!.unreachable).toBe(41_400_00);
    expect(result.headline!.unused).toBe(41_400_00);
    expect(result.headline!.unusedText).toMatch(/^\$41,400 of your room goes unused this year/);
    expect(result.projection!.amount).toBe(1_600_00);
    expect(result.projection!.headline).toContain("$1,600 of after-tax contributions for 2026");
    expect(checklistModel(result, source).room!.leftToContribute).toBe("$1,600");
  });
});

describe("nothing states what the person did not say", () => {
  it("a 'not sure' true-up is never written as 'no true-up': the plan says what it assumes and that it is the safe side", () => {
    // Stub of January 9, 2026: front-loading 50% of each paycheck finishes deferrals early and,
    // matched paycheck by paycheck, loses match: the warning about it is written.
    const result = ready(
      { ...workedExampleDraft, planPaychecks: "yes", lastPayDay: 9, lastPayMonth: 1, lastPayYear: 2026, matchTrueUp: "unsure", electionRounding: "whole" },
      "2026-01-09",
    );
    const codes = result.plan!.warnings.map((warning) => warning.code);
    expect(codes).toContain("FRONT_LOADING_LOSES_MATCH");
    const text = everything(result);
    expect(text).not.toMatch(/no true-up/);
    expect(text).toContain("the safe side");
  });

  it("a match paid paycheck by paycheck never shows more than the yearly formula's $4,500.00", () => {
    // 50% of 6% of 5,769.23 is 173.0769, paid as 173.08: 26 of them would be 4,500.08, but the
    // formula gives at most 50% x 6% x 150,000 = 4,500.00 for the year.
    const result = ready(
      { ...workedExampleDraft, taxYear: 2026, planPaychecks: "yes", lastPayDay: 26, lastPayMonth: 12, lastPayYear: 2025, matchTrueUp: "no", electionRounding: "whole" },
      "2025-12-26",
    );
    expect(result.plan!.totals.match).toBeLessThanOrEqual(4_500_00);
    expect(result.plan!.matchTiming.onTrack).toBeLessThanOrEqual(4_500_00);
    expect(everything(result)).not.toMatch(/\$4,500\.0[1-9]/);
  });
});

describe("the PDF prints the result's verdict sentence", () => {
  it("with after-tax contributions already over the room, the PDF says there is no room left, as the page does", () => {
    // 50,000 contributed after tax against 43,000 of room.
    const result = ready({ ...workedExampleDraft, afterTaxYearToDate: 50_000_00 }, "2026-03-02");
    expect(result.verdict).toBe(
      "Yes, based on your answers: your plan lets you do a mega backdoor Roth, but you have no after-tax room left in 2026.",
    );
    expect(checklistModel(result, source).verdict).toBe(pdfText(result.verdict));
  });
});
