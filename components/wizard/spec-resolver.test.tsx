import { createFormControl, type FieldErrors as FormErrors } from "react-hook-form";
import { describe, expect, it } from "vitest";
import type { Draft } from "@/lib/wizard/draft";
import { inputNames, parseFields, valuesFromFormData, type FieldErrors, type FieldSpec, type FormValues } from "@/lib/wizard/fields";
import { workedExampleDraft } from "@/lib/wizard/sample-draft";
import { stepBySlug, type StepSlug } from "@/lib/wizard/steps";
import { messagesOf, specResolver } from "./spec-resolver";

// One table of answers as a person types them, each run through the browser's check
// (react-hook-form with the spec resolver, as WizardForm submits) and the server action's
// (the posted form read by valuesFromFormData, then parseFields): the verdict on every field
// must be the same, message for message. An empty choice is a radio group left unticked.
const context = { currentYear: 2026, today: "2026-11-28" };
const draft: Draft = { ...workedExampleDraft, takeHomePay: 2_000_00, contributionsOnStub: 500_00, ageAtYearEnd: 55, priorYearFicaWages: 200_000_00 };

const cases: [StepSlug, Draft, FormValues, FieldErrors][] = [
  ["after-tax", draft, {}, { afterTaxContributions: "Select yes, no or not sure" }],
  ["after-tax", draft, { afterTaxContributions: "yes" }, {}],
  ["after-tax", draft, { afterTaxContributions: "maybe" }, { afterTaxContributions: "Select yes, no or not sure" }],
  ["plan-details", draft, { automaticConversion: "yes", hasAfterTaxCap: "yes", afterTaxCapPercentOfPay: "" }, {
    afterTaxCapPercentOfPay: "Enter the plan's after-tax limit as a percentage of pay, for example 10",
  }],
  ["plan-details", draft, { automaticConversion: "yes", hasAfterTaxCap: "no", afterTaxCapPercentOfPay: "abc" }, {}],
  ["about-you", draft, { taxYearChoice: "2026", ageAtYearEnd: "17" }, { ageAtYearEnd: "Enter an age between 18 and 120" }],
  ["about-you", draft, { taxYearChoice: "other", otherTaxYear: "27", ageAtYearEnd: "35" }, { otherTaxYear: "Enter a year between 2000 and 2100" }],
  ["your-pay", draft, { compensation: "150k", payPeriodsPerYear: "26" }, { compensation: "Enter an amount in dollars using numbers only, like 150,000" }],
  ["your-pay", draft, { compensation: "$150,000.50", payPeriodsPerYear: "" }, { payPeriodsPerYear: "Select how often you are paid" }],
  ["last-year", draft, { workedHereLastYear: "no", priorYearCompensation: "nonsense" }, {}],
  ["last-year", draft, { workedHereLastYear: "yes", priorYearCompensation: "-5" }, { priorYearCompensation: "Enter an amount of $0 or more" }],
  ["contributions", draft, { deferralMode: "dollars", employeeDeferrals: "160,000" }, {
    employeeDeferrals: "Your pre-tax and Roth contributions can't be more than your pay of $150,000",
  }],
  ["contributions", draft, { deferralMode: "percent", deferralPercent: "12.345" }, {
    deferralPercent: "Enter the percentage with no more than 2 digits after the point",
  }],
  ["contributions", draft, { deferralMode: "dollars", employeeDeferrals: "24,500", otherPlansDeferrals: "" }, {}],
  ["after-tax-money", draft, { afterTaxYearToDate: "200,000" }, {
    afterTaxYearToDate: "Your after-tax contributions so far can't be more than your pay of $150,000",
  }],
  ["after-tax-money", draft, { afterTaxBalance: "1,000", afterTaxEarnings: "2,000" }, { afterTaxEarnings: "The earnings can't be more than the whole after-tax balance" }],
  ["after-tax-money", draft, { afterTaxEarnings: "2,000" }, { afterTaxEarnings: "Enter the after-tax balance the earnings are part of" }],
  ["roth-option", draft, { rothDeferralOption: "no", rothAnswersConfirmed: "no" }, {
    rothAnswersConfirmed:
      "Change your answer about Roth 401(k) contributions, or go back and change your answer about converting after-tax money to Roth inside the plan",
  }],
  ["match", { ...draft, matchKind: "twoTier" }, { tier1MatchPercent: "100", tier1OfPayPercent: "60", tier2MatchPercent: "50", tier2OfPayPercent: "50" }, {
    tier2OfPayPercent: "The two tiers together can't cover more than 100% of pay",
  }],
  ["match", { ...draft, matchKind: "dollarCap" }, {}, {
    capMatchPercent: "Enter the match rate, for example 50",
    capMaxMatch: "Enter the most the employer matches in a year, for example 12,250",
  }],
  ["paychecks", draft, { planPaychecks: "yes", lastPayMonth: "11/20/2026" }, {}],
  ["paychecks", draft, { planPaychecks: "yes", lastPayMonth: "31/12/2026" }, {
    lastPayMonth: "Date of your latest paycheck must be month first, then day, then year, like 11/20/2026 for November 20, 2026",
  }],
  ["paychecks", draft, { planPaychecks: "yes", lastPayMonth: "12", lastPayDay: "1", lastPayYear: "2026" }, {
    lastPayMonth: "The date of your latest paycheck can't be after today, November 28, 2026",
  }],
  ["paychecks", { ...draft, payPeriodsPerYear: 24 }, { planPaychecks: "yes", lastPayMonth: "11", lastPayDay: "15", lastPayYear: "2026", semiMonthlyFirstDay: "15", semiMonthlySecondDay: "15" }, {
    semiMonthlySecondDay: "The two pay days of the month must be different days",
  }],
  ["paychecks", draft, { planPaychecks: "later", lastPayMonth: "x" }, {}],
  ["take-home", draft, { takeHomeFloor: "3,000", bonusAmount: "10,000" }, {
    takeHomeFloor: "The take-home you need is more than the paycheck has before contributions: nothing could go to the plan",
    bonusMonth: "Enter the month the bonus is paid, for example 12",
  }],
  ["take-home", draft, { bonusAmount: "10,000", bonusMonth: "13" }, { bonusMonth: "Enter a month between 1 and 12" }],
];

