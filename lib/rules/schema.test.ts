import { describe, expect, it } from "vitest";
import {
  answersSchema,
  contributionsSchema,
  customLimitsSchema,
  employerMatchSchema,
  personSchema,
  planSchema,
  yesNoUnsure,
} from "./schema";
import { WORKED_EXAMPLE } from "./sample-answers";

/** The first message at `path`, or undefined when the input is accepted there. */
function messageAt(input: unknown, path: string): string | undefined {
  const result = answersSchema.safeParse(input);
  if (result.success) return undefined;
  return result.error.issues.find((issue) => issue.path.join(".") === path)?.message;
}

const example = WORKED_EXAMPLE;
const withPlan = (plan: object) => ({ ...example, plan: { ...example.plan, ...plan } });
const withPerson = (person: object) => ({ ...example, person: { ...example.person, ...person } });
const withContributions = (contributions: object) => ({ ...example, contributions: { ...example.contributions, ...contributions } });

describe("answersSchema accepts the public JSON shape", () => {
  it("accepts the worked example and a full set of answers", () => {
    expect(answersSchema.safeParse(example).success).toBe(true);
    const full = {
      taxYear: 2026,
      customLimits: {
        electiveDeferral: 24_500,
        catchUp50: 8_000,
        catchUp60to63: 11_250,
        annualAdditions: 72_000,
        compensation: 360_000,
        hceThreshold: 160_000,
        rothCatchUpWageThreshold: 150_000,
      },
      plan: {
        afterTaxContributions: "yes",
        inPlanRothConversion: "unsure",
        inServiceWithdrawal: "no",
        automaticConversion: "unsure",
        separateAfterTaxAccounting: "no",
        rothDeferralOption: "yes",
        afterTaxCapPercentOfPay: 10,
        employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] },
        matchesAfterTax: false,
        nonelective: { percentOfPay: 3, amount: 1_000 },
      },
      person: {
        ageAtYearEnd: 61,
        compensation: 250_000.5,
        priorYearCompensation: 240_000,
        priorYearFicaWages: 176_100,
        payPeriodsPerYear: 24,
        payPeriodsRemaining: 10,
      },
      contributions: {
        employeeDeferrals: 35_750,
        otherPlansDeferrals: 0,
        afterTaxYearToDate: 5_000,
        afterTaxBalance: 5_100,
        afterTaxEarnings: 100,
      },
    };
    expect(answersSchema.safeParse(full).success).toBe(true);
  });

  it.each([
    { kind: "none" },
    { kind: "amount", amount: 4_500 },
    { kind: "dollarCap", matchPercent: 50, maxMatch: 12_250 },
  ])("accepts the match %j", (match) => {
    expect(employerMatchSchema.safeParse(match).success).toBe(true);
  });
});

