import { describe, expect, it } from "vitest";
import type { Draft } from "./draft";
import { IRS_FIGURES_STEP, irsFiguresProblems, stubFromAnotherYearProblems, taxYearsOffered } from "./irs-figures";
import { formValuesFor, withAnswers } from "./journey";
import { stepBySlug } from "./steps";

// 2027 figures typed by hand; the 2026 ones they are compared with are Notice 2025-67's
// (deferral 24,500; catch-ups 8,000 and 11,250; annual additions 72,000; compensation 360,000).
const typed2027: Draft = {
  taxYear: 2027,
  limitElectiveDeferral: 25_000_00,
  limitCatchUp50: 8_000_00,
  limitCatchUp60to63: 11_250_00,
  limitAnnualAdditions: 73_500_00,
  limitCompensation: 370_000_00,
};

describe("the tax years offered on 'About you'", () => {
  it("offers next year from October 1 on (the IRS publishes next year's figures each autumn), not before", () => {
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-09-30" })).toEqual([2026, 2025]);
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-10-01" })).toEqual([2027, 2026, 2025]);
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-12-03" })).toEqual([2027, 2026, 2025]);
    const options = stepBySlug("about-you")!.fields({}, { currentYear: 2026, today: "2026-12-03" })[0]!.options!;
    expect(options.map((option) => option.value)).toEqual(["2027", "2026", "2025", "other"]);
    expect(options[0]!.hint).toContain("not in the app yet");
  });
});

describe("the figures page for a year the table does not know", () => {
  it("links the IRS 'COLA increases' page by name and names the year in every label", () => {
    expect(IRS_FIGURES_STEP.intro).toContain('"COLA increases for dollar limitations on benefits and contributions"');
    const labels = IRS_FIGURES_STEP.fields(typed2027, { currentYear: 2026 }).map((field) => field.label);
    for (const label of labels.slice(0, 5)) expect(label).toMatch(/ for 2027/);
  });

  it("does not ask the 2027 HCE threshold: it applies to 2026 pay and Notice 2025-67 gives it, 160,000 (§414(q)(1)(B))", () => {
    const names = IRS_FIGURES_STEP.fields(typed2027, { currentYear: 2026 }).map((field) => field.name);
    expect(names).not.toContain("limitHceThreshold");
    const answered = withAnswers(IRS_FIGURES_STEP, { taxYear: 2027 }, { ...typed2027 } as Record<string, never>);
    expect(answered.limitHceThreshold).toBe(160_000_00);
    // A year with nothing published yet asks it.
    expect(IRS_FIGURES_STEP.fields({ taxYear: 2029 }, { currentYear: 2028 }).map((field) => field.name)).toContain("limitHceThreshold");
  });

  it("compares each figure with the year before's from the table, in the hint", () => {
    const deferral = IRS_FIGURES_STEP.fields(typed2027, { currentYear: 2026 }).find((field) => field.name === "limitElectiveDeferral")!;
    expect(deferral.hint).toBe("IRC §402(g)(1). For 2026 it was 24,500.");
    expect(formValuesFor(IRS_FIGURES_STEP, typed2027, { currentYear: 2026 }).limitElectiveDeferral).toBe("25,000");
  });

  it("accepts figures that rise or stay the same", () => {
    expect(irsFiguresProblems(typed2027)).toEqual({});
  });

  it("refuses a deferral limit at or above the annual additions limit (swapped: 73,500 and 25,000), §415(c) counts deferrals within it", () => {
    const swapped = { ...typed2027, limitElectiveDeferral: 73_500_00, limitAnnualAdditions: 25_000_00 };
    const errors = irsFiguresProblems(swapped);
    expect(errors.limitElectiveDeferral).toBe(
      "The elective deferral limit ($73,500) must be below the annual additions limit ($25,000): check that the two are not swapped",
    );
    // The swapped annual additions limit is also below 2026's 72,000.
    expect(errors.limitAnnualAdditions).toContain("lower than 2026's $72,000");
  });

  it("refuses a catch-up at or above the deferral limit", () => {
    const errors = irsFiguresProblems({ ...typed2027, limitCatchUp60to63: 25_000_00 });
    expect(errors.limitCatchUp60to63).toContain("must be below the elective deferral limit ($25,000)");
  });

  it("refuses a figure below the year before's unless the person confirms the IRS page says so", () => {
    const lower = { ...typed2027, limitCompensation: 350_000_00 };
    expect(irsFiguresProblems(lower).limitCompensation).toBe(
      "This is lower than 2026's $360,000, and these limits do not go down: check the IRS page, or select the confirmation below if it really says so",
    );
    expect(irsFiguresProblems({ ...lower, limitsLowerConfirmed: "yes" })).toEqual({});
    // The confirmation never excuses a swapped pair.
    expect(irsFiguresProblems({ ...lower, limitsLowerConfirmed: "yes", limitCatchUp50: 30_000_00 }).limitCatchUp50).toBeDefined();
  });
});

describe("a pay stub from another year than the one checked", () => {
  const planning2027: Draft = { taxYear: 2027, planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026 };

  it("refuses its figures so far as the checked year's, by name, on the pay stub page", () => {
    const errors = stubBySlugCheck({ ...planning2027, ytdDeferrals: 22_615_38, ytdMatch: 4_153_85 });
    const message = "Your pay stub is from 2026: its figures so far are 2026's, not 2027's. Leave this blank: nothing has gone in for 2027 yet";
    expect(errors).toMatchObject({ ytdDeferrals: message, ytdMatch: message });
  });

  it("keeps its date and take-home pay for the schedule, and a stub of the year itself is fine", () => {
    expect(stubFromAnotherYearProblems({ ...planning2027, takeHomePay: 3_500_00 })).toEqual({});
    expect(stubFromAnotherYearProblems({ ...planning2027, lastPayYear: 2027, ytdDeferrals: 1_000_00 })).toEqual({});
  });
});

function stubBySlugCheck(draft: Draft) {
  return stepBySlug("pay-stub")!.check!(draft);
}
