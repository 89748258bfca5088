// The page for the IRS figures of a year the limits table does not know, and which tax years the
// "About you" page offers. Kept apart from steps.ts: it is about the figures, not the questions.
import { formatUsd } from "../money";
import { IRS_COLA_PAGE, KNOWN_TAX_YEARS, knownHceThresholdAhead, limitsForYear, type TaxYearLimits } from "../rules/limits";
import type { Draft } from "./draft";
import type { FieldSpec, ParsedValue } from "./fields";
import type { QuestionStep, StepContext } from "./steps";

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
const FIGURES: readonly { name: LimitName; label: string; law: string; before: (limits: TaxYearLimits) => number }[] = [
  { name: "limitElectiveDeferral", label: "Elective deferral limit", law: "IRC §402(g)(1)", before: (l) => l.electiveDeferral.cents },
  { name: "limitCatchUp50", label: "Catch-up limit at age 50 or over", law: "IRC §414(v)(2)(B)(i)", before: (l) => l.catchUp50.cents },
  { name: "limitCatchUp60to63", label: "Catch-up limit at age 60 to 63", law: "IRC §414(v)(2)(E)", before: (l) => l.catchUp60to63.cents },
  { name: "limitAnnualAdditions", label: "Annual additions limit", law: "IRC §415(c)(1)(A)", before: (l) => l.annualAdditions.cents },
  { name: "limitCompensation", label: "Compensation limit", law: "IRC §401(a)(17)", before: (l) => l.compensation.cents },
  {
    name: "limitHceThreshold",
    label: "Highly compensated employee threshold, from the previous year's notice",
    law: "IRC §414(q)(1)(B)",
    before: (l) => l.hceThreshold.cents,
  },
];

const whole = (cents: number) => formatUsd(cents, { cents: false }).replace("$", "");

function figureField(name: LimitName, draft: Draft): FieldSpec {
  const figure = FIGURES.find((candidate) => candidate.name === name)!;
  const year = draft.taxYear ?? 0;
  const before = limitsForYear(year - 1);
  const hint =
    name === "limitHceThreshold"
      ? `${figure.law}. It applies to ${year - 1} pay, so it is the figure in the notice for ${year - 1}.`
      : `${figure.law}. ${before ? `For ${year - 1} it was ${whole(figure.before(before))}.` : ""}`.trim();
  return { name, kind: "money", label: `${figure.label} for ${year}`, hint, requiredMessage: `Enter the ${figure.label.toLowerCase()} from the IRS page` };
}

export const IRS_FIGURES_STEP: QuestionStep = {
  slug: "irs-limits",
  section: 1,
  title: "Enter the IRS figures for the year",
  intro: `The app does not have the IRS figures for this year yet, and it never carries last year's forward. Copy them from the IRS page "${IRS_COLA_PAGE.title}" (linked below the form), or from the IRS notice for the year. A public summary table can contain errors: use the IRS's own page.`,
  fields(draft) {
    const year = draft.taxYear ?? 0;
    const fields: FieldSpec[] = FIGURES.filter((figure) => figure.name !== "limitHceThreshold" || !knownHceThresholdAhead(year)).map((figure) =>
      figureField(figure.name, draft),
    );
    fields.push(
      {
        name: "limitRothCatchUpWageThreshold",
        kind: "money",
        label: `Roth catch-up wage threshold for ${year} (optional)`,
        hint: `IRC §414(v)(7), on ${year - 1} FICA wages. Leave blank if it does not apply.`,
        optional: true,
      },
      {
        name: "limitsLowerConfirmed",
        kind: "choice",
        label: `If a figure is lower than ${year - 1}'s (optional)`,
        hint: "These limits do not go down from one year to the next. Select this only if the IRS page really gives a lower figure.",
        options: [{ value: "yes", label: `I checked: the IRS page gives a figure lower than ${year - 1}'s` }],
        optional: true,
      },
    );
    return fields;
  },
  apply(draft, data: Record<string, ParsedValue>) {
    const known = draft.taxYear === undefined ? undefined : knownHceThresholdAhead(draft.taxYear);
    const answered: Draft = { ...draft, ...(data as Partial<Draft>) };
    if (data.limitsLowerConfirmed === undefined) delete answered.limitsLowerConfirmed;
    // Already published: filled in, not asked.
    return known ? { ...answered, limitHceThreshold: known.cents } : answered;
  },
  check: irsFiguresProblems,
};

/**
 * What is wrong with typed figures: the deferral limit is below the annual additions limit (§415(c)
 * counts deferrals within it), each catch-up is below the deferral limit, and no figure is lower
 * than the year before's (they are indexed upward, §415(d)) unless the person confirms it.
 */
export function irsFiguresProblems(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  const year = draft.taxYear ?? 0;
  const { limitElectiveDeferral: deferral, limitAnnualAdditions: additions } = draft;
  if (deferral !== undefined && additions !== undefined && deferral >= additions) {
    errors.limitElectiveDeferral = `The elective deferral limit (${formatUsd(deferral)}) must be below the annual additions limit (${formatUsd(additions)}): check that the two are not swapped`;
  }
  for (const name of ["limitCatchUp50", "limitCatchUp60to63"] as const) {
    const catchUp = draft[name];
    if (deferral !== undefined && catchUp !== undefined && catchUp >= deferral && !errors[name]) {
      errors[name] = `A catch-up limit (${formatUsd(catchUp)}) must be below the elective deferral limit (${formatUsd(deferral)}): check the figure`;
    }
  }
  const before = limitsForYear(year - 1);
  if (before && draft.limitsLowerConfirmed !== "yes") {
    for (const figure of FIGURES) {
      const typed = draft[figure.name];
      const previous = figure.before(before);
      if (typed !== undefined && typed < previous && !errors[figure.name]) {
        errors[figure.name] = `This is lower than ${year - 1}'s ${formatUsd(previous)}, and these limits do not go down: check the IRS page, or select the confirmation below if it really says so`;
      }
    }
  }
  return errors;
}

/**
 * A pay stub from another year than the one checked (the latest stub is last year's when next
 * year is planned in December): its figures so far belong to its own year, so any typed as the
 * checked year's are refused, by name. Its pay date and take-home pay still set the schedule.
 */
export function stubFromAnotherYearProblems(draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {};
  const { lastPayYear: stubYear, taxYear } = draft;
  if (stubYear === undefined || taxYear === undefined || stubYear === taxYear) return errors;
  const message = `Your pay stub is from ${stubYear}: its figures so far are ${stubYear}'s, not ${taxYear}'s. Leave this blank: nothing has gone in for ${taxYear} yet`;
  if ((draft.ytdDeferrals ?? 0) > 0) errors.ytdDeferrals = message;
  if ((draft.ytdMatch ?? 0) > 0) errors.ytdMatch = message;
  return errors;
}
