// The Roth-against-taxable projection as the result page and the PDF show it: this year's room,
// the assumptions (defaults, or what the person set on the result page and the draft saved), the
// figures and the words around them. Worked out once here so the page and the PDF agree.
import { formatUsd, parsePercentInput, type Cents } from "../money";
import {
  defaultYears,
  MAX_PROJECTION_YEARS,
  PROJECTION_DEFAULTS,
  PROJECTION_NOTES,
  projectAfterTaxDollars,
  type ProjectionYear,
} from "../projection";
import type { Evaluation } from "../rules/result";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";

export interface ProjectionAssumptions {
  readonly years: number;
  readonly annualReturnPercent: number;
  readonly dividendYieldPercent: number;
  readonly dividendTaxPercent: number;
  readonly capitalGainsTaxPercent: number;
  readonly stateTaxPercent: number;
  /** Asked only when a conversion would make earnings taxable; null otherwise. */
  readonly marginalTaxPercent: number | null;
}

export interface ResultProjection {
  /** The after-tax money projected: what can still go in this year (what went in, for a year that has ended). */
  readonly amount: Cents;
  readonly assumptions: ProjectionAssumptions;
  /** Whether the form asks for the ordinary tax rate (earnings would be taxed at conversion). */
  readonly askMarginalRate: boolean;
  readonly taxableEarningsAtConversion: Cents;
  readonly roth: Cents;
  readonly taxable: Cents;
  readonly advantage: Cents;
  readonly byYear: readonly ProjectionYear[];
  /** "In 30 years, ... $X more in a Roth ...": the one sentence. */
  readonly headline: string;
  /** The assumptions in words, one line each. */
  readonly assumptionLines: readonly string[];
  /** Returns are assumptions; basis can come back out; what the figures leave out. */
  readonly notes: readonly string[];
}

/** The years shown in the table and marked on the lines: about every fifth year, and the last. */
export function milestoneYears(years: number): number[] {
  const step = years <= 10 ? 1 : years <= 25 ? 5 : 10;
  const marks: number[] = [];
  for (let year = 0; year <= years; year += step) marks.push(year);
  if (marks.at(-1) !== years) marks.push(years);
  return marks;
}

/** The form's field names, and the draft field each one is saved in. */
export const ASSUMPTION_FIELDS = {
  years: "projectionYears",
  annualReturn: "projectionReturnPercent",
  dividendYield: "projectionDividendYieldPercent",
  dividendTax: "projectionDividendTaxPercent",
  gainsTax: "projectionGainsTaxPercent",
  stateTax: "projectionStateTaxPercent",
  marginalRate: "projectionMarginalRatePercent",
} as const satisfies Record<string, keyof Draft>;

export type AssumptionField = keyof typeof ASSUMPTION_FIELDS;

const pct = (value: number) => `${value}%`;

export function assumptionsFor(draft: Draft, age: number | undefined, askMarginalRate: boolean): ProjectionAssumptions {
  return {
    years: draft.projectionYears ?? defaultYears(age),
    annualReturnPercent: draft.projectionReturnPercent ?? PROJECTION_DEFAULTS.annualReturnPercent,
    dividendYieldPercent: draft.projectionDividendYieldPercent ?? PROJECTION_DEFAULTS.dividendYieldPercent,
    dividendTaxPercent: draft.projectionDividendTaxPercent ?? PROJECTION_DEFAULTS.dividendTaxPercent,
    capitalGainsTaxPercent: draft.projectionGainsTaxPercent ?? PROJECTION_DEFAULTS.capitalGainsTaxPercent,
    stateTaxPercent: draft.projectionStateTaxPercent ?? PROJECTION_DEFAULTS.stateTaxPercent,
    // Without an answer, the federal bracket most people with after-tax room are in (IRC §1(j)).
    marginalTaxPercent: askMarginalRate ? (draft.projectionMarginalRatePercent ?? 24) : null,
  };
}

/** The projection of an amount under these assumptions: the page, the PDF and the live form's figures. */
export function projectWith(amount: Cents, earnings: Cents, assumptions: ProjectionAssumptions) {
  return projectAfterTaxDollars({
    amount,
    years: Math.min(MAX_PROJECTION_YEARS, assumptions.years),
    annualReturnPercent: assumptions.annualReturnPercent,
    dividendYieldPercent: assumptions.dividendYieldPercent,
    dividendTaxPercent: assumptions.dividendTaxPercent,
    capitalGainsTaxPercent: assumptions.capitalGainsTaxPercent,
    // A combined rate over 100% can't be: the state rate is trimmed to fit (the form refuses it).
    stateTaxPercent: Math.min(
      assumptions.stateTaxPercent,
      100 - Math.max(assumptions.dividendTaxPercent, assumptions.capitalGainsTaxPercent, assumptions.marginalTaxPercent ?? 0),
    ),
    taxableEarningsAtConversion: earnings,
    marginalTaxPercent: assumptions.marginalTaxPercent ?? 0,
  });
}

