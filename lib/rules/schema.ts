// The answers a person gives, as one zod schema per step so that a wizard can check one step
// at a time with the same rules as the final check. Only what cannot be true is refused; every
// refusal says, in plain words, what to enter instead. Money is in dollars, to the cent.
// Bounds, choices and the messages of rules across answers come from the wizard's answer table
// (lib/wizard/answers.ts), the one specification the pages and the browser check against too.
import { z } from "zod";
import { AGE, CROSS_MESSAGES, MAX_CENTS, PAY_PERIODS, TAX_YEAR, YES_NO_UNSURE_VALUES } from "../wizard/answers";

const MAX_DOLLARS = MAX_CENTS / 100;

/** True when a number of dollars has no fraction of a cent (float noise allowed). */
function isWholeCents(amount: number): boolean {
  const cents = amount * 100;
  return Math.abs(cents - Math.round(cents)) < 1e-6;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An amount of money in dollars; `what` names it the way the question does ("your pay"). */
function dollars(what: string) {
  return z
    .number({ error: `Enter ${what} in dollars, for example 23500` })
    .min(0, { error: `${capitalise(what)} can't be less than $0` })
    .max(MAX_DOLLARS, { error: `${capitalise(what)} must be $100,000,000 or less` })
    .refine(isWholeCents, { error: `Enter ${what} to the cent at most (2 decimal places)` });
}

/** A percentage from 0 to 100 with at most 2 decimals (plans write 6% or 4.5%). */
function percent(what: string) {
  return z
    .number({ error: `Enter ${what} as a percentage, for example 6` })
    .min(0, { error: `Enter ${what} between 0% and 100%` })
    .max(100, { error: `Enter ${what} between 0% and 100%` })
    .refine(isWholeCents, { error: `Enter ${what} with at most 2 decimal places` });
}

function wholeNumber(message: string, min: number, max: number) {
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
}

/** Messages for a group of answers: when it is missing, and when it holds keys we don't use. */
function group(where: string, whenMissing: string) {
  return {
    error: (issue: { code?: string; keys?: string[] }) => {
      if (issue.code === "unrecognized_keys") {
        const keys = issue.keys ?? [];
        return `Remove ${keys.map((key) => `"${key}"`).join(", ")} from ${where}: the check does not use ${
          keys.length === 1 ? "it" : "them"
        }`;
      }
      return issue.code === "invalid_type" ? whenMissing : undefined;
    },
  };
}

export const yesNoUnsure = z.enum(YES_NO_UNSURE_VALUES, { error: "Choose yes, no or not sure" });

function planFeature(question: string) {
  return z.enum(YES_NO_UNSURE_VALUES, { error: `${question} Choose yes, no or not sure` });
}

export const customLimitsSchema = z.strictObject(
  {
    electiveDeferral: dollars("the elective deferral limit (IRC §402(g))"),
    catchUp50: dollars("the age 50 catch-up limit"),
    catchUp60to63: dollars("the age 60 to 63 catch-up limit"),
    annualAdditions: dollars("the annual additions limit (IRC §415(c))"),
    compensation: dollars("the compensation limit (IRC §401(a)(17))"),
    hceThreshold: dollars("the highly compensated employee threshold"),
    rothCatchUpWageThreshold: dollars("the Roth catch-up wage threshold").optional(),
    socialSecurityWageBase: dollars("the Social Security wage base").optional(),
    iraContribution: dollars("the IRA contribution limit").optional(),
  },
  group("the IRS figures", "Enter the IRS figures for the year, or leave them all out"),
);

const matchTier = z.strictObject(
  {
    matchPercent: percent("how much your employer matches"),
    ofPayPercent: percent("the share of pay this match applies to"),
  },
  group("the match formula", "Enter each part of the match formula as a match percentage and a share of pay"),
);

export const employerMatchSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({ kind: z.literal("none") }, group("the employer match", "Choose how your employer matches")),
    z.strictObject(
      { kind: z.literal("amount"), amount: dollars("the match you expect this year") },
      group("the employer match", "Choose how your employer matches"),
    ),
    z.strictObject(
      {
        kind: z.literal("formula"),
        tiers: z
          .array(matchTier, { error: "Enter your employer's match formula" })
          .min(1, { error: "Enter at least one part of the match formula, for example 50% of the first 6% of pay" })
          .max(5, { error: "Enter at most 5 parts of the match formula" })
          .refine((tiers) => tiers.reduce((sum, tier) => sum + tier.ofPayPercent, 0) <= 100 + 1e-9, {
            error: "The parts of the match formula cover more than 100% of pay: check the percentages of pay",
          }),
      },
      group("the employer match", "Choose how your employer matches"),
    ),
    z.strictObject(
      {
        kind: z.literal("dollarCap"),
        matchPercent: percent("how much your employer matches"),
        maxMatch: dollars("the most your employer matches in a year"),
      },
      group("the employer match", "Choose how your employer matches"),
    ),
  ],
  { error: "Choose how your employer matches: no match, a dollar amount, a formula, or a percentage up to a dollar cap" },
);

export const nonelectiveSchema = z.strictObject(
  {
    percentOfPay: percent("your employer's profit-sharing or nonelective contribution").optional(),
    amount: dollars("your employer's profit-sharing or nonelective contribution").optional(),
  },
  group("the employer contribution", "Enter your employer's contribution as a percentage of pay, an amount, or both"),
);