function fieldsOf(slug: StepSlug, answers: Draft): FieldSpec[] {
  return stepBySlug(slug)!.fields(answers, context);
}

/** What the browser posts: each text box as typed, only the ticked radio of a group. */
function posted(fields: FieldSpec[], values: FormValues): FormData {
  const form = new FormData();
  for (const field of fields) {
    for (const name of inputNames(field)) {
      const value = values[name];
      if (field.kind === "choice" ? value : true) form.set(name, value ?? "");
    }
  }
  return form;
}

function serverVerdict(fields: FieldSpec[], values: FormValues): FieldErrors {
  const parsed = parseFields(fields, valuesFromFormData(fields, posted(fields, values)));
  return parsed.ok ? {} : parsed.errors;
}

async function browserVerdict(fields: FieldSpec[], values: FormValues): Promise<{ errors: FieldErrors; sent: boolean }> {
  const defaultValues: Record<string, string | null> = {};
  for (const field of fields) {
    for (const name of inputNames(field)) defaultValues[name] = field.kind === "choice" && !values[name] ? null : (values[name] ?? "");
  }
  const form = createFormControl<FormValues>({ defaultValues: defaultValues as FormValues, resolver: specResolver(fields), shouldFocusError: false });
  for (const name of Object.keys(defaultValues)) form.register(name);
  let errors: FormErrors<FormValues> = {};
  let sent = false;
  await form.handleSubmit(
    () => {
      sent = true;
    },
    (invalid) => {
      errors = invalid;
    },
  )();
  return { errors: messagesOf(errors), sent };
}

describe("the browser and the server reach the same verdict on every field (one field specification)", () => {
  it.each(cases)("%s with %j: %j", async (slug, answers, values, expected) => {
    const fields = fieldsOf(slug, answers);
    const server = serverVerdict(fields, values);
    const browser = await browserVerdict(fields, values);
    expect(server).toEqual(expected);
    expect(browser.errors).toEqual(expected);
    // Nothing is sent while an answer is missing or wrong.
    expect(browser.sent).toBe(Object.keys(expected).length === 0);
  });
});

describe("US dates: month, day, year (USWDS memorable date)", () => {
  const fields = fieldsOf("paychecks", draft);
  const parse = (values: FormValues) => parseFields(fields, { planPaychecks: "yes", ...values });

  it.each([
    ["11/20/2026", { lastPayMonth: 11, lastPayDay: 20, lastPayYear: 2026 }],
    ["2/3/2026", { lastPayMonth: 2, lastPayDay: 3, lastPayYear: 2026 }],
  ])("%s typed whole into one box reads month first", (typed, date) => {
    for (const box of ["lastPayMonth", "lastPayDay", "lastPayYear"]) {
      expect(parse({ [box]: typed })).toEqual({ ok: true, data: { planPaychecks: "yes", ...date } });
    }
  });

  it("31/12/2026 (day first) is refused with a message that gives the US order", () => {
    expect(parse({ lastPayMonth: "31/12/2026" })).toEqual({
      ok: false,
      errors: { lastPayMonth: "Date of your latest paycheck must be month first, then day, then year, like 11/20/2026 for November 20, 2026" },
    });
  });

  it("the three boxes are month, day, year, and 2 3 2026 is February 3", () => {
    expect(fields.find((field) => field.kind === "date")!.parts).toEqual({ month: "lastPayMonth", day: "lastPayDay", year: "lastPayYear" });
    expect(parse({ lastPayMonth: "2", lastPayDay: "3", lastPayYear: "2026" })).toEqual({
      ok: true,
      data: { planPaychecks: "yes", lastPayMonth: 2, lastPayDay: 3, lastPayYear: 2026 },
    });
  });
});
