import { formatUsd, typedMoney } from "../money";
import { formatDate } from "../planner/dates";
import { KNOWN_TAX_YEARS, limitsForYear, type TaxYearLimits } from "../rules/limits";
import { CROSS_MESSAGES } from "./answers";
import type { Draft } from "./draft";
import { taxYearsOffered, withFiguresChecks, withStubYearCheck } from "./irs-figures";
import { answerField, type FieldSpec, type FormValues, type ParsedValue } from "./fields";

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
  | "plan-year"
  | "about-you"
  | "your-pay"
  | "irs-limits"
  | "irs-limits-plan"
  | "last-year"
  | "contributions"
  | "after-tax-money"
  | "roth-option"
  | "employer"
  | "match"
  | "match-after-tax"
  | "paychecks"
  | "pay-stub"
  | "take-home"
  | "paycheck-rules"
  | "paycheck-limits";

export interface StepContext {
  /** The calendar year today, for the default tax year. */
  currentYear: number;
  /** Today (ISO), for the rules that need it (a pay stub can't be dated after it); unchecked when absent. */
  today?: string;
}

/** No page asks more than this many things, its reveals included (GOV.UK: few questions a page). */
export const MOST_QUESTIONS_A_PAGE = 4;

export interface QuestionStep {
  slug: StepSlug;
  /** Index into SECTIONS. */
  section: number;
  /** The heading its answers sit under on the check-your-answers page, when not the section's. */
  group?: string;
  /** The page title; for a one-question page the question itself is the heading. */
  title: string;
  intro?: string;
  fields(draft: Draft, context: StepContext): FieldSpec[];
  /** The form's values from what was saved, formatted as a person would type them. */
  values?(draft: Draft, context: StepContext): FormValues;
  /** The draft with this page's parsed answers in it. */
  apply?(draft: Draft, data: Record<string, ParsedValue>): Draft;
  /** Whether the page is asked with these answers (the journey adds its own branching). */
  applies?(draft: Draft): boolean;
}

/** The tax year by name, so a question about a year to come is not read as today's ("this year" before it is chosen). */
function theYear(draft: Draft): string {
  return draft.taxYear === undefined ? "this year" : String(draft.taxYear);
}

const YES_NO_UNSURE = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
  { value: "unsure", label: "Not sure" },
];

