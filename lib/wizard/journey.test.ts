import { describe, expect, it } from "vitest";
import { evaluate } from "../rules";
import { readDraft, type Draft } from "./draft";
import { parseFields, valuesFromFormData } from "./fields";
import {
  applicableSteps,
  decidedEarly,
  firstIncomplete,
  guard,
  nextAfter,
  previousBefore,
  toAnswers,
  withAnswers,
} from "./journey";
import { workedExampleDraft } from "./sample-draft";
import { MOST_QUESTIONS_A_PAGE, STEPS, stepBySlug } from "./steps";

const context = { currentYear: 2026 };

/** The worked example of domain §6 as the wizard stores it: money in cents. */
const workedExample: Draft = {
  ...workedExampleDraft,
  completed: [
    "after-tax",
    "in-plan-conversion",
    "plan-details",
    "plan-year",
    "about-you",
    "your-pay",
    "last-year",
    "contributions",
    "after-tax-money",
    "employer",
    "match",
    "match-after-tax",
    "paychecks",
  ],
};

describe("branching: an answer that decides the verdict skips the rest (domain §3)", () => {
  it.each([
    [{ afterTaxContributions: "no" }, true],
    [{ afterTaxContributions: "unsure", inPlanRothConversion: "no", inServiceWithdrawal: "no" }, true],
    [{ afterTaxContributions: "yes", inPlanRothConversion: "no", inServiceWithdrawal: "unsure" }, false],
    [{ afterTaxContributions: "yes" }, false],
  ] as const)("%j decided early: %s", (draft, decided) => {
    expect(decidedEarly(draft)).toBe(decided);
  });

  it("'No' to after-tax contributions goes straight to the result", () => {
    const draft = withAnswers(stepBySlug("after-tax")!, {}, { afterTaxContributions: "no" });
    expect(nextAfter("after-tax", draft, false)).toBe("result");
    expect(previousBefore("result", draft)).toBe("after-tax");
    expect(guard("result", draft)).toBeNull();
    expect(guard("about-you", draft)).toBe("result");
  });

  it("in-plan conversion available: the in-service withdrawal question is skipped", () => {
    const draft: Draft = { afterTaxContributions: "yes", inPlanRothConversion: "yes", completed: ["after-tax", "in-plan-conversion"] };
    expect(nextAfter("in-plan-conversion", draft, false)).toBe("plan-details");
    expect(guard("in-service-withdrawal", draft)).toBe("plan-details");
  });

  it("no conversion: the withdrawal question is asked; 'No' to both ends at the result", () => {
    let draft: Draft = { afterTaxContributions: "yes", inPlanRothConversion: "no", completed: ["after-tax", "in-plan-conversion"] };
    expect(nextAfter("in-plan-conversion", draft, false)).toBe("in-service-withdrawal");
    draft = withAnswers(stepBySlug("in-service-withdrawal")!, draft, { inServiceWithdrawal: "no" });
    expect(nextAfter("in-service-withdrawal", draft, false)).toBe("result");
  });

  it("an unknown tax year asks for the IRS figures; a known one does not (domain §2)", () => {
    const base: Draft = { ...workedExample, completed: ["after-tax", "in-plan-conversion", "plan-details", "plan-year", "about-you", "your-pay"] };
    expect(nextAfter("your-pay", base, false)).toBe("last-year");
    expect(nextAfter("your-pay", { ...base, taxYear: 2031 }, false)).toBe("irs-limits");
    expect(nextAfter("irs-limits", { ...base, taxYear: 2031 }, false)).toBe("irs-limits-plan");
  });

  it("pages cannot be answered out of order, and a resumed session continues at the first open page", () => {
    const draft: Draft = { afterTaxContributions: "yes", completed: ["after-tax"] };
    expect(firstIncomplete(draft)).toBe("in-plan-conversion");
    expect(guard("employer", draft)).toBe("in-plan-conversion");
    expect(guard("answers", draft)).toBe("in-plan-conversion");
    expect(guard("after-tax", draft)).toBeNull();
    expect(firstIncomplete(workedExample)).toBe("answers");
  });

  it("a change from the answers page returns there, or to a page the change opened", () => {
    expect(nextAfter("about-you", workedExample, true)).toBe("answers");
    const changed = withAnswers(stepBySlug("in-plan-conversion")!, workedExample, { inPlanRothConversion: "unsure" });
    expect(nextAfter("in-plan-conversion", changed, true)).toBe("in-service-withdrawal");
  });
});

