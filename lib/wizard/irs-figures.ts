// The page for the IRS figures of a year the limits table does not know, and which tax years the
// "About you" page offers. Kept apart from steps.ts: it is about the figures, not the questions.
import { formatUsd } from "../money";
import { IRS_COLA_PAGE, KNOWN_TAX_YEARS, knownHceThresholdAhead, limitsForYear, type TaxYearLimits } from "../rules/limits";
import type { Draft } from "./draft";
import type { CrossRule, FieldSpec, ParsedValue } from "./fields";
import { MOST_QUESTIONS_A_PAGE, type QuestionStep, type StepContext } from "./steps";

/** The IRS publishes next year's figures each autumn: from October on, next year is offered too. */
export const NEXT_YEAR_OFFERED_FROM_MONTH = 10;

/** Whether today (YYYY-MM-DD) is late enough in the year to plan next year. */
export function offersNextYear(today: string | undefined): boolean {
  return today !== undefined && Number(today.slice(5, 7)) >= NEXT_YEAR_OFFERED_FROM_MONTH;
}

/**
 * The tax years to choose from, newest first: the known years next to this one, this year, and
 * from October on next year (its figures typed from the IRS page until the table has them).
 */
export function taxYearsOffered(context: StepContext): number[] {
  const { currentYear } = context;
  const years = new Set([...KNOWN_TAX_YEARS, currentYear]);
  if (offersNextYear(context.today)) years.add(currentYear + 1);
  return [...years].filter((year) => Math.abs(year - currentYear) <= 1).sort((a, b) => b - a);
}

type LimitName = "limitElectiveDeferral" | "limitCatchUp50" | "limitCatchUp60to63" | "limitAnnualAdditions" | "limitCompensation" | "limitHceThreshold";

/** Each typed figure, with the table's figure it stands for (the year before's, for comparison). */
const FIGURES: readonly { name: LimitName; label: string; before: (limits: TaxYearLimits) => number }[] = [
  { name: "limitElectiveDeferral", label: "elective deferral limit", before: (l) => l.electiveDeferral.cents },
  { name: "limitCatchUp50", label: "catch-up limit at age 50 or over", before: (l) => l.catchUp50.cents },
  { name: "limitCatchUp60to63", label: "catch-up limit at age 60 to 63", before: (l) => l.catchUp60to63.cents },
  { name: "limitAnnualAdditions", label: "annual additions limit", before: (l) => l.annualAdditions.cents },
  { name: "limitCompensation", label: "compensation limit", before: (l) => l.compensation.cents },
  { name: "limitHceThreshold", label: "highly compensated employee threshold", before: (l) => l.hceThreshold.cents },
];


/** The figures page's introduction. A function: steps.ts builds its pages while this module may still be loading. */
export function irsFiguresIntro(): string {
  return `The app does not have the IRS figures for this year yet, and it never carries last year's forward. Copy them from the IRS page "${IRS_COLA_PAGE.title}" (linked below the form), or from the IRS notice for the year. A public summary table can contain errors: use the IRS's own page.`;
}

/** "Annual additions limit" becomes "Annual additions limit for 2027"; "(optional)" stays last. */
function withYear(label: string, year: number): string {
  const optional = / \(optional\)$/.exec(label);
  return optional ? `${label.slice(0, optional.index)} for ${year} (optional)` : `${label} for ${year}`;
}

/**
 * One of the pages of IRS figures for a year the table does not know, made to name its year,
 * leave out what is already published (the HCE threshold on the year before's pay), and check what
 * is typed, as field rules the browser runs too (irsFiguresRules).
 */
