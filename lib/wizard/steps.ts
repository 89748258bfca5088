import { formatUsd, typedMoney } from "../money";
import { daysInMonth, formatDate, isoDate, monthName } from "../planner/dates";
import { limitsForYear } from "../rules/limits";
import { deferralCents, type Draft } from "./draft";
import { IRS_FIGURES_STEP, stubFromAnotherYearProblems, taxYearsOffered } from "./irs-figures";
import type { FieldSpec, FormValues, ParsedValue } from "./fields";

/** The sections shown in the progress indicator ("Step 3 of 6: Your contributions"). */
export const SECTIONS = [
  "Your plan",
  "About you",
  "Your contributions",
  "Your employer's contributions",
  "Check your answers",
  "Your result",
] as const;

export type StepSlug =
  | "after-tax"
  | "in-plan-conversion"
  | "in-service-withdrawal"
  | "plan-details"
  | "about-you"
  | "irs-limits"
  | "last-year"
  | "contributions"
  | "employer"
  | "paychecks"
  | "pay-stub"
  | "paycheck-rules";

export interface StepContext {
  /** The calendar year today, for the default tax year. */
  currentYear: number;
  /** Today, YYYY-MM-DD: from October on, next year is offered too (irs-figures.ts). */
  today?: string;
}

export interface QuestionStep {
  slug: StepSlug;
  /** Index into SECTIONS. */
  section: number;
  /** The page title; for a one-question page the question itself is the heading. */
  title: string;
  intro?: string;
  fields(draft: Draft, context: StepContext): FieldSpec[];
  /** The form's values from what was saved, formatted as a person would type them. */
  values?(draft: Draft, context: StepContext): FormValues;
  /** The draft with this page's parsed answers in it. */
  apply?(draft: Draft, data: Record<string, ParsedValue>): Draft;
  /** Checks across this page's answers (a real date, two different pay days): messages by field. */
  check?(draft: Draft, today?: string): Record<string, string>;
}

const YES_NO_UNSURE = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "Not sure" },
];

function planQuestion(
  slug: StepSlug,
  name: string,
  label: string,
  hint: string,
): QuestionStep {
  return {
    slug,
    section: 0,
    title: label,
    fields: () => [
      {
        name,
        kind: "choice",
        label,
        hint,
        isPageHeading: true,
        options: YES_NO_UNSURE,
        requiredMessage: "Select yes, no or not sure",
      },
    ],
  };
}

/** "this year" said as the year it is, so a question about a year to come is not read as today's. */
function nameTheYear(draft: Draft): string {
  return draft.taxYear === undefined ? "this year" : String(draft.taxYear);
}

/** Age 50 or over in a year whose catch-ups must be Roth above a wage threshold. */
function catchUpRothApplies(draft: Draft): boolean {
  return draft.ageAtYearEnd !== undefined && draft.ageAtYearEnd >= 50 && rothCatchUpThresholdCents(draft) !== undefined;
}

function rothCatchUpThresholdCents(draft: Draft): number | undefined {
  if (draft.taxYear === undefined) return undefined;
  const limits = limitsForYear(draft.taxYear);
  return limits ? (limits.rothCatchUpWageThreshold?.cents ?? undefined) : draft.limitRothCatchUpWageThreshold;
}