describe("the answers the wizard hands to the rules engine", () => {
  it("the worked example gives room 43,000 and 1,653.84 a paycheck (domain §6)", () => {
    const answers = toAnswers(workedExample)!;
    expect(answers).toMatchObject({
      taxYear: 2026,
      person: { ageAtYearEnd: 35, compensation: 150000, payPeriodsPerYear: 26 },
      contributions: { employeeDeferrals: 24500 },
      plan: { employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] }, matchesAfterTax: false },
    });
    const result = evaluate(answers);
    expect(result.room?.afterTaxRoom).toBe(43000);
    expect(result.room?.perPaycheck?.amount).toBe(1653.84);
  });

  it("deferrals as a percentage of pay: 16.25% of 200,000 is 32,500", () => {
    const answers = toAnswers({ ...workedExample, compensation: 200_000_00, deferralMode: "percent", deferralPercent: 16.25 })!;
    expect(answers.contributions.employeeDeferrals).toBe(32500);
  });

  it("two tiers become consecutive bands: 100% of the first 3%, then 50% of the next 2%", () => {
    const answers = toAnswers({
      ...workedExample,
      matchKind: "twoTier",
      tier1MatchPercent: 100,
      tier1OfPayPercent: 3,
      tier2MatchPercent: 50,
      tier2OfPayPercent: 2,
    })!;
    expect(answers.plan.employerMatch).toEqual({
      kind: "formula",
      tiers: [
        { matchPercent: 100, ofPayPercent: 3 },
        { matchPercent: 50, ofPayPercent: 2 },
      ],
    });
    // 150,000: 4,500 + 1,500 = 6,000 of match; 72,000 - 24,500 - 6,000 = 41,500.
    expect(evaluate(answers).room?.afterTaxRoom).toBe(41500);
  });

  it("an unknown year carries the figures the person entered, never last year's", () => {
    const draft: Draft = {
      ...workedExample,
      taxYear: 2031,
      limitElectiveDeferral: 26_000_00,
      limitCatchUp50: 8_500_00,
      limitCatchUp60to63: 11_750_00,
      limitAnnualAdditions: 76_000_00,
      limitCompensation: 380_000_00,
      limitHceThreshold: 170_000_00,
    };
    const result = evaluate(toAnswers(draft)!);
    expect(result.limits?.annualAdditions).toBe(76000);
    expect(result.room?.afterTaxRoom).toBe(76000 - 24500 - 4500);
    expect(toAnswers({ ...draft, limitHceThreshold: undefined })?.customLimits).toBeUndefined();
  });

  it("is undefined while a required answer is missing", () => {
    expect(toAnswers({ ...workedExample, compensation: undefined })).toBeUndefined();
    expect(toAnswers({ ...workedExample, matchKind: "formula", matchPercent: undefined })).toBeUndefined();
  });

  it("contributions above pay are refused next to the field that caused it", () => {
    const fields = stepBySlug("contributions")!.fields(workedExample, context);
    expect(parseFields(fields, { deferralMode: "dollars", employeeDeferrals: "160,000" })).toEqual({
      ok: false,
      errors: { employeeDeferrals: "Your pre-tax and Roth contributions can't be more than your pay of $150,000" },
    });
    expect(parseFields(fields, { deferralMode: "percent", deferralPercent: "100" }).ok).toBe(true);
  });

  it("two match tiers may not cover more than all of pay", () => {
    const match = stepBySlug("match")!.fields({ ...workedExample, matchKind: "twoTier" }, context);
    const tiers = { tier1MatchPercent: "100", tier1OfPayPercent: "60", tier2MatchPercent: "50", tier2OfPayPercent: "50" };
    expect(parseFields(match, tiers)).toEqual({ ok: false, errors: { tier2OfPayPercent: "The two tiers together can't cover more than 100% of pay" } });
    expect(parseFields(match, { ...tiers, tier2OfPayPercent: "40" }).ok).toBe(true);
  });
});

