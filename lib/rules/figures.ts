// The figures one evaluation uses: the IRS table's row for the year, or the figures the person
// entered from the IRS notice (which then replace the table's, even for a known year). Never a
// neighbouring year's figures: limits change every year.
import { toCents } from "../money";
import { limitsForYear, ROTH_CATCH_UP_RULE, type TaxYearLimits } from "./limits";
import type { Answers } from "./schema";

export interface YearFigures {
  readonly taxYear: number;
  /** True when the person entered the figures. */
  readonly custom: boolean;
  /** True when the table has the year (whether or not the person's figures replaced it). */
  readonly inTable: boolean;
  readonly source: string;
  readonly electiveDeferral: number;
  readonly catchUp50: number;
  readonly catchUp60to63: number;
  readonly annualAdditions: number;
  readonly compensation: number;
  readonly hceThreshold: number;
  /** Whether catch-ups of high earners must be Roth this year (§414(v)(7)). */
  readonly rothCatchUpInForce: boolean;
  /** Null when not in force, or in force but the figure was not entered. */
  readonly rothCatchUpWageThreshold: number | null;
  readonly iraContribution: number | null;
  readonly socialSecurityWageBase: number | null;
  readonly sources: Readonly<Record<FigureName, string>>;
}

export type FigureName =
  | "electiveDeferral"
  | "catchUp50"
  | "catchUp60to63"
  | "annualAdditions"
  | "compensation"
  | "hceThreshold"
  | "rothCatchUpWageThreshold"
  | "iraContribution"
  | "socialSecurityWageBase";

function fromTable(table: TaxYearLimits): YearFigures {
  return {
    taxYear: table.taxYear,
    custom: false,
    inTable: true,
    source: table.notice,
    electiveDeferral: table.electiveDeferral.cents,
    catchUp50: table.catchUp50.cents,
    catchUp60to63: table.catchUp60to63.cents,
    annualAdditions: table.annualAdditions.cents,
    compensation: table.compensation.cents,
    hceThreshold: table.hceThreshold.cents,
    rothCatchUpInForce: table.rothCatchUpWageThreshold !== null,
    rothCatchUpWageThreshold: table.rothCatchUpWageThreshold?.cents ?? null,
    iraContribution: table.iraContribution.cents,
    socialSecurityWageBase: table.socialSecurityWageBase.cents,
    sources: {
      electiveDeferral: table.electiveDeferral.source,
      catchUp50: table.catchUp50.source,
      catchUp60to63: table.catchUp60to63.source,
      annualAdditions: table.annualAdditions.source,
      compensation: table.compensation.source,
      hceThreshold: table.hceThreshold.source,
      rothCatchUpWageThreshold: table.rothCatchUpWageThreshold?.source ?? "IRC §414(v)(7); Notice 2023-62 (not in force this year)",
      iraContribution: table.iraContribution.source,
      socialSecurityWageBase: table.socialSecurityWageBase.source,
    },
  };
}

const tableFigures = new Map<number, YearFigures>();

/** The figures for the answers' year, or null when the year is unknown and none were entered. */
export function resolveFigures(answers: Answers): YearFigures | null {
  const table = limitsForYear(answers.taxYear);
  const custom = answers.customLimits;
  if (!custom) {
    if (!table) return null;
    let figures = tableFigures.get(table.taxYear);
    if (!figures) {
      figures = fromTable(table);
      tableFigures.set(table.taxYear, figures);
    }
    return figures;
  }
  const entered = `Figure you entered for ${answers.taxYear}`;
  // Optional figures the person left out fall back to the same year's table, never another year's.
  const optional = (value: number | undefined, fallback: { cents: number; source: string } | null | undefined) =>
    value !== undefined
      ? { cents: toCents(value), source: entered }
      : fallback
        ? { cents: fallback.cents, source: fallback.source }
        : { cents: null, source: `Not entered for ${answers.taxYear}` };
  const roth = optional(custom.rothCatchUpWageThreshold, table?.rothCatchUpWageThreshold);
  const ira = optional(custom.iraContribution, table?.iraContribution);
  const wageBase = optional(custom.socialSecurityWageBase, table?.socialSecurityWageBase);
  return {
    taxYear: answers.taxYear,
    custom: true,
    inTable: table !== undefined,
    source: `Figures you entered for ${answers.taxYear}`,
    electiveDeferral: toCents(custom.electiveDeferral),
    catchUp50: toCents(custom.catchUp50),
    catchUp60to63: toCents(custom.catchUp60to63),
    annualAdditions: toCents(custom.annualAdditions),
    compensation: toCents(custom.compensation),
    hceThreshold: toCents(custom.hceThreshold),
    rothCatchUpInForce: table ? table.rothCatchUpWageThreshold !== null : answers.taxYear >= ROTH_CATCH_UP_RULE.firstYear,
    rothCatchUpWageThreshold: roth.cents,
    iraContribution: ira.cents,
    socialSecurityWageBase: wageBase.cents,
    sources: {
      electiveDeferral: entered,
      catchUp50: entered,
      catchUp60to63: entered,
      annualAdditions: entered,
      compensation: entered,
      hceThreshold: entered,
      rothCatchUpWageThreshold: roth.source,
      iraContribution: ira.source,
      socialSecurityWageBase: wageBase.source,
    },
  };
}
