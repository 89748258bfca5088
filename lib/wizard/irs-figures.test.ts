import { describe, expect, it } from "vitest";
import type { Draft } from "./draft";
import { parseFields, type FormValues } from "./fields";
import { irsFiguresIntro, taxYearsOffered } from "./irs-figures";
import { withAnswers } from "./journey";
import { stepBySlug } from "./steps";

// 2027 figures typed by hand; the 2026 ones they are compared with are Notice 2025-67's
// (deferral 24,500; catch-ups 8,000 and 11,250; annual additions 72,000; compensation 360,000).
const context = { currentYear: 2026, today: "2026-12-03" };
const year2027: Draft = { taxYear: 2027 };
const deferralPage = stepBySlug("irs-limits")!;
const planPage = stepBySlug("irs-limits-plan")!;

function check(page: typeof deferralPage, draft: Draft, values: FormValues) {
  return parseFields(page.fields(draft, context), values);
}

const goodDeferrals = { limitElectiveDeferral: "25,000", limitCatchUp50: "8,000", limitCatchUp60to63: "11,250" };

describe("the tax years offered on 'About you'", () => {
  it("offers next year from October 1 on (the IRS publishes next year's figures each autumn), not before", () => {
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-09-30" })).toEqual([2026, 2025]);
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-10-01" })).toEqual([2027, 2026, 2025]);
    expect(taxYearsOffered({ currentYear: 2026, today: "2026-12-03" })).toEqual([2027, 2026, 2025]);
    const choice = stepBySlug("about-you")!.fields({}, context).find((field) => field.name === "taxYearChoice")!;
    expect(choice.options!.map((option) => option.value)).toEqual(["2027", "2026", "2025", "other"]);
  });
});

describe("the figures pages for a year the table does not know", () => {
  it("name the IRS 'COLA increases' page and the year in every label", () => {
    expect(deferralPage.intro).toBe(irsFiguresIntro());
    expect(irsFiguresIntro()).toContain('"COLA increases for dollar limitations on benefits and contributions"');
    const labels = [...deferralPage.fields(year2027, context), ...planPage.fields(year2027, context)]
      .filter((field) => field.name.startsWith("limit") && field.name !== "limitsLowerConfirmed")
      .map((field) => field.label);
    for (const label of labels) expect(label).toMatch(/ for 2027( \(optional\))?$/);
  });

  it("do not ask the 2027 HCE threshold: it applies to 2026 pay and Notice 2025-67 gives it, 160,000 (§414(q)(1)(B))", () => {
    expect(planPage.fields(year2027, context).map((field) => field.name)).not.toContain("limitHceThreshold");
    const answered = withAnswers(planPage, year2027, { limitAnnualAdditions: 73_500_00, limitCompensation: 370_000_00 });
    expect(answered.limitHceThreshold).toBe(160_000_00);
    // A year with nothing published yet asks it.
    expect(planPage.fields({ taxYear: 2029 }, { currentYear: 2028 }).map((field) => field.name)).toContain("limitHceThreshold");
  });

  it("accept figures that rise or stay the same", () => {
    expect(check(deferralPage, year2027, goodDeferrals).ok).toBe(true);
    const saved = { ...year2027, limitElectiveDeferral: 25_000_00 };
    expect(check(planPage, saved, { limitAnnualAdditions: "73,500", limitCompensation: "370,000" }).ok).toBe(true);
  });

  it("refuse the annual additions limit typed as the deferral limit (swapped: 73,500 and 25,000): deferrals count within §415(c)", () => {
    const first = check(deferralPage, year2027, { ...goodDeferrals, limitElectiveDeferral: "73,500" });
    expect(first.ok).toBe(false);
    if (!first.ok) expect(first.errors.limitElectiveDeferral).toContain("must be below the annual additions limit ($72,000 in 2026, and it does not go down)");
    // Swapped the other way round: a 25,000 annual additions limit after a 25,000 deferral limit.
    const second = check(planPage, { ...year2027, limitElectiveDeferral: 25_000_00 }, { limitAnnualAdditions: "25,000", limitCompensation: "370,000" });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.errors.limitAnnualAdditions).toContain("must be above the elective deferral limit you entered ($25,000)");
  });

  it("refuse a catch-up above the deferral limit", () => {
    const result = check(deferralPage, year2027, { ...goodDeferrals, limitCatchUp60to63: "30,000" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.limitCatchUp60to63).toContain("can't be more than the elective deferral limit");
  });

  it("refuse a figure below the year before's unless the person confirms the IRS page says so", () => {
    const lower = { limitAnnualAdditions: "73,500", limitCompensation: "350,000" };
    const saved = { ...year2027, limitElectiveDeferral: 25_000_00 };
    const refused = check(planPage, saved, lower);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.errors.limitCompensation).toBe(
        "This is lower than 2026's $360,000, and these limits do not go down: check the IRS page, or select the confirmation below if it really says so",
      );
    }
    expect(check(planPage, saved, { ...lower, limitsLowerConfirmed: "yes" }).ok).toBe(true);
  });
});

describe("a pay stub from another year than the one checked", () => {
  const planning2027: Draft = { taxYear: 2027, planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026, matchKind: "formula" };

  it("refuses its figures so far as the checked year's, by name, on the pay stub page", () => {
    const result = parseFields(stepBySlug("pay-stub")!.fields(planning2027, context), { ytdDeferrals: "22,615.38", ytdMatch: "4,153.85" });
    const message = "Your pay stub is from 2026: its figures so far are 2026's, not 2027's. Leave this blank: nothing has gone in for 2027 yet";
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toMatchObject({ ytdDeferrals: message, ytdMatch: message });
  });

  it("keeps a stub of the year itself", () => {
    const result = parseFields(stepBySlug("pay-stub")!.fields({ ...planning2027, lastPayYear: 2027 }, context), { ytdDeferrals: "1,000" });
    expect(result.ok).toBe(true);
  });
});