describe("page forms: the same rules in the browser and on the server", () => {
  it("only the fields revealed by the chosen answer are checked", () => {
    const contributions = stepBySlug("contributions")!.fields({}, context);
    expect(parseFields(contributions, { deferralMode: "percent", deferralPercent: "6" })).toEqual({
      ok: true,
      data: { deferralMode: "percent", deferralPercent: 6, otherPlansDeferrals: undefined },
    });
    const missing = parseFields(stepBySlug("match")!.fields({ matchKind: "dollarCap" }, context), {});
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.errors)).toEqual(["capMatchPercent", "capMaxMatch"]);
  });

  it("money is read as people type it and kept in cents", () => {
    const pay = stepBySlug("your-pay")!.fields({}, context);
    const parsed = parseFields(pay, { compensation: "$150,000.50", payPeriodsPerYear: "26" });
    expect(parsed.ok && parsed.data.compensation).toBe(15_000_050);
  });

  it("a page's problems are keyed by the field they belong to, in the page's order, each in the user's words", () => {
    const about = stepBySlug("about-you")!.fields({}, context);
    const result = parseFields(about, { taxYearChoice: "other", otherTaxYear: "", ageAtYearEnd: "17" });
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.entries(result.errors)).toEqual([
      ["otherTaxYear", "Enter the tax year, for example 2027"],
      ["ageAtYearEnd", "Enter an age between 18 and 120"],
    ]);
  });

  it("every page's fields have unique names and a message for a missing answer", () => {
    for (const step of STEPS) {
      const fields = step.fields(workedExample, context);
      expect(new Set(fields.map((field) => field.name)).size).toBe(fields.length);
      for (const field of fields) {
        if (!field.optional) expect(field.requiredMessage, `${step.slug}.${field.name}`).toBeTruthy();
      }
    }
  });
});

describe("saved drafts from any schema version", () => {
  it("keep the valid fields and drop unknown or broken ones", () => {
    expect(
      readDraft({ afterTaxContributions: "yes", compensation: -5, retiredField: "x", ageAtYearEnd: 40, completed: ["after-tax", 7] }),
    ).toEqual({ afterTaxContributions: "yes", ageAtYearEnd: 40, completed: ["after-tax"] });
    expect(readDraft("not an object")).toEqual({});
    expect(readDraft(null)).toEqual({});
  });
});

describe("other plans' deferrals (IRC §402(g)(1); governmental 457(b) has its own limit, §457(b)(2), §457(e)(15))", () => {
  it("the field names the plans that share the limit and says to leave a 457(b) out", () => {
    const field = stepBySlug("contributions")!
      .fields(workedExample, context)
      .find((candidate) => candidate.name === "otherPlansDeferrals")!;
    expect(field.label).toContain("401(k), 403(b), SIMPLE or SARSEP");
    expect(field.hint).toContain("457(b)");
    expect(field.hint).toContain("its own limit");
  });
});