describe("each bad input gets a message a person can act on, on the right field", () => {
  it.each([
    [{ ...example, taxYear: 2026.5 }, "taxYear", "tax year"],
    [{ ...example, taxYear: 1999 }, "taxYear", "tax year"],
    [{ ...example, taxYear: 2101 }, "taxYear", "tax year"],
    [{ ...example, taxYear: "2026" }, "taxYear", "tax year"],
    [withPerson({ ageAtYearEnd: 17 }), "person.ageAtYearEnd", "Enter your age at the end of the year, between 18 and 120"],
    [withPerson({ ageAtYearEnd: 121 }), "person.ageAtYearEnd", "between 18 and 120"],
    [withPerson({ ageAtYearEnd: 35.5 }), "person.ageAtYearEnd", "between 18 and 120"],
    [withPerson({ ageAtYearEnd: undefined }), "person.ageAtYearEnd", "between 18 and 120"],
    [withPerson({ compensation: -1 }), "person.compensation", "can't be less than $0"],
    [withPerson({ compensation: 100_000_000.01 }), "person.compensation", "$100,000,000 or less"],
    [withPerson({ compensation: 150_000.001 }), "person.compensation", "2 decimal places"],
    [withPerson({ compensation: "150000" }), "person.compensation", "in dollars"],
    [withPerson({ compensation: Number.NaN }), "person.compensation", "in dollars"],
    [withPerson({ payPeriodsPerYear: 54 }), "person.payPeriodsPerYear", "between 1 and 53"],
    [withPerson({ payPeriodsPerYear: 0 }), "person.payPeriodsPerYear", "between 1 and 53"],
    [withPerson({ payPeriodsPerYear: 12, payPeriodsRemaining: 13 }), "person.payPeriodsRemaining", "can't be more than"],
    [withPerson({ priorYearFicaWages: -5 }), "person.priorYearFicaWages", "can't be less than $0"],
    [withContributions({ employeeDeferrals: -1 }), "contributions.employeeDeferrals", "can't be less than $0"],
    [withContributions({ employeeDeferrals: 1.005 }), "contributions.employeeDeferrals", "2 decimal places"],
    [withContributions({ employeeDeferrals: 150_000.01 }), "contributions.employeeDeferrals", "more than your pay"],
    [withContributions({ afterTaxYearToDate: 200_000 }), "contributions.afterTaxYearToDate", "more than your pay"],
    [withContributions({ afterTaxBalance: 100, afterTaxEarnings: 101 }), "contributions.afterTaxEarnings", "can't be more than"],
    [withPlan({ afterTaxContributions: "maybe" }), "plan.afterTaxContributions", "Choose yes, no or not sure"],
    [withPlan({ inPlanRothConversion: undefined }), "plan.inPlanRothConversion", "Choose yes, no or not sure"],
    [withPlan({ afterTaxCapPercentOfPay: 101 }), "plan.afterTaxCapPercentOfPay", "between 0% and 100%"],
    [withPlan({ afterTaxCapPercentOfPay: -1 }), "plan.afterTaxCapPercentOfPay", "between 0% and 100%"],
    [withPlan({ afterTaxCapPercentOfPay: 6.125 }), "plan.afterTaxCapPercentOfPay", "2 decimal places"],
    [withPlan({ employerMatch: { kind: "percent" } }), "plan.employerMatch.kind", "Choose how your employer matches"],
    [withPlan({ employerMatch: undefined }), "plan.employerMatch", "Choose how your employer matches"],
    [withPlan({ employerMatch: { kind: "amount", amount: -1 } }), "plan.employerMatch.amount", "can't be less than $0"],
    [withPlan({ employerMatch: { kind: "formula", tiers: [] } }), "plan.employerMatch.tiers", "at least one"],
    [
      withPlan({ employerMatch: { kind: "formula", tiers: Array.from({ length: 6 }, () => ({ matchPercent: 50, ofPayPercent: 1 })) } }),
      "plan.employerMatch.tiers",
      "at most 5",
    ],
    [
      withPlan({ employerMatch: { kind: "formula", tiers: [{ matchPercent: 150, ofPayPercent: 6 }] } }),
      "plan.employerMatch.tiers.0.matchPercent",
      "between 0% and 100%",
    ],
    [
      withPlan({ employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 60 }, { matchPercent: 50, ofPayPercent: 41 }] } }),
      "plan.employerMatch.tiers",
      "more than 100% of pay",
    ],
    [withPlan({ employerMatch: { kind: "dollarCap", matchPercent: 50 } }), "plan.employerMatch.maxMatch", "in dollars"],
    [withPlan({ nonelective: { percentOfPay: 200 } }), "plan.nonelective.percentOfPay", "between 0% and 100%"],
    [withPlan({ matchesAfterTax: "yes" }), "plan.matchesAfterTax", "after-tax contributions"],
    [
      { ...example, customLimits: { electiveDeferral: 25_000 } },
      "customLimits.catchUp50",
      "the age 50 catch-up limit in dollars",
    ],
    [{ ...example, plan: undefined }, "plan", "Answer the questions about your plan"],
    [{ ...example, person: null }, "person", "Answer the questions about you"],
  ])("%j -> %s: %s", (input, path, fragment) => {
    expect(messageAt(input, path)).toContain(fragment);
  });

  it.each([
    [{ ...example, extra: 1 }, "", 'Remove "extra"'],
    [withPlan({ afterTax: "yes" }), "plan", 'Remove "afterTax"'],
    [withPerson({ age: 35 }), "person", 'Remove "age"'],
    [withContributions({ deferrals: 1 }), "contributions", 'Remove "deferrals"'],
    [withPlan({ employerMatch: { kind: "none", amount: 1 } }), "plan.employerMatch", 'Remove "amount"'],
  ])("unknown keys are refused: %j", (input, path, fragment) => {
    expect(messageAt(input, path)).toContain(fragment);
  });
});

describe("the step schemas check one wizard step with the same rules", () => {
  it("each step schema validates on its own", () => {
    expect(planSchema.safeParse(example.plan).success).toBe(true);
    expect(personSchema.safeParse(example.person).success).toBe(true);
    expect(contributionsSchema.safeParse(example.contributions).success).toBe(true);
    expect(yesNoUnsure.safeParse("unsure").success).toBe(true);
    expect(yesNoUnsure.safeParse("maybe").success).toBe(false);
    const missing = customLimitsSchema.safeParse({});
    expect(missing.success).toBe(false);
    const person = personSchema.safeParse({ ageAtYearEnd: 10, compensation: 1 });
    expect(person.success || person.error.issues[0]!.path).toEqual(["ageAtYearEnd"]);
  });
});