/**
 * The projection of `amount`, what can still go in this year (domain §4 item 8: the paychecks
 * left, the plan's cap, what a paycheck can fund); null when there is nothing to project.
 */
export function projectionFor(draft: Draft, answers: Answers, evaluation: Evaluation, amount: Cents): ResultProjection | null {
  if (!evaluation.room || evaluation.status === "not_eligible") return null;
  if (amount <= 0) return null;
  // This year's contributions, moved to Roth promptly, have no earnings to tax; an old balance's
  // earnings are that balance's choice (convert, split or leave), never charged here.
  const earnings = 0 as Cents;
  const askMarginalRate = earnings > 0;
  const assumptions = assumptionsFor(draft, answers.person.ageAtYearEnd, askMarginalRate);
  const outcome = projectWith(amount, earnings, assumptions);
  const years = `${assumptions.years} year${assumptions.years === 1 ? "" : "s"}`;
  const more = outcome.advantage >= 0;
  const headline = `In ${years}, ${formatUsd(amount)} of after-tax contributions for ${answers.taxYear} would be worth about ${formatUsd(
    Math.abs(outcome.advantage),
  )} ${more ? "more" : "less"} after tax in a Roth than in a taxable brokerage account: ${formatUsd(outcome.roth)} against ${formatUsd(outcome.taxable)}.`;
  const assumptionLines = [
    `Years until you use the money: ${assumptions.years}`,
    `Return a year, before tax: ${pct(assumptions.annualReturnPercent)}, of which dividends ${pct(assumptions.dividendYieldPercent)}`,
    `Tax on dividends: ${pct(assumptions.dividendTaxPercent)}; on gains at sale: ${pct(assumptions.capitalGainsTaxPercent)}; state tax on both: ${pct(assumptions.stateTaxPercent)}`,
  ];
  if (askMarginalRate) {
    assumptionLines.push(
      `Tax at conversion on about ${formatUsd(earnings)} of earnings: ${pct(assumptions.marginalTaxPercent ?? 0)} plus state, paid once, from other money`,
    );
  }
  return {
    amount,
    assumptions,
    askMarginalRate,
    taxableEarningsAtConversion: earnings,
    roth: outcome.roth,
    taxable: outcome.taxable,
    advantage: outcome.advantage,
    byYear: outcome.byYear,
    headline,
    assumptionLines,
    notes: PROJECTION_NOTES,
  };
}

export type AssumptionsForm =
  | { readonly ok: true; readonly draft: Partial<Draft> }
  | { readonly ok: false; readonly errors: Partial<Record<AssumptionField, string>>; readonly values: Partial<Record<AssumptionField, string>> };

const LABELS: Record<Exclude<AssumptionField, "years">, string> = {
  annualReturn: "the return a year",
  dividendYield: "the dividend yield",
  dividendTax: "the tax on dividends",
  gainsTax: "the tax on gains",
  stateTax: "the state tax",
  marginalRate: "your federal tax rate",
};

/** The assumptions form as posted, checked: the draft fields to save, or a message per field. */
export function parseAssumptionsForm(posted: Partial<Record<AssumptionField, string>>, askMarginalRate: boolean): AssumptionsForm {
  const errors: Partial<Record<AssumptionField, string>> = {};
  const draft: Partial<Draft> = {};
  const years = (posted.years ?? "").trim();
  if (!/^\d{1,2}$/.test(years) || Number(years) < 1 || Number(years) > MAX_PROJECTION_YEARS) {
    errors.years = `Enter the years until you use the money as a whole number from 1 to ${MAX_PROJECTION_YEARS}`;
  } else {
    draft.projectionYears = Number(years);
  }
  for (const field of Object.keys(LABELS) as Exclude<AssumptionField, "years">[]) {
    if (field === "marginalRate" && !askMarginalRate) continue;
    const parsed = parsePercentInput(posted[field] ?? "");
    if (!parsed.ok) {
      errors[field] = parsed.message.replace("a percentage", `${LABELS[field]} as a percentage`);
      continue;
    }
    if (field === "annualReturn" && parsed.value > 30) {
      errors[field] = "Enter a return of 30% a year or less";
      continue;
    }
    draft[ASSUMPTION_FIELDS[field]] = parsed.value;
  }
  const state = draft.projectionStateTaxPercent ?? 0;
  const highest = Math.max(draft.projectionDividendTaxPercent ?? 0, draft.projectionGainsTaxPercent ?? 0, draft.projectionMarginalRatePercent ?? 0);
  if (errors.stateTax === undefined && state + highest > 100) {
    errors.stateTax = "The state tax and a federal rate together can't be more than 100%";
  }
  if (Object.keys(errors).length > 0) {
    const values: Partial<Record<AssumptionField, string>> = {};
    for (const field of Object.keys(ASSUMPTION_FIELDS) as AssumptionField[]) {
      if (posted[field] !== undefined) values[field] = posted[field]!.slice(0, 20);
    }
    return { ok: false, errors, values };
  }
  return { ok: true, draft };
}