describe("the new optional answers reach the rules engine", () => {
  it("late employer money, plan year, 5% owner, after-tax balance and earnings", () => {
    const answers = toAnswers({
      ...workedExample,
      lateEmployerMoney: "unsure",
      calendarPlanYear: "no",
      fivePercentOwner: "yes",
      afterTaxBalance: 50_000_00,
      afterTaxEarnings: 8_000_00,
    })!;
    expect(answers.plan.lateEmployerMoney).toBe("unsure");
    expect(answers.plan.calendarPlanYear).toBe("no");
    expect(answers.person.fivePercentOwner).toBe(true);
    expect(answers.contributions.afterTaxBalance).toBe(50_000);
    expect(answers.contributions.afterTaxEarnings).toBe(8_000);
    const codes = evaluate(answers).warnings.map((w) => w.code);
    expect(codes).toEqual(expect.arrayContaining(["EMPLOYER_MONEY_AFTER_YEAR_END", "PLAN_YEAR_NOT_CALENDAR", "ACP_TEST_RISK"]));
  });

  it("unanswered, they are left out and never block a result", () => {
    const answers = toAnswers(workedExample)!;
    expect(answers.plan).not.toHaveProperty("lateEmployerMoney");
    expect(answers.person).not.toHaveProperty("fivePercentOwner");
    expect(evaluate(answers).room!.afterTaxRoom).toBe(43_000);
  });

  it("the pages ask them: plan details, last year, contributions; the custom-figures page asks last year's HCE threshold", () => {
    const names = (slug: Parameters<typeof stepBySlug>[0], draft: Draft = workedExample) =>
      stepBySlug(slug)!.fields(draft, context).map((field) => field.name);
    expect(names("plan-year")).toEqual(expect.arrayContaining(["lateEmployerMoney", "calendarPlanYear"]));
    expect(names("last-year")).toContain("fivePercentOwner");
    expect(names("after-tax-money")).toEqual(expect.arrayContaining(["afterTaxBalance", "afterTaxEarnings"]));
    const hce = stepBySlug("irs-limits-plan")!.fields(workedExample, context).find((field) => field.name === "limitHceThreshold")!;
    expect(hce.label).toContain("previous year's notice");
  });

  it("earnings above the balance are refused next to the earnings", () => {
    const fields = stepBySlug("after-tax-money")!.fields(workedExample, context);
    const result = parseFields(fields, { afterTaxBalance: "1,000", afterTaxEarnings: "2,000" });
    expect(!result.ok && result.errors.afterTaxEarnings).toBe("The earnings can't be more than the whole after-tax balance");
    const noBalance = parseFields(fields, { afterTaxEarnings: "2,000" });
    expect(!noBalance.ok && noBalance.errors.afterTaxEarnings).toBe("Enter the after-tax balance the earnings are part of");
  });

  it("Roth deferrals 'no' with in-plan conversion 'yes' asks to confirm; 'No, I'll change' is refused on the Roth answer", () => {
    const draft: Draft = { ...workedExample, ageAtYearEnd: 55, priorYearFicaWages: 200_000_00, rothDeferralOption: "no", inPlanRothConversion: "yes" };
    const fields = stepBySlug("roth-option")!.fields(draft, context);
    const confirm = fields.find((field) => field.name === "rothAnswersConfirmed")!;
    expect(confirm.revealWhen).toEqual({ field: "rothDeferralOption", equals: ["no"] });
    expect(confirm.requiredMessage).toBeTruthy();
    const refused = parseFields(fields, { rothDeferralOption: "no", rothAnswersConfirmed: "no" });
    expect(!refused.ok && refused.errors.rothAnswersConfirmed).toContain("Change");
    expect(parseFields(fields, { rothDeferralOption: "no", rothAnswersConfirmed: "yes" }).ok).toBe(true);
  });
});

describe("an optional question nobody answered", () => {
  it("is absent from the posted form (no radio picked), reads as empty, and is kept as no answer", () => {
    const lastYear = stepBySlug("last-year")!.fields(workedExample, context);
    const posted = new FormData();
    posted.set("priorYearCompensation", "");
    expect(valuesFromFormData(lastYear, posted)).toEqual({ workedHereLastYear: "", priorYearCompensation: "", fivePercentOwner: "" });
    expect(parseFields(lastYear, { workedHereLastYear: "", priorYearCompensation: "", fivePercentOwner: "" })).toEqual({
      ok: true,
      data: { workedHereLastYear: undefined, fivePercentOwner: undefined },
    });
  });
});