export const planSchema = z.strictObject(
  {
    afterTaxContributions: planFeature("Does your plan accept after-tax (non-Roth) contributions?"),
    inPlanRothConversion: planFeature("Does your plan allow in-plan Roth conversions of after-tax money?"),
    inServiceWithdrawal: planFeature("Does your plan allow in-service withdrawals of after-tax money?"),
    automaticConversion: planFeature("Does your plan convert after-tax money to Roth automatically?").optional(),
    separateAfterTaxAccounting: planFeature(
      "Does your plan keep after-tax money in its own account that can be withdrawn alone?",
    ).optional(),
    rothDeferralOption: planFeature("Does your plan offer Roth deferrals?").optional(),
    afterTaxCapPercentOfPay: percent("your plan's limit on after-tax contributions").optional(),
    employerMatch: employerMatchSchema,
    matchesAfterTax: z.boolean({ error: "Say whether your employer also matches after-tax contributions" }).optional(),
    nonelective: nonelectiveSchema.optional(),
    lateEmployerMoney: planFeature(
      "Can your employer add money outside the match formula for the year after it ends (profit sharing decided later, forfeitures, another plan such as an ESOP)?",
    ).optional(),
    calendarPlanYear: planFeature("Does your plan year run from January 1 to December 31?").optional(),
  },
  group("the plan answers", "Answer the questions about your plan"),
);

export const personSchema = z
  .strictObject(
    {
      ageAtYearEnd: wholeNumber(`Enter your age at the end of the year, between ${AGE.min} and ${AGE.max}`, AGE.min, AGE.max),
      compensation: dollars("your pay from this employer for the year"),
      priorYearCompensation: dollars("your pay from this employer last year").optional(),
      priorYearFicaWages: dollars("your Social Security (FICA) wages from this employer last year").optional(),
      payPeriodsPerYear: wholeNumber(`Enter how many paychecks you get in a year, between ${PAY_PERIODS.min} and ${PAY_PERIODS.max}`, PAY_PERIODS.min, PAY_PERIODS.max).optional(),
      fivePercentOwner: z
        .boolean({ error: "Say whether you own more than 5% of the business, this year or last" })
        .optional(),
      // True: the pay comes from the person's own business (a solo 401(k)), and `compensation` is
      // the business's net profit (Schedule C line 31), from which earned income is worked out.
      ownBusiness: z
        .boolean({ error: "Say whether your pay comes from your own business (self-employment)" })
        .optional(),
      payPeriodsRemaining: wholeNumber(
        `Enter how many paychecks are left this year, between ${PAY_PERIODS.min} and ${PAY_PERIODS.max}`,
        PAY_PERIODS.min,
        PAY_PERIODS.max,
      ).optional(),
    },
    group("your details", "Answer the questions about you: your age and your pay"),
  )
  .refine(
    (person) =>
      person.payPeriodsRemaining === undefined ||
      (person.payPeriodsPerYear !== undefined && person.payPeriodsRemaining <= person.payPeriodsPerYear),
    {
      error: "Paychecks left this year can't be more than paychecks in a year: enter both",
      path: ["payPeriodsRemaining"],
    },
  );

export const contributionsSchema = z
  .strictObject(
    {
      employeeDeferrals: dollars("your pre-tax and Roth deferrals to this plan for the year"),
      otherPlansDeferrals: dollars("your deferrals to other employers' plans this year").optional(),
      afterTaxYearToDate: dollars("the after-tax contributions you have made so far this year").optional(),
      afterTaxBalance: dollars("your after-tax account balance").optional(),
      afterTaxEarnings: dollars("the earnings in your after-tax account").optional(),
    },
    group("your contributions", "Answer the questions about your contributions"),
  )
  .refine(
    (contributions) =>
      contributions.afterTaxBalance === undefined ||
      contributions.afterTaxEarnings === undefined ||
      contributions.afterTaxEarnings <= contributions.afterTaxBalance,
    { error: CROSS_MESSAGES.earningsAboveBalance, path: ["afterTaxEarnings"] },
  );

export const answersSchema = z
  .strictObject(
    {
      taxYear: wholeNumber("Enter the tax year as four digits, for example 2026", TAX_YEAR.min, TAX_YEAR.max),
      customLimits: customLimitsSchema.optional(),
      plan: planSchema,
      person: personSchema,
      contributions: contributionsSchema,
    },
    group("the answers", "Answer the questions to run the check"),
  )
  .refine((answers) => answers.contributions.employeeDeferrals <= answers.person.compensation, {
    error: CROSS_MESSAGES.deferralsAbovePay(),
    path: ["contributions", "employeeDeferrals"],
  })
  .refine(
    (answers) => (answers.contributions.afterTaxYearToDate ?? 0) <= answers.person.compensation,
    {
      error: CROSS_MESSAGES.afterTaxAbovePay(),
      path: ["contributions", "afterTaxYearToDate"],
    },
  );

export type YesNoUnsure = z.infer<typeof yesNoUnsure>;
export type CustomLimits = z.infer<typeof customLimitsSchema>;
export type EmployerMatch = z.infer<typeof employerMatchSchema>;
export type Nonelective = z.infer<typeof nonelectiveSchema>;
export type Plan = z.infer<typeof planSchema>;
export type Person = z.infer<typeof personSchema>;
export type Contributions = z.infer<typeof contributionsSchema>;
export type Answers = z.infer<typeof answersSchema>;