export function withFiguresChecks(step: QuestionStep): QuestionStep {
  return {
    ...step,
    intro: step.slug === "irs-limits" ? irsFiguresIntro() : step.intro,
    fields(draft, context) {
      const year = draft.taxYear ?? 0;
      const fields = step
        .fields(draft, context)
        .filter((field) => field.name !== "limitHceThreshold" || !knownHceThresholdAhead(year))
        .map((field) => (field.name.startsWith("limit") ? { ...field, label: withYear(field.label, year) } : field));
      const checked = irsFiguresRules(fields, draft);
      // Room on the page (GOV.UK: few questions a page): else the confirmation given on the first figures page stands.
      if (checked.length < MOST_QUESTIONS_A_PAGE && checked.some((field) => field.rules?.some((rule) => rule.kind === "atLeast" && rule.unlessField))) {
        checked.push({
          name: "limitsLowerConfirmed",
          kind: "choice",
          label: `If a figure is lower than ${year - 1}'s (optional)`,
          hint: "These limits do not go down from one year to the next. Select this only if the IRS page really gives a lower figure.",
          options: [{ value: "yes", label: `I checked: the IRS page gives a figure lower than ${year - 1}'s` }],
          optional: true,
        });
      }
      return checked;
    },
    apply(draft, data: Record<string, ParsedValue>) {
      const answered: Draft = step.apply ? step.apply(draft, data) : { ...draft, ...(data as Partial<Draft>) };
      if (data.limitsLowerConfirmed === undefined) delete answered.limitsLowerConfirmed;
      const known = draft.taxYear === undefined ? undefined : knownHceThresholdAhead(draft.taxYear);
      // Already published: filled in, not asked.
      return known ? { ...answered, limitHceThreshold: known.cents } : answered;
    },
  };
}

/**
 * The checks on typed figures, as rules on the page's fields: the deferral limit is below the
 * annual additions limit (§415(c) counts deferrals within it: so below the year before's too, as
 * that limit does not go down), each catch-up is at most the deferral limit, and no figure is
 * lower than the year before's (they are indexed upward, §415(d)) unless the person confirms it.
 */
export function irsFiguresRules(fields: readonly FieldSpec[], draft: Draft): FieldSpec[] {
  const year = draft.taxYear ?? 0;
  const before = limitsForYear(year - 1);
  const onPage = (name: string) => fields.some((field) => field.name === name);
  return fields.map((field) => {
    const figure = FIGURES.find((candidate) => candidate.name === field.name);
    if (!figure) return field;
    const rules: CrossRule[] = [...(field.rules ?? [])];
    const checked: FieldSpec = { ...field, rules };
    if (figure.name === "limitElectiveDeferral") {
      const additions = onPage("limitAnnualAdditions") ? undefined : (draft.limitAnnualAdditions ?? before?.annualAdditions.cents);
      if (additions !== undefined) {
        checked.max = additions - 1;
        checked.maxMessage = `The elective deferral limit must be below the annual additions limit (${formatUsd(additions)}${
          draft.limitAnnualAdditions === undefined ? ` in ${year - 1}, and it does not go down` : ""
        }): check that you have not typed the annual additions limit here`;
      }
    }
    if (figure.name === "limitAnnualAdditions" && draft.limitElectiveDeferral !== undefined && !onPage("limitElectiveDeferral")) {
      rules.push({
        kind: "atLeast",
        value: draft.limitElectiveDeferral + 1,
        message: `The annual additions limit must be above the elective deferral limit you entered (${formatUsd(draft.limitElectiveDeferral)}): check that the two are not swapped`,
      });
    }
    if ((figure.name === "limitCatchUp50" || figure.name === "limitCatchUp60to63") && onPage("limitElectiveDeferral")) {
      rules.push({ kind: "atMostField", field: "limitElectiveDeferral", message: "A catch-up limit can't be more than the elective deferral limit: check the figure" });
    }
    if (before && draft.limitsLowerConfirmed !== "yes") {
      const previous = figure.before(before);
      rules.push({
        kind: "atLeast",
        value: previous,
        unlessField: "limitsLowerConfirmed",
        message: `This is lower than ${year - 1}'s ${formatUsd(previous)}, and these limits do not go down: check the IRS page, or select the confirmation below if it really says so`,
      });
    }
    return checked;
  });
}

/**
 * A pay stub from another year than the one checked (the latest stub is last year's when next
 * year is planned in December): its figures so far belong to its own year, so any typed as the
 * checked year's are refused, by name. Its pay date and take-home pay still set the schedule.
 */
export function withStubYearCheck(step: QuestionStep): QuestionStep {
  return {
    ...step,
    fields(draft, context) {
      const { lastPayYear: stubYear, taxYear } = draft;
      const fields = step.fields(draft, context);
      if (stubYear === undefined || taxYear === undefined || stubYear === taxYear) return fields;
      const maxMessage = `Your pay stub is from ${stubYear}: its figures so far are ${stubYear}'s, not ${taxYear}'s. Leave this blank: nothing has gone in for ${taxYear} yet`;
      return fields.map((field) => (field.name === "ytdDeferrals" || field.name === "ytdMatch" ? { ...field, max: 0, maxMessage } : field));
    },
  };
}