describe("check your answers lists the new answers", () => {
  it("shows late employer money, the plan year, the 5% owner answer and the after-tax balance and earnings", async () => {
    const { answerRows } = await import("./summary");
    const rows = answerRows(
      { ...workedExample, lateEmployerMoney: "unsure", calendarPlanYear: "no", fivePercentOwner: "yes", afterTaxBalance: 50_000_00, afterTaxEarnings: 8_000_00 },
      context,
    );
    const answer = (field: string) => rows.find((row) => row.field === field)?.answer;
    expect(answer("lateEmployerMoney")).toBe("Not sure");
    expect(answer("calendarPlanYear")).toBe("No");
    expect(answer("fivePercentOwner")).toBe("Yes");
    expect(answer("afterTaxBalance")).toBe("$50,000");
    expect(answer("afterTaxEarnings")).toBe("$8,000");
  });
});

describe("shorter pages: no page asks more than 4 things, its reveals included (GOV.UK question pages)", () => {
  // Answers that make each page ask the most it can: every conditional question switched on.
  const busiest: Draft[] = [
    { ...workedExample, inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" },
    ...(["formula", "twoTier", "dollarCap", "amount"] as const).map((matchKind) => ({ ...workedExample, matchKind })),
    {
      ...workedExample,
      taxYear: 2031,
      ageAtYearEnd: 55,
      limitRothCatchUpWageThreshold: 160_000_00,
      payPeriodsPerYear: 24,
      takeHomePay: 2_000_00,
      bonusAmount: 10_000_00,
      electionRounding: "dollars",
      compensation: 4_000_000_00,
    },
    { ...workedExample, ageAtYearEnd: 55, inPlanRothConversion: "yes", payPeriodsPerYear: 12 },
  ];

  it.each(STEPS.map((step) => [step.slug, step] as const))("%s", (_slug, step) => {
    for (const draft of busiest) {
      const fields = step.fields(draft, context);
      // A date is one thing; each choice shows at most one option's reveals at a time.
      const always = fields.filter((field) => !field.revealWhen).length;
      const controllers = [...new Set(fields.flatMap((field) => (field.revealWhen ? [field.revealWhen.field] : [])))];
      const revealed = controllers.reduce((sum, controller) => {
        const options = fields.find((field) => field.name === controller)?.options ?? [];
        const counts = options.map((option) => fields.filter((field) => field.revealWhen?.field === controller && field.revealWhen.equals.includes(option.value)).length);
        return sum + Math.max(0, ...counts);
      }, 0);
      expect(always + revealed, `${step.slug} with ${JSON.stringify(draft)}`).toBeLessThanOrEqual(MOST_QUESTIONS_A_PAGE);
    }
  });

  it("the after-tax match question is a page of its own, asked only for a match formula", () => {
    const slugs = (draft: Draft) => applicableSteps(draft).map((step) => step.slug);
    expect(slugs(workedExample)).toContain("match-after-tax");
    expect(slugs({ ...workedExample, matchKind: "amount" })).not.toContain("match-after-tax");
    expect(slugs({ ...workedExample, matchKind: "none" })).not.toContain("match");
  });
});

describe("hints read their figures from the limits table for the year checked", () => {
  it("the contributions example is the year's elective deferral limit (IRC §402(g)(1): 23,500 in 2025, 24,500 in 2026)", () => {
    const hint = (taxYear: number) => stepBySlug("contributions")!.fields({ ...workedExample, taxYear }, context).find((field) => field.name === "employeeDeferrals")!.hint;
    expect(hint(2025)).toContain("For example 23,500.");
    expect(hint(2026)).toContain("For example 24,500.");
  });

  it("the IRS-figures pages give the latest year in the table as their example, never a figure of their own", () => {
    const figures = [...stepBySlug("irs-limits")!.fields({}, context), ...stepBySlug("irs-limits-plan")!.fields({}, context)];
    expect(figures.find((field) => field.name === "limitElectiveDeferral")!.hint).toBe("IRC §402(g)(1). For 2026 it was 24,500.");
    expect(figures.find((field) => field.name === "limitAnnualAdditions")!.hint).toBe("IRC §415(c)(1)(A). For 2026 it was 72,000.");
  });
});

describe("last year's pay: 'I did not work here' is an answer", () => {
  it("saves no pay and no Social Security wages from this employer, and hides the amounts", () => {
    const step = stepBySlug("last-year")!;
    const draft: Draft = { ...workedExample, ageAtYearEnd: 55 };
    const fields = step.fields(draft, context);
    expect(fields.find((field) => field.name === "workedHereLastYear")!.options!.map((option) => option.label)).toEqual(["Yes", "No, I did not work here in 2025"]);
    const parsed = parseFields(fields, { workedHereLastYear: "no", priorYearCompensation: "x" });
    expect(parsed.ok).toBe(true);
    const answered = withAnswers(step, draft, parsed.ok ? parsed.data : {});
    expect(answered).toMatchObject({ workedHereLastYear: "no", priorYearCompensation: 0, priorYearFicaWages: 0 });
    // No Social Security wages here last year: under the Roth catch-up threshold (IRC §414(v)(7)), so no Roth question.
    expect(applicableSteps(answered).map((candidate) => candidate.slug)).not.toContain("roth-option");
  });
});

describe("a tax year that has ended skips the paycheck pages (domain §4, item 8)", () => {
  const PAYCHECK_PAGES = ["paychecks", "pay-stub", "take-home", "paycheck-rules", "paycheck-limits"];
  // The worked example with a paycheck plan asked for: every paycheck page applies in an open year.
  const planning: Draft = { ...workedExampleDraft, taxYear: 2025, planPaychecks: "yes", completed: STEPS.map((step) => step.slug) };
  const slugs = (today?: string) => applicableSteps(planning, today).map((step) => step.slug);

  it.each([
    ["2025-12-31", "2025 is still running: its paychecks are asked", true],
    ["2026-01-01", "2025 has ended: a look-back, with no paycheck left to plan", false],
    ["2026-12-03", "2025 ended a year ago", false],
  ])("as of %s (%s)", (today, _why, asked) => {
    const paycheckPages = slugs(today).filter((slug) => PAYCHECK_PAGES.includes(slug));
    if (asked) expect(paycheckPages).toEqual(expect.arrayContaining(["paychecks", "pay-stub", "take-home", "paycheck-rules"]));
    else expect(paycheckPages).toEqual([]);
  });

  it("without a date the year is treated as open, as the rules do", () => {
    expect(slugs()).toEqual(expect.arrayContaining(["paychecks", "pay-stub", "take-home", "paycheck-rules"]));
  });

  it("a closed year's walk goes from the last yearly question to the answers page, and a paycheck page sends back", () => {
    const done: Draft = { ...planning, completed: applicableSteps(planning, "2026-06-01").map((step) => step.slug) };
    expect(firstIncomplete({ ...done, completed: [...done.completed!, "paychecks"].filter((slug) => slug !== "paychecks") }, "2025-06-01")).toBe("paychecks");
    expect(firstIncomplete(done, "2026-06-01")).toBe("answers");
    expect(guard("paychecks", done, "2026-06-01")).toBe("answers");
    // In the year itself the page is open to answer (no redirect).
    expect(guard("paychecks", done, "2025-06-01")).toBeNull();
  });
});

describe("questions about the year being checked name it (a year to come is not read as today's)", () => {
  const context = { currentYear: 2026, today: "2026-12-03" };
  const labels = (slug: string, taxYear: number) =>
    stepBySlug(slug)!
      .fields({ ...workedExampleDraft, taxYear }, context)
      .map((field) => `${field.label} ${field.hint ?? ""}`)
      .join(" ");

  it.each([2026, 2027])("for %i", (taxYear) => {
    expect(labels("contributions", taxYear)).toContain(`SARSEP plans in ${taxYear} (optional)`);
    expect(labels("after-tax-money", taxYear)).toContain(`already made in ${taxYear} (optional)`);
    expect(labels("contributions", taxYear)).not.toMatch(/this year/);
  });
});