export const STEPS: readonly QuestionStep[] = [
  planQuestion(
    "after-tax",
    "afterTaxContributions",
    "Does your plan allow after-tax contributions?",
    'These are after-tax contributions that are not Roth. Look in the Summary Plan Description under "contributions" for "after-tax contributions", "voluntary after-tax" or "non-Roth after-tax". Roth 401(k) contributions are something else.',
  ),
  planQuestion(
    "in-plan-conversion",
    "inPlanRothConversion",
    "Can you convert after-tax money to Roth inside the plan?",
    'Look for "in-plan Roth conversion", "in-plan Roth rollover" or "Roth in-plan conversion" of after-tax contributions, in the Summary Plan Description or on the plan website.',
  ),
  planQuestion(
    "in-service-withdrawal",
    "inServiceWithdrawal",
    "Can you withdraw after-tax money while you still work there?",
    'Look for "in-service withdrawal" or "in-service distribution" of after-tax contributions (sometimes "after-tax withdrawal at any time"). The money can then be rolled over to a Roth IRA.',
  ),
  {
    slug: "plan-details",
    section: 0,
    title: "A few more details about your plan",
    intro: "These change the warnings and the steps in your checklist, not whether you can do it.",
    fields(draft) {
      const fields: FieldSpec[] = [];
      if (draft.inPlanRothConversion === "yes" || draft.inPlanRothConversion === "unsure") {
        fields.push({
          name: "automaticConversion",
          kind: "choice",
          label: "Can the plan convert after-tax contributions to Roth automatically?",
          hint: 'Look for "automatic in-plan Roth conversion" or an option to convert "each payroll". It keeps the taxable earnings near zero.',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan can convert automatically",
        });
      }
      if (draft.inPlanRothConversion !== "yes" && draft.inServiceWithdrawal !== "no") {
        fields.push({
          name: "separateAfterTaxAccounting",
          kind: "choice",
          label: "Can you withdraw just the after-tax money (with its earnings) on its own?",
          hint: 'Some plans pay out a share of your pre-tax money with every withdrawal. Look for "after-tax subaccount" or "withdrawals are taken from your after-tax account first".',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether you can withdraw the after-tax money on its own",
        });
      }
      fields.push(
        {
          name: "hasAfterTaxCap",
          kind: "choice",
          label: "Does the plan limit after-tax contributions to a percentage of your pay?",
          hint: 'For example "you may contribute up to 10% of your eligible pay on an after-tax basis".',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan limits after-tax contributions",
        },
        {
          name: "afterTaxCapPercentOfPay",
          kind: "percent",
          label: "The plan's after-tax limit, as a percentage of pay",
          hint: "For example 10%",
          revealWhen: { field: "hasAfterTaxCap", equals: ["yes"] },
          requiredMessage: "Enter the plan's after-tax limit as a percentage of pay, for example 10",
        },
        {
          name: "lateEmployerMoney",
          kind: "choice",
          label: "Can your employer add money outside the match formula for the year after it ends? (optional)",
          hint: "For example profit sharing decided after the year, forfeitures shared out, or another plan of the same employer such as an ESOP. It counts toward that year's limit. A match true-up is already counted: the room uses the match's yearly formula.",
          options: YES_NO_UNSURE,
          optional: true,
        },
        {
          name: "calendarPlanYear",
          kind: "choice",
          label: "Does the plan year run from January 1 to December 31? (optional)",
          hint: 'Look for "plan year" or "limitation year" in the Summary Plan Description.',
          options: YES_NO_UNSURE,
          optional: true,
        },
      );
      return fields;
    },
  },
  {
    slug: "about-you",
    section: 1,
    title: "About you",
    fields(_draft, context) {
      const years = taxYearsOffered(context);
      return [
        {
          name: "taxYearChoice",
          kind: "choice",
          label: "Which tax year are you checking?",
          options: [
            ...years.map((year) => ({
              value: String(year),
              label: String(year),
              hint: limitsForYear(year) ? undefined : "The IRS figures for this year are not in the app yet: you can enter them",
            })),
            { value: "other", label: "Another year" },
          ],
          requiredMessage: "Select the tax year you are checking",
        },
        {
          name: "otherTaxYear",
          kind: "year",
          label: "Tax year",
          hint: "For example 2027",
          min: 2000,
          max: 2100,
          revealWhen: { field: "taxYearChoice", equals: ["other"] },
          requiredMessage: "Enter the tax year, for example 2027",
        },
        {
          name: "ageAtYearEnd",
          kind: "whole",
          label: "Your age on December 31 of that year",
          hint: "Catch-up contributions depend on it: 50 or over, and more at 60 to 63.",
          min: 18,
          max: 120,
          noun: "an age",
          requiredMessage: "Enter your age on December 31, between 18 and 120",
        },
        // Self-employment (domain §4, item 10): a solo 401(k)'s compensation is earned income,
        // worked out by the rules from the business's net profit entered as the pay below.
        {
          name: "ownBusiness",
          kind: "choice",
          label: "Does this pay come from your own business? (optional)",
          hint: "Answer yes if you are self-employed, for example with a solo 401(k). Then enter your business's net profit for the year as your pay (Schedule C line 31): we work out your earned income from it, less half the self-employment tax, as the plan must.",
          options: [
            { value: "yes", label: "Yes, from my own business" },
            { value: "no", label: "No, I am an employee" },
          ],
          optional: true,
        },
        {
          name: "compensation",
          kind: "money",
          label: "Your pay from this employer for the year, before tax",
          hint: "Salary plus any bonus the plan counts, as a yearly amount. For example 150,000.",
          requiredMessage: "Enter your pay for the year, for example 150,000",
        },
        {
          name: "payPeriodsPerYear",
          kind: "choice",
          label: "How often are you paid?",
          hint: "We use it to turn your yearly room into an amount per paycheck.",
          options: [
            { value: "52", label: "Weekly (52 paychecks)" },
            { value: "26", label: "Every two weeks (26 paychecks)" },
            { value: "24", label: "Twice a month (24 paychecks)" },
            { value: "12", label: "Monthly (12 paychecks)" },
          ],
          requiredMessage: "Select how often you are paid",
        },
      ];
    },
    values(draft, context) {
      const year = draft.taxYear ?? context.currentYear;
      const listed = this.fields(draft, context)[0]?.options?.some((o) => o.value === String(year));
      return {
        taxYearChoice: listed ? String(year) : "other",
        otherTaxYear: listed ? "" : String(year),
        ageAtYearEnd: draft.ageAtYearEnd === undefined ? "" : String(draft.ageAtYearEnd),
        ownBusiness: draft.ownBusiness ?? "",
        compensation: draft.compensation === undefined ? "" : typedMoney(draft.compensation),
        payPeriodsPerYear: draft.payPeriodsPerYear === undefined ? "" : String(draft.payPeriodsPerYear),
      };
    },
    apply(draft, data) {
      const taxYear = data.taxYearChoice === "other" ? Number(data.otherTaxYear) : Number(data.taxYearChoice);
      return {
        ...draft,
        taxYear,
        ageAtYearEnd: data.ageAtYearEnd as number,
        ownBusiness: data.ownBusiness as Draft["ownBusiness"],
        compensation: data.compensation as number,
        payPeriodsPerYear: Number(data.payPeriodsPerYear),
      };
    },
  },
  IRS_FIGURES_STEP,
  {
    slug: "last-year",
    section: 1,
    title: "Your pay last year",
    intro: "Last year's pay decides two rules for this year. Leave a box blank if you do not know: we will tell you what to ask.",
    fields(draft) {
      const year = draft.taxYear ?? 0;
      const fields: FieldSpec[] = [
        {
          name: "priorYearCompensation",
          kind: "money",
          label: `Your pay from this employer in ${year - 1}`,
          hint: "If it was over the highly compensated employee threshold, the plan's nondiscrimination test can refund some of your after-tax contributions.",
          optional: true,
        },
      ];
      fields.push({
        name: "fivePercentOwner",
        kind: "choice",
        label: `Did you own more than 5% of the business in ${year - 1} or ${year}? (optional)`,
        hint: "Counting shares your spouse, children, parents and grandchildren own. An owner of more than 5% is a highly compensated employee whatever the pay.",
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        optional: true,
      });
      if (catchUpRothApplies(draft)) {
        fields.push({
          name: "priorYearFicaWages",
          kind: "money",
          label: `Your Social Security wages from this employer in ${year - 1}`,
          hint: `Box 3 of your ${year - 1} Form W-2 from this employer. Over ${formatUsd(rothCatchUpThresholdCents(draft) ?? 0)}, catch-up contributions must be Roth.`,
          optional: true,
        });
      }
      return fields;
    },
  },
  {
    slug: "contributions",
    section: 2,
    title: "Your contributions",
    intro: "Your own pre-tax and Roth 401(k) contributions for the whole year, as you plan them.",
    fields(draft) {
      const fields: FieldSpec[] = [
        {
          name: "deferralMode",
          kind: "choice",
          label: "How do you want to enter your pre-tax and Roth contributions?",
          options: [
            { value: "dollars", label: "In dollars for the year" },
            { value: "percent", label: "As a percentage of pay" },
          ],
          requiredMessage: "Select dollars or a percentage of pay",
        },
        {
          name: "employeeDeferrals",
          kind: "money",
          label: "Pre-tax and Roth contributions for the year",
          hint: "Include catch-up contributions. For example 24,500.",
          revealWhen: { field: "deferralMode", equals: ["dollars"] },
          requiredMessage: "Enter your pre-tax and Roth contributions for the year, for example 24,500",
        },
        {
          name: "deferralPercent",
          kind: "percent",
          label: "Pre-tax and Roth contributions as a percentage of pay",
          hint: "For example 15%",
          revealWhen: { field: "deferralMode", equals: ["percent"] },
          requiredMessage: "Enter your contributions as a percentage of pay, for example 15",
        },
        {
          name: "otherPlansDeferrals",
          kind: "money",
          label: `Pre-tax and Roth contributions to other employers' 401(k), 403(b), SIMPLE or SARSEP plans in ${nameTheYear(draft)} (optional)`,
          hint: "For example from a job you left this year. The yearly deferral limit is per person, across these plans. Leave out a governmental 457(b) plan: it has its own limit.",
          optional: true,
        },
        {
          name: "afterTaxYearToDate",
          kind: "money",
          label: `After-tax contributions you have already made in ${nameTheYear(draft)} (optional)`,
          hint: "From your latest pay stub or the plan website.",
          optional: true,
        },
        {
          name: "afterTaxBalance",
          kind: "money",
          label: "After-tax money still in the plan from earlier years, with its earnings (optional)",
          hint: "The after-tax (non-Roth) account balance on the plan website, not yet converted to Roth.",
          optional: true,
        },
        {
          name: "afterTaxEarnings",
          kind: "money",
          label: "Of that balance, the earnings (optional)",
          hint: "The balance less the after-tax contributions in it. The earnings are what a conversion would tax.",
          optional: true,
        },
      ];
      const threshold = rothCatchUpThresholdCents(draft);
      const wagesOver = draft.priorYearFicaWages === undefined || threshold === undefined || draft.priorYearFicaWages > threshold;
      if (catchUpRothApplies(draft) && wagesOver) {
        fields.push({
          name: "rothDeferralOption",
          kind: "choice",
          label: "Does your plan offer Roth 401(k) contributions?",
          hint: `Your catch-up contributions must be Roth in ${nameTheYear(draft)}. Without a Roth option the plan allows no catch-up at all.`,
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan offers Roth contributions",
        });
        if (draft.inPlanRothConversion === "yes") {
          // An in-plan Roth conversion puts money in a Roth account of the plan (IRC §402A(c)(4)),
          // so a plan that has one almost always takes Roth contributions too.
          fields.push({
            name: "rothAnswersConfirmed",
            kind: "choice",
            label: "You said the plan converts after-tax money to Roth inside the plan but has no Roth 401(k) contributions. Is that right?",
            hint: "A plan that converts inside the plan keeps Roth accounts, so it usually takes Roth contributions too. Check the Summary Plan Description.",
            options: [
              { value: "yes", label: "Yes, both answers are right" },
              { value: "no", label: "No, I'll change an answer" },
            ],
            revealWhen: { field: "rothDeferralOption", equals: ["no"] },
            requiredMessage: "Confirm your answers about Roth contributions and in-plan conversion",
          });
        }
      }
      return fields;
    },
    check(draft) {
      const errors: Record<string, string> = {};
      if (draft.compensation === undefined) return errors;
      const pay = typedMoney(draft.compensation);
      const deferrals = deferralCents(draft);
      if (deferrals !== undefined && deferrals > draft.compensation) {
        const field = draft.deferralMode === "percent" ? "deferralPercent" : "employeeDeferrals";
        errors[field] = `Your contributions can't be more than your pay of $${pay}`;
      }
      if ((draft.afterTaxYearToDate ?? 0) > draft.compensation) {
        errors.afterTaxYearToDate = `After-tax contributions so far can't be more than your pay of $${pay}`;
      }
      if (draft.afterTaxEarnings !== undefined && draft.afterTaxEarnings > (draft.afterTaxBalance ?? 0)) {
        errors.afterTaxEarnings =
          draft.afterTaxBalance === undefined
            ? "Enter the after-tax balance the earnings are part of"
            : "The earnings can't be more than the whole after-tax balance";
      }
      if (draft.rothDeferralOption === "no" && draft.inPlanRothConversion === "yes" && draft.rothAnswersConfirmed === "no") {
        errors.rothDeferralOption =
          "Change this answer, or go back and change your answer about converting after-tax money to Roth inside the plan";
      }
      return errors;
    },
  },
  {
    slug: "employer",
    section: 3,
    title: "Your employer's contributions",
    intro: "Employer money counts toward the same yearly limit as your after-tax contributions, so it reduces your room.",
    fields: () => [
      {
        name: "matchKind",
        kind: "choice",
        label: "How does your employer match your contributions?",
        hint: "As the plan states it, in the Summary Plan Description or your benefits guide.",
        options: [
          { value: "none", label: "No match" },
          { value: "formula", label: "A percentage up to a percentage of pay", hint: 'For example "50% of what you put in, up to 6% of pay"' },
          { value: "twoTier", label: "Two tiers", hint: 'For example "100% of the first 3% of pay, then 50% of the next 2%"' },
          { value: "dollarCap", label: "A percentage up to a dollar amount", hint: 'For example "50% of what you put in, up to $12,250 of match"' },
          { value: "amount", label: "I know the match in dollars for the year" },
          { value: "unsure", label: "Not sure", hint: "Your plan document states it: we can find it there for you" },
        ],
        requiredMessage: "Select how your employer matches",
      },
      percentField("matchPercent", "Match rate", "For example 50 for \"50% of what you put in\"", ["formula"]),
      percentField("matchUpToPercent", "Up to this percentage of pay", "For example 6", ["formula"]),
      percentField("tier1MatchPercent", "First tier: match rate", "For example 100", ["twoTier"]),
      percentField("tier1OfPayPercent", "First tier: on this percentage of pay", "For example 3", ["twoTier"]),
      percentField("tier2MatchPercent", "Second tier: match rate", "For example 50", ["twoTier"]),
      percentField("tier2OfPayPercent", "Second tier: on the next percentage of pay", "For example 2", ["twoTier"]),
      percentField("capMatchPercent", "Match rate", "For example 50", ["dollarCap"]),
      {
        name: "capMaxMatch",
        kind: "money",
        label: "Most the employer matches in a year",
        hint: "For example 12,250",
        revealWhen: { field: "matchKind", equals: ["dollarCap"] },
        requiredMessage: "Enter the most the employer matches in a year, for example 12,250",
      },
      {
        name: "matchAmount",
        kind: "money",
        label: "Employer match for the year",
        hint: "For example 4,500",
        revealWhen: { field: "matchKind", equals: ["amount"] },
        requiredMessage: "Enter the employer match for the year, for example 4,500",
      },
      {
        name: "matchesAfterTax",
        kind: "choice",
        label: "Does the match also apply to after-tax contributions?",
        hint: "Most plans match only pre-tax and Roth contributions. If yours matches after-tax money too, the match takes part of your room.",
        options: [
          { value: "no", label: "No, only pre-tax and Roth" },
          { value: "yes", label: "Yes, after-tax contributions are matched too" },
        ],
        revealWhen: { field: "matchKind", equals: ["formula", "twoTier", "dollarCap"] },
        requiredMessage: "Select whether after-tax contributions are matched",
      },
      {
        name: "nonelectivePercent",
        kind: "percent",
        label: "Profit-sharing or other employer contribution, as a percentage of pay (optional)",
        hint: "Money the employer puts in whether or not you contribute. For example 3%.",
        optional: true,
      },
      {
        name: "nonelectiveAmount",
        kind: "money",
        label: "Profit-sharing or other employer contribution in dollars (optional)",
        hint: "If you know it as an amount for the year instead.",
        optional: true,
      },
    ],
    check(draft): Record<string, string> {
      const twoTiersOverPay =
        draft.matchKind === "twoTier" && (draft.tier1OfPayPercent ?? 0) + (draft.tier2OfPayPercent ?? 0) > 100;
      return twoTiersOverPay ? { tier2OfPayPercent: "The two tiers together can't cover more than 100% of pay" } : {};
    },
  },
  {
    slug: "paychecks",
    section: 3,
    title: "Plan your paychecks (optional)",
    intro:
      "We can turn your yearly room into the elections to set now, paycheck by paycheck, from the figures on your latest pay stub. You can skip this and come back to it from your answers.",
    fields(draft) {
      const planning = { field: "planPaychecks", equals: ["yes"] };
      const fields: FieldSpec[] = [
        {
          name: "planPaychecks",
          kind: "choice",
          label: "Do you want a plan for each paycheck left this year?",
          options: [
            { value: "yes", label: "Yes, plan my paychecks", hint: "Have your latest pay stub on hand" },
            { value: "later", label: "Not now, I'll do this later" },
          ],
          requiredMessage: "Select whether you want a plan for each paycheck",
        },
        {
          name: "lastPayDate",
          kind: "date",
          label: "Date of your latest paycheck",
          hint: "The pay date on your latest pay stub, for example 20 11 2026",
          parts: { day: "lastPayDay", month: "lastPayMonth", year: "lastPayYear" },
          min: 2000,
          max: 2100,
          revealWhen: planning,
          requiredMessage: "Enter the date of your latest paycheck, for example 20 11 2026",
        },
      ];
      if (draft.payPeriodsPerYear === 24) {
        fields.push(
          wholeField("semiMonthlyFirstDay", "First pay day of the month", "For example 15", 1, 31, planning),
          wholeField("semiMonthlySecondDay", "Second pay day of the month", "For example 31 for the last day of the month", 1, 31, planning),
        );
      } else if (draft.payPeriodsPerYear === 12) {
        fields.push(wholeField("monthlyPayDay", "Pay day of the month", "For example 31 for the last day of the month", 1, 31, planning));
      }
      return fields;
    },
    check(draft, today) {
      const errors: Record<string, string> = {};
      if (draft.planPaychecks !== "yes") return errors;
      const { lastPayDay: day, lastPayMonth: month, lastPayYear: year } = draft;
      if (day !== undefined && month !== undefined && year !== undefined) {
        const stub = isoDate(year, month, day);
        if (day > daysInMonth(year, month)) {
          errors.lastPayDay = `${monthName(month)} ${year} has ${daysInMonth(year, month)} days: check the date of your latest paycheck`;
        } else if (today !== undefined && stub > today) {
          errors.lastPayDay = `The date of your latest paycheck can't be after today, ${formatDate(today)}`;
        } else if (today !== undefined && draft.taxYear !== undefined && draft.taxYear <= Number(today.slice(0, 4)) && year !== draft.taxYear) {
          // A year still running needs a stub from that year; a year to come plans from its first paycheck and takes the latest stub of any year.
          errors.lastPayDay = `Enter the date of a pay stub from ${draft.taxYear}, the tax year you are checking`;
        }
      }
      if (draft.payPeriodsPerYear === 24 && draft.semiMonthlyFirstDay !== undefined) {
        if (draft.semiMonthlyFirstDay === draft.semiMonthlySecondDay) {
          errors.semiMonthlySecondDay = "The two pay days of the month must be different days";
        } else if (Math.min(draft.semiMonthlyFirstDay, draft.semiMonthlySecondDay ?? 0) >= 28) {
          errors.semiMonthlySecondDay = "The two pay days would both fall on the last day of February: check the days";
        }
      }
      return errors;
    },
  },
  {
    slug: "pay-stub",
    section: 3,
    title: "Your latest pay stub",
    intro: "The year-to-date figures and your take-home pay, from the pay stub you dated on the last page.",
    fields(draft) {
      const fields: FieldSpec[] = [
        {
          name: "ytdDeferrals",
          kind: "money",
          label: "Pre-tax and Roth contributions so far this year (optional)",
          hint: "Year to date on that pay stub. Leave blank if none.",
          optional: true,
        },
      ];
      if (draft.matchKind !== undefined && draft.matchKind !== "none") {
        fields.push({
          name: "ytdMatch",
          kind: "money",
          label: "Employer match so far this year (optional)",
          hint: "Year to date, from the pay stub or the plan website. Leave blank if none.",
          optional: true,
        });
      }
      fields.push(
        {
          name: "takeHomePay",
          kind: "money",
          label: "Take-home pay on that pay stub (optional)",
          hint: "Net pay, after taxes and contributions. With it, no election takes a paycheck below what you need.",
          optional: true,
        },
        {
          name: "contributionsOnStub",
          kind: "money",
          label: "Contributions to this plan taken from that paycheck (optional)",
          hint: "Pre-tax, Roth and after-tax together, for that one paycheck. Leave blank if none.",
          optional: true,
        },
        {
          name: "takeHomeFloor",
          kind: "money",
          label: "The least take-home pay you need from each paycheck (optional)",
          hint: "For rent, bills and savings you can't touch. For example 2,500.",
          optional: true,
        },
        {
          name: "bonusAmount",
          kind: "money",
          label: "A bonus still to come this year (optional)",
          hint: "Before tax, for example 10,000. It is part of your pay for the year.",
          optional: true,
        },
        {
          ...wholeField("bonusMonth", "Month the bonus is paid (optional)", "As a number, for example 12 for December", 1, 12, undefined),
          optional: true,
        },
      );
      return fields;
    },
    check(draft) {
      const errors: Record<string, string> = stubFromAnotherYearProblems(draft);
      if (draft.takeHomeFloor !== undefined && draft.takeHomePay === undefined) {
        errors.takeHomePay = "Enter the take-home pay on your latest pay stub, so the plan can keep each paycheck above what you need";
      }
      if (
        draft.takeHomeFloor !== undefined &&
        draft.takeHomePay !== undefined &&
        draft.takeHomeFloor > draft.takeHomePay + (draft.contributionsOnStub ?? 0)
      ) {
        errors.takeHomeFloor = "The take-home you need is more than the paycheck has before contributions: nothing could go to the plan";
      }
      if ((draft.bonusAmount ?? 0) > 0 && draft.bonusMonth === undefined) {
        errors.bonusMonth = "Enter the month the bonus is paid, for example 12";
      }
      if (draft.bonusAmount !== undefined && draft.compensation !== undefined && draft.bonusAmount >= draft.compensation) {
        errors.bonusAmount = `The bonus must be less than your pay for the year of $${typedMoney(draft.compensation)}, which includes it`;
      }
      return errors;
    },
  },
  {
    slug: "paycheck-rules",
    section: 3,
    title: "How your plan takes contributions",
    intro: "From the plan website's contribution page or the Summary Plan Description.",
    fields(draft) {
      const fields: FieldSpec[] = [];
      if (draft.matchKind === "formula" || draft.matchKind === "twoTier" || draft.matchKind === "dollarCap") {
        fields.push({
          name: "matchTrueUp",
          kind: "choice",
          label: "Does your plan true up the match after the year?",
          hint: 'A "true-up" tops the match up to the yearly formula if you reach the limit early. Without one, the match is worked out on each paycheck alone, and contributing faster can lose match.',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether your plan trues up the match",
        });
      }
      fields.push(
        {
          name: "electionRounding",
          kind: "choice",
          label: "How does your plan let you set your contributions?",
          hint: "On the plan website's contribution page.",
          options: [
            { value: "whole", label: "Whole percentages of pay (1%, 2%, ...)" },
            { value: "half", label: "Half percentages (0.5%, 1%, ...)" },
            { value: "tenth", label: "Tenths of a percent (0.1%, 0.2%, ...)" },
            { value: "dollars", label: "A dollar amount per paycheck" },
          ],
          requiredMessage: "Select how your plan lets you set your contributions",
        },
        {
          name: "contributionCapPercent",
          kind: "percent",
          label: "Your plan's cap on contributions from one paycheck, if it has one (optional)",
          hint: "Many plans cap pre-tax, Roth and after-tax together at a share of each paycheck, for example 80%.",
          optional: true,
        },
        {
          name: "frontLoadPercent",
          kind: "percent",
          label: "The most of one paycheck you could put in (optional)",
          hint: "For a faster schedule that reaches the limits sooner. If you leave it blank we use 50%.",
          optional: true,
        },
      );
      const limit = draft.taxYear === undefined ? undefined : limitsForYear(draft.taxYear)?.compensation.cents ?? draft.limitCompensation;
      if (limit !== undefined && draft.compensation !== undefined && draft.compensation > limit) {
        fields.push({
          name: "compensationCapMethod",
          kind: "choice",
          label: `Your pay is over the ${formatUsd(limit)} compensation limit. How does your plan apply it? (optional)`,
          hint: "Ask payroll or the plan. If you are not sure we assume contributions and the match stop once your pay so far reaches the limit, and say so.",
          options: [
            { value: "year_to_date", label: "Contributions stop once my pay so far reaches the limit" },
            { value: "per_paycheck", label: "A share of the limit counts on each paycheck, all year" },
            { value: "unsure", label: "Not sure" },
          ],
          optional: true,
        });
      }
      if (draft.bonusAmount !== undefined && draft.bonusAmount > 0) {
        fields.push({
          name: "flatElectionOnBonus",
          kind: "choice",
          label: "If you set a dollar amount per paycheck, does payroll take it from the bonus check too? (optional)",
          hint: "If you are not sure we assume it is taken once on that pay date, from the regular paycheck.",
          options: [
            { value: "yes", label: "Yes, from the bonus check too" },
            { value: "no", label: "No, once a pay date" },
          ],
          revealWhen: { field: "electionRounding", equals: ["dollars"] },
          optional: true,
        });
      }
      return fields;
    },
  },
];

function wholeField(
  name: string,
  label: string,
  hint: string,
  min: number,
  max: number,
  revealWhen: FieldSpec["revealWhen"],
): FieldSpec {
  // Every whole-number question past "About you" is a day of the month or a month.
  const noun = max === 12 ? "a month" : "a day of the month";
  return { name, kind: "whole", label, hint, min, max, noun, revealWhen, requiredMessage: `Enter the ${lowerFirst(label)}, for example ${hint.match(/\d+/)?.[0] ?? min}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function percentField(name: string, label: string, hint: string, kinds: string[]): FieldSpec {
  return {
    name,
    kind: "percent",
    label,
    hint,
    revealWhen: { field: "matchKind", equals: kinds },
    requiredMessage: `Enter the ${label.toLowerCase()}, for example ${hint.match(/\d+/)?.[0] ?? "50"}`,
  };
}

export function stepBySlug(slug: string): QuestionStep | undefined {
  return STEPS.find((step) => step.slug === slug);
}