function planQuestion(slug: StepSlug, name: "afterTaxContributions" | "inPlanRothConversion" | "inServiceWithdrawal", label: string, hint: string): QuestionStep {
  return {
    slug,
    section: 0,
    title: label,
    fields: () => [{ ...answerField(name), kind: "choice", label, hint, isPageHeading: true, options: YES_NO_UNSURE, requiredMessage: "Select yes, no or not sure" }],
  };
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

/** The IRS figures of the year checked: the limits table's, or the ones the person entered. */
function electiveDeferralCents(draft: Draft): number | undefined {
  if (draft.taxYear === undefined) return undefined;
  return limitsForYear(draft.taxYear)?.electiveDeferral.cents ?? draft.limitElectiveDeferral;
}

function compensationLimitCents(draft: Draft): number | undefined {
  if (draft.taxYear === undefined) return undefined;
  return limitsForYear(draft.taxYear)?.compensation.cents ?? draft.limitCompensation;
}

/** The latest year in the limits table, whose figures the IRS-figures page gives as examples. */
function latestLimits(): TaxYearLimits {
  return limitsForYear(Math.max(...KNOWN_TAX_YEARS))!;
}

function payOf(draft: Draft): string | undefined {
  return draft.compensation === undefined ? undefined : typedMoney(draft.compensation);
}

const MATCH_FORMULA_KINDS = ["formula", "twoTier", "dollarCap"];

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
          ...answerField("automaticConversion"),
          label: "Can the plan convert after-tax contributions to Roth automatically?",
          hint: 'Look for "automatic in-plan Roth conversion" or an option to convert "each payroll". It keeps the taxable earnings near zero.',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan can convert automatically",
        });
      }
      if (draft.inPlanRothConversion !== "yes" && draft.inServiceWithdrawal !== "no") {
        fields.push({
          ...answerField("separateAfterTaxAccounting"),
          label: "Can you withdraw just the after-tax money (with its earnings) on its own?",
          hint: 'Some plans pay out a share of your pre-tax money with every withdrawal. Look for "after-tax subaccount" or "withdrawals are taken from your after-tax account first".',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether you can withdraw the after-tax money on its own",
        });
      }
      fields.push(
        {
          ...answerField("hasAfterTaxCap"),
          label: "Does the plan limit after-tax contributions to a percentage of your pay?",
          hint: 'For example "you may contribute up to 10% of your eligible pay on an after-tax basis".',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan limits after-tax contributions",
        },
        {
          ...answerField("afterTaxCapPercentOfPay"),
          label: "The plan's after-tax limit, as a percentage of pay",
          hint: "For example 10%",
          revealWhen: { field: "hasAfterTaxCap", equals: ["yes"] },
          requiredMessage: "Enter the plan's after-tax limit as a percentage of pay, for example 10",
          perYearOfCents: draft.compensation,
        },
      );
      return fields;
    },
  },
  {
    slug: "plan-year",
    section: 0,
    title: "Your plan's year",
    intro: "Both are optional: they add a warning or a step to your checklist when they apply.",
    fields: () => [
      {
        ...answerField("lateEmployerMoney"),
        label: "Can your employer add money outside the match formula for the year after it ends? (optional)",
        hint: "For example profit sharing decided after the year, forfeitures shared out, or another plan of the same employer such as an ESOP. It counts toward that year's limit. A match true-up is already counted: the room uses the match's yearly formula.",
        options: YES_NO_UNSURE,
        optional: true,
      },
      {
        ...answerField("calendarPlanYear"),
        label: "Does the plan year run from January 1 to December 31? (optional)",
        hint: 'Look for "plan year" or "limitation year" in the Summary Plan Description.',
        options: YES_NO_UNSURE,
        optional: true,
      },
    ],
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
          ...answerField("taxYear"),
          name: "otherTaxYear",
          kind: "year",
          label: "Tax year",
          hint: "For example 2027",
          revealWhen: { field: "taxYearChoice", equals: ["other"] },
          requiredMessage: "Enter the tax year, for example 2027",
        },
        {
          ...answerField("ageAtYearEnd"),
          label: "Your age on December 31 of that year",
          hint: "Catch-up contributions depend on it: 50 or over, and more at 60 to 63.",
          noun: "an age",
          requiredMessage: "Enter your age on December 31, between 18 and 120",
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
      };
    },
    apply(draft, data) {
      const taxYear = data.taxYearChoice === "other" ? Number(data.otherTaxYear) : Number(data.taxYearChoice);
      return { ...draft, taxYear, ageAtYearEnd: data.ageAtYearEnd as number };
    },
  },
  {
    slug: "your-pay",
    section: 1,
    title: "Your pay",
    fields: () => [
      // Self-employment (domain §4, item 10): a solo 401(k)'s compensation is earned income,
      // worked out by the rules from the business's net profit entered as the pay below.
      {
        ...answerField("ownBusiness"),
        label: "Does this pay come from your own business? (optional)",
        hint: "Answer yes if you are self-employed, for example with a solo 401(k). Then enter your business's net profit for the year as your pay (Schedule C line 31): we work out your earned income from it, less half the self-employment tax, as the plan must.",
        options: [
          { value: "yes", label: "Yes, from my own business" },
          { value: "no", label: "No, I am an employee" },
        ],
        optional: true,
      },
      {
        ...answerField("compensation"),
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
    ],
    apply(draft, data) {
      return {
        ...draft,
        ownBusiness: data.ownBusiness as Draft["ownBusiness"],
        compensation: data.compensation as number,
        payPeriodsPerYear: Number(data.payPeriodsPerYear),
      };
    },
  },
  withFiguresChecks({
    slug: "irs-limits",
    section: 1,
    title: "Enter the IRS figures for the year: your own contributions",
    intro:
      "The app does not have the IRS figures for this year yet, and it never carries last year's forward. Copy them from the IRS notice for the year (search irs.gov for \"cost-of-living adjustments\" and the year). A public summary table can contain errors: use the notice itself.",
    fields() {
      const latest = latestLimits();
      const was = (figure: { cents: number }) => `For ${latest.taxYear} it was ${typedMoney(figure.cents)}.`;
      return [
        limitField("limitElectiveDeferral", "Elective deferral limit", `IRC §402(g)(1). ${was(latest.electiveDeferral)}`),
        limitField("limitCatchUp50", "Catch-up limit at age 50 or over", `IRC §414(v)(2)(B)(i). ${was(latest.catchUp50)}`),
        limitField("limitCatchUp60to63", "Catch-up limit at age 60 to 63", `IRC §414(v)(2)(E). ${was(latest.catchUp60to63)}`),
      ];
    },
  }),
  withFiguresChecks({
    slug: "irs-limits-plan",
    section: 1,
    title: "Enter the IRS figures for the year: the plan's limits",
    intro: "From the same IRS notice.",
    fields() {
      const latest = latestLimits();
      const was = (figure: { cents: number }) => `For ${latest.taxYear} it was ${typedMoney(figure.cents)}`;
      const fields: FieldSpec[] = [
        limitField("limitAnnualAdditions", "Annual additions limit", `IRC §415(c)(1)(A). ${was(latest.annualAdditions)}.`),
        limitField("limitCompensation", "Compensation limit", `IRC §401(a)(17). ${was(latest.compensation)}.`),
        limitField(
          "limitHceThreshold",
          "Highly compensated employee threshold, from the previous year's notice",
          `IRC §414(q)(1)(B). It applies to last year's pay, so it is the figure in the notice for the year before. ${was(latest.hceThreshold)} (on ${latest.taxYear - 1} pay).`,
        ),
      ];
      fields.push({
        ...limitField(
          "limitRothCatchUpWageThreshold",
          "Roth catch-up wage threshold (optional)",
          `IRC §414(v)(7). ${latest.rothCatchUpWageThreshold ? `${was(latest.rothCatchUpWageThreshold)} of ${latest.taxYear - 1} FICA wages. ` : ""}Leave blank if it does not apply.`,
        ),
        optional: true,
      });
      return fields;
    },
  }),
  {
    slug: "last-year",
    section: 1,
    title: "Your pay last year",
    intro: "Last year's pay decides two rules for this year. Leave a box blank if you do not know: we will tell you what to ask.",
    fields(draft) {
      const year = draft.taxYear ?? 0;
      const workedHere = { field: "workedHereLastYear", equals: ["yes"] };
      const fields: FieldSpec[] = [
        {
          ...answerField("workedHereLastYear"),
          label: `Did you work for this employer in ${year - 1}? (optional)`,
          options: [
            { value: "yes", label: "Yes" },
            { value: "no", label: `No, I did not work here in ${year - 1}` },
          ],
          optional: true,
        },
        {
          ...answerField("priorYearCompensation"),
          label: `Your pay from this employer in ${year - 1} (optional)`,
          hint: "If it was over the highly compensated employee threshold, the plan's nondiscrimination test can refund some of your after-tax contributions.",
          revealWhen: workedHere,
          optional: true,
        },
      ];
      if (catchUpRothApplies(draft)) {
        fields.push({
          ...answerField("priorYearFicaWages"),
          label: `Your Social Security wages from this employer in ${year - 1} (optional)`,
          hint: `Box 3 of your ${year - 1} Form W-2 from this employer. Over ${formatUsd(rothCatchUpThresholdCents(draft) ?? 0)}, catch-up contributions must be Roth.`,
          revealWhen: workedHere,
          optional: true,
        });
      }
      fields.push({
        ...answerField("fivePercentOwner"),
        label: `Did you own more than 5% of the business in ${year - 1} or ${year}? (optional)`,
        hint: "Counting shares your spouse, children, parents and grandchildren own. An owner of more than 5% is a highly compensated employee whatever the pay.",
        options: [
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ],
        optional: true,
      });
      return fields;
    },
    values(draft) {
      const worked = draft.workedHereLastYear ?? (draft.priorYearCompensation !== undefined || draft.priorYearFicaWages !== undefined ? "yes" : "");
      const money = (cents: number | undefined) => (cents === undefined || worked === "no" ? "" : typedMoney(cents));
      return {
        workedHereLastYear: worked,
        priorYearCompensation: money(draft.priorYearCompensation),
        priorYearFicaWages: money(draft.priorYearFicaWages),
        fivePercentOwner: draft.fivePercentOwner ?? "",
      };
    },
    apply(draft, data) {
      const notHere = data.workedHereLastYear === "no";
      // Not working there last year means no pay and no Social Security wages from this employer.
      return {
        ...draft,
        workedHereLastYear: data.workedHereLastYear as Draft["workedHereLastYear"],
        priorYearCompensation: notHere ? 0 : (data.priorYearCompensation as number | undefined),
        priorYearFicaWages: notHere && catchUpRothApplies(draft) ? 0 : (data.priorYearFicaWages as number | undefined),
        fivePercentOwner: data.fivePercentOwner as Draft["fivePercentOwner"],
      };
    },
  },
  {
    slug: "contributions",
    section: 2,
    title: "Your contributions",
    intro: "Your own pre-tax and Roth 401(k) contributions for the whole year, as you plan them.",
    fields(draft) {
      const limit = electiveDeferralCents(draft);
      return [
        {
          ...answerField("deferralMode"),
          label: "How do you want to enter your pre-tax and Roth contributions?",
          options: [
            { value: "dollars", label: "In dollars for the year" },
            { value: "percent", label: "As a percentage of pay" },
          ],
          requiredMessage: "Select dollars or a percentage of pay",
        },
        {
          ...answerField("employeeDeferrals"),
          label: "Pre-tax and Roth contributions for the year",
          hint: `Include catch-up contributions.${limit === undefined ? "" : ` For example ${typedMoney(limit)}.`}`,
          revealWhen: { field: "deferralMode", equals: ["dollars"] },
          requiredMessage: `Enter your pre-tax and Roth contributions for the year${limit === undefined ? "" : `, for example ${typedMoney(limit)}`}`,
          max: draft.compensation,
          maxMessage: CROSS_MESSAGES.deferralsAbovePay(payOf(draft)),
        },
        {
          ...answerField("deferralPercent"),
          label: "Pre-tax and Roth contributions as a percentage of pay",
          hint: "For example 15%",
          revealWhen: { field: "deferralMode", equals: ["percent"] },
          requiredMessage: "Enter your contributions as a percentage of pay, for example 15",
          perYearOfCents: draft.compensation,
        },
        {
          ...answerField("otherPlansDeferrals"),
          label: `Pre-tax and Roth contributions to other employers' 401(k), 403(b), SIMPLE or SARSEP plans in ${theYear(draft)} (optional)`,
          hint: `For example from a job you left in ${theYear(draft)}. The yearly deferral limit is per person, across these plans. Leave out a governmental 457(b) plan: it has its own limit.`,
          optional: true,
        },
      ];
    },
  },
  {
    slug: "after-tax-money",
    section: 2,
    title: "Your after-tax money",
    intro: "After-tax contributions that are not Roth. Leave a box blank if you have none.",
    fields: (draft) => [
      {
        ...answerField("afterTaxYearToDate"),
        label: `After-tax contributions you have already made in ${theYear(draft)} (optional)`,
        hint: "From your latest pay stub or the plan website.",
        optional: true,
        max: draft.compensation,
        maxMessage: CROSS_MESSAGES.afterTaxAbovePay(payOf(draft)),
      },
      {
        ...answerField("afterTaxBalance"),
        label: "After-tax money still in the plan from earlier years, with its earnings (optional)",
        hint: "The after-tax (non-Roth) account balance on the plan website, not yet converted to Roth.",
        optional: true,
      },
      {
        ...answerField("afterTaxEarnings"),
        label: "Of that balance, the earnings (optional)",
        hint: "The balance less the after-tax contributions in it. The earnings are what a conversion would tax.",
        optional: true,
        rules: [
          {
            kind: "atMostField",
            field: "afterTaxBalance",
            message: CROSS_MESSAGES.earningsAboveBalance,
            whenBlank: "Enter the after-tax balance the earnings are part of",
          },
        ],
      },
    ],
  },
  {
    slug: "roth-option",
    section: 2,
    title: "Roth contributions in your plan",
    applies(draft) {
      const threshold = rothCatchUpThresholdCents(draft);
      const wagesOver = draft.priorYearFicaWages === undefined || threshold === undefined || draft.priorYearFicaWages > threshold;
      return catchUpRothApplies(draft) && wagesOver;
    },
    fields(draft) {
      const fields: FieldSpec[] = [
        {
          ...answerField("rothDeferralOption"),
          label: "Does your plan offer Roth 401(k) contributions?",
          hint: `Your catch-up contributions must be Roth in ${theYear(draft)}. Without a Roth option the plan allows no catch-up at all.`,
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether the plan offers Roth contributions",
        },
      ];
      if (draft.inPlanRothConversion === "yes") {
        // An in-plan Roth conversion puts money in a Roth account of the plan (IRC §402A(c)(4)),
        // so a plan that has one almost always takes Roth contributions too.
        fields.push({
          ...answerField("rothAnswersConfirmed"),
          label: "You said the plan converts after-tax money to Roth inside the plan but has no Roth 401(k) contributions. Is that right?",
          hint: "A plan that converts inside the plan keeps Roth accounts, so it usually takes Roth contributions too. Check the Summary Plan Description.",
          options: [
            { value: "yes", label: "Yes, both answers are right" },
            { value: "no", label: "No, I'll change an answer" },
          ],
          revealWhen: { field: "rothDeferralOption", equals: ["no"] },
          requiredMessage: "Confirm your answers about Roth contributions and in-plan conversion",
          rules: [
            {
              kind: "refuse",
              value: "no",
              message: "Change your answer about Roth 401(k) contributions, or go back and change your answer about converting after-tax money to Roth inside the plan",
            },
          ],
        });
      }
      return fields;
    },
  },
  {
    slug: "employer",
    section: 3,
    title: "Your employer's contributions",
    intro: "Employer money counts toward the same yearly limit as your after-tax contributions, so it reduces your room.",
    fields: (draft) => [
      {
        ...answerField("matchKind"),
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
      {
        ...answerField("nonelectivePercent"),
        label: "Profit-sharing or other employer contribution, as a percentage of pay (optional)",
        hint: "Money the employer puts in whether or not you contribute. For example 3%.",
        optional: true,
        perYearOfCents: draft.compensation,
      },
      {
        ...answerField("nonelectiveAmount"),
        label: "Profit-sharing or other employer contribution in dollars (optional)",
        hint: "If you know it as an amount for the year instead.",
        optional: true,
      },
    ],
  },
  {
    slug: "match",
    section: 3,
    title: "Your employer's match",
    applies: (draft) => draft.matchKind !== undefined && draft.matchKind !== "none" && draft.matchKind !== "unsure",
    intro: "As the plan states it, in the Summary Plan Description or your benefits guide.",
    fields(draft) {
      switch (draft.matchKind) {
        case "formula":
          return [
            percentField("matchPercent", "Match rate", 'For example 50 for "50% of what you put in"'),
            { ...percentField("matchUpToPercent", "Up to this percentage of pay", "For example 6"), perYearOfCents: draft.compensation },
          ];
        case "twoTier":
          return [
            percentField("tier1MatchPercent", "First tier: match rate", "For example 100"),
            { ...percentField("tier1OfPayPercent", "First tier: on this percentage of pay", "For example 3"), perYearOfCents: draft.compensation },
            percentField("tier2MatchPercent", "Second tier: match rate", "For example 50"),
            {
              ...percentField("tier2OfPayPercent", "Second tier: on the next percentage of pay", "For example 2"),
              perYearOfCents: draft.compensation,
              rules: [{ kind: "sumAtMost", field: "tier1OfPayPercent", total: 100, message: CROSS_MESSAGES.tiersOverPay }],
            },
          ];
        case "dollarCap":
          return [
            percentField("capMatchPercent", "Match rate", "For example 50"),
            {
              ...answerField("capMaxMatch"),
              label: "Most the employer matches in a year",
              hint: "For example 12,250",
              requiredMessage: "Enter the most the employer matches in a year, for example 12,250",
            },
          ];
        case "amount":
          return [
            {
              ...answerField("matchAmount"),
              label: "Employer match for the year",
              hint: "For example 4,500",
              requiredMessage: "Enter the employer match for the year, for example 4,500",
            },
          ];
        default:
          return [];
      }
    },
  },
  {
    slug: "match-after-tax",
    section: 3,
    applies: (draft) => draft.matchKind !== undefined && MATCH_FORMULA_KINDS.includes(draft.matchKind),
    title: "Does the match also apply to after-tax contributions?",
    fields: () => [
      {
        ...answerField("matchesAfterTax"),
        label: "Does the match also apply to after-tax contributions?",
        hint: "Most plans match only pre-tax and Roth contributions. If yours matches after-tax money too, the match takes part of your room.",
        isPageHeading: true,
        options: [
          { value: "no", label: "No, only pre-tax and Roth" },
          { value: "yes", label: "Yes, after-tax contributions are matched too" },
        ],
        requiredMessage: "Select whether after-tax contributions are matched",
      },
    ],
  },
  {
    slug: "paychecks",
    section: 3,
    group: "Your paychecks",
    title: "Plan your paychecks (optional)",
    intro:
      "We can turn your yearly room into the elections to set now, paycheck by paycheck, from the figures on your latest pay stub. You can skip this and come back to it from your answers.",
    fields(draft, context) {
      const planning = { field: "planPaychecks", equals: ["yes"] };
      const today = context.today;
      // A year still running needs a stub from that year; a year to come plans from its first paycheck and takes the latest stub of any year.
      const stubYear = today !== undefined && draft.taxYear !== undefined && draft.taxYear <= Number(today.slice(0, 4)) ? draft.taxYear : undefined;
      const fields: FieldSpec[] = [
        {
          ...answerField("planPaychecks"),
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
          hint: "The pay date on your latest pay stub: month, day and year, for example 11 20 2026",
          parts: { month: "lastPayMonth", day: "lastPayDay", year: "lastPayYear" },
          min: 2000,
          max: 2100,
          revealWhen: planning,
          requiredMessage: "Enter the date of your latest paycheck, for example 11 20 2026",
          latest: today === undefined ? undefined : { date: today, message: `The date of your latest paycheck can't be after today, ${formatDate(today)}` },
          inYear: stubYear === undefined ? undefined : { year: stubYear, message: `Enter the date of a pay stub from ${stubYear}, the tax year you are checking` },
        },
      ];
      if (draft.payPeriodsPerYear === 24) {
        fields.push(
          wholeField("semiMonthlyFirstDay", "First pay day of the month", "For example 15", planning),
          {
            ...wholeField("semiMonthlySecondDay", "Second pay day of the month", "For example 31 for the last day of the month", planning),
            rules: [
              { kind: "differentFrom", field: "semiMonthlyFirstDay", message: "The two pay days of the month must be different days" },
              { kind: "notBothAtLeast", field: "semiMonthlyFirstDay", value: 28, message: "The two pay days would both fall on the last day of February: check the days" },
            ],
          },
        );
      } else if (draft.payPeriodsPerYear === 12) {
        fields.push(wholeField("monthlyPayDay", "Pay day of the month", "For example 31 for the last day of the month", planning));
      }
      return fields;
    },
  },
  withStubYearCheck({
    slug: "pay-stub",
    section: 3,
    group: "Your paychecks",
    title: "Your latest pay stub",
    intro: "The year-to-date figures and your take-home pay, from the pay stub you dated on the last page. Leave a box blank if you do not have it.",
    fields(draft) {
      const fields: FieldSpec[] = [
        {
          ...answerField("ytdDeferrals"),
          label: "Pre-tax and Roth contributions so far this year (optional)",
          hint: "Year to date on that pay stub. Leave blank if none.",
          optional: true,
        },
      ];
      if (draft.matchKind !== undefined && draft.matchKind !== "none") {
        fields.push({
          ...answerField("ytdMatch"),
          label: "Employer match so far this year (optional)",
          hint: "Year to date, from the pay stub or the plan website. Leave blank if none.",
          optional: true,
        });
      }
      fields.push(
        {
          ...answerField("takeHomePay"),
          label: "Take-home pay on that pay stub (optional)",
          hint: "Net pay, after taxes and contributions. With it, no election takes a paycheck below what you need.",
          optional: true,
        },
        {
          ...answerField("contributionsOnStub"),
          label: "Contributions to this plan taken from that paycheck (optional)",
          hint: "Pre-tax, Roth and after-tax together, for that one paycheck. Leave blank if none.",
          optional: true,
        },
      );
      return fields;
    },
  }),
  {
    slug: "take-home",
    section: 3,
    group: "Your paychecks",
    title: "What you need from each paycheck",
    fields(draft) {
      const fields: FieldSpec[] = [];
      if (draft.takeHomePay !== undefined) {
        fields.push({
          ...answerField("takeHomeFloor"),
          label: "The least take-home pay you need from each paycheck (optional)",
          hint: "For rent, bills and savings you can't touch. For example 2,500.",
          optional: true,
          max: draft.takeHomePay + (draft.contributionsOnStub ?? 0),
          maxMessage: "The take-home you need is more than the paycheck has before contributions: nothing could go to the plan",
        });
      }
      fields.push(
        {
          ...answerField("bonusAmount"),
          label: "A bonus still to come this year (optional)",
          hint: "Before tax, for example 10,000. It is part of your pay for the year.",
          optional: true,
          max: draft.compensation === undefined ? undefined : Math.max(0, draft.compensation - 1),
          maxMessage: draft.compensation === undefined ? undefined : `The bonus must be less than your pay for the year of $${typedMoney(draft.compensation)}, which includes it`,
        },
        {
          ...wholeField("bonusMonth", "Month the bonus is paid (optional)", "As a number, for example 12 for December", undefined),
          optional: true,
          rules: [{ kind: "requiredWhenPositive", field: "bonusAmount", message: "Enter the month the bonus is paid, for example 12" }],
        },
      );
      return fields;
    },
  },
  {
    slug: "paycheck-rules",
    section: 3,
    group: "Your paychecks",
    title: "How your plan takes contributions",
    intro: "From the plan website's contribution page or the Summary Plan Description.",
    fields(draft) {
      const fields: FieldSpec[] = [];
      if (draft.matchKind !== undefined && MATCH_FORMULA_KINDS.includes(draft.matchKind)) {
        fields.push({
          ...answerField("matchTrueUp"),
          label: "Does your plan true up the match after the year?",
          hint: 'A "true-up" tops the match up to the yearly formula if you reach the limit early. Without one, the match is worked out on each paycheck alone, and contributing faster can lose match.',
          options: YES_NO_UNSURE,
          requiredMessage: "Select whether your plan trues up the match",
        });
      }
      fields.push(
        {
          ...answerField("electionRounding"),
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
          ...answerField("contributionCapPercent"),
          label: "Your plan's cap on contributions from one paycheck, if it has one (optional)",
          hint: "Many plans cap pre-tax, Roth and after-tax together at a share of each paycheck, for example 80%.",
          optional: true,
        },
        {
          ...answerField("frontLoadPercent"),
          label: "The most of one paycheck you could put in (optional)",
          hint: "For a faster schedule that reaches the limits sooner. If you leave it blank we use 50%.",
          optional: true,
        },
      );
      return fields;
    },
  },
  {
    slug: "paycheck-limits",
    section: 3,
    group: "Your paychecks",
    applies(draft) {
      return this.fields(draft, { currentYear: 0 }).length > 0;
    },
    title: "Your pay over the limit, and your bonus",
    fields(draft) {
      const fields: FieldSpec[] = [];
      const limit = compensationLimitCents(draft);
      if (limit !== undefined && draft.compensation !== undefined && draft.compensation > limit) {
        fields.push({
          ...answerField("compensationCapMethod"),
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
      if (draft.bonusAmount !== undefined && draft.bonusAmount > 0 && draft.electionRounding === "dollars") {
        fields.push({
          ...answerField("flatElectionOnBonus"),
          label: "You set a dollar amount per paycheck: does payroll take it from the bonus check too? (optional)",
          hint: "If you are not sure we assume it is taken once on that pay date, from the regular paycheck.",
          options: [
            { value: "yes", label: "Yes, from the bonus check too" },
            { value: "no", label: "No, once a pay date" },
          ],
          optional: true,
        });
      }
      return fields;
    },
  },
];

/** A day of the month or a month: every whole-number question past "About you". */
function wholeField(name: "semiMonthlyFirstDay" | "semiMonthlySecondDay" | "monthlyPayDay" | "bonusMonth", label: string, hint: string, revealWhen: FieldSpec["revealWhen"]): FieldSpec {
  const spec = answerField(name);
  const noun = spec.max === 12 ? "a month" : "a day of the month";
  return { ...spec, label, hint, noun, revealWhen, requiredMessage: `Enter the ${lowerFirst(label)}, for example ${hint.match(/\d+/)?.[0] ?? spec.min}` };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

type LimitAnswer =
  | "limitElectiveDeferral"
  | "limitCatchUp50"
  | "limitCatchUp60to63"
  | "limitAnnualAdditions"
  | "limitCompensation"
  | "limitHceThreshold"
  | "limitRothCatchUpWageThreshold";

function limitField(name: LimitAnswer, label: string, hint: string): FieldSpec {
  return { ...answerField(name), label, hint, requiredMessage: `Enter the ${label.toLowerCase()} from the IRS notice` };
}

type MatchPercent = "matchPercent" | "matchUpToPercent" | "tier1MatchPercent" | "tier1OfPayPercent" | "tier2MatchPercent" | "tier2OfPayPercent" | "capMatchPercent";

function percentField(name: MatchPercent, label: string, hint: string): FieldSpec {
  return { ...answerField(name), label, hint, requiredMessage: `Enter the ${label.toLowerCase()}, for example ${hint.match(/\d+/)?.[0] ?? "50"}` };
}

export function stepBySlug(slug: string): QuestionStep | undefined {
  return STEPS.find((step) => step.slug === slug);
}
