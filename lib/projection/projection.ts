// Roth against a taxable brokerage account for the same after-tax dollars. After-tax money is
// taxed now either way, so the comparison is not "a lower bracket now or later": it is tax-free
// growth in a Roth against a taxable account whose dividends are taxed every year and whose gains
// are taxed at sale. Returns are assumptions the person can change, not forecasts.
//
// Money is in cents. The year-by-year sums are carried unrounded (fractions of a cent) and rounded
// to whole cents once, at the end, with the one rounding rule (`toCents`): rounding every year
// would compound a rounding error the real account does not have.
import { formatUsd, toCents, type Cents } from "../money";
import { NET_INVESTMENT_INCOME_TAX } from "../rules/limits";

export interface ProjectionInput {
  /** This year's after-tax contributions, in cents. */
  readonly amount: number;
  /** Whole years until the money is used, 1 to 80. */
  readonly years: number;
  /** Total return a year, price growth plus dividends (default 7). */
  readonly annualReturnPercent?: number;
  /** The part of the return paid as dividends (default 1.5). */
  readonly dividendYieldPercent?: number;
  /** Federal tax on dividends (default 15: qualified dividends, IRC §1(h)(11)). */
  readonly dividendTaxPercent?: number;
  /** Federal tax on long-term gains at sale (default 15: IRC §1(h)). */
  readonly capitalGainsTaxPercent?: number;
  /** State tax, added to both of the above and to the tax at conversion (default 0). */
  readonly stateTaxPercent?: number;
  /** Earnings taxed when the after-tax money is converted to Roth, in cents (default 0). */
  readonly taxableEarningsAtConversion?: number;
  /** Federal ordinary rate on those earnings; needed only when they are above zero. */
  readonly marginalTaxPercent?: number;
}

export interface ProjectionYear {
  readonly year: number;
  readonly roth: Cents;
  /** What the taxable account would leave if everything were sold that year. */
  readonly taxableAfterTax: Cents;
}

export interface Projection {
  readonly roth: Cents;
  readonly taxable: Cents;
  /** Roth minus taxable: what the Roth is worth over the taxable account (negative if less). */
  readonly advantage: Cents;
  /** Year 0 (today) to `years`, for the chart. */
  readonly byYear: readonly ProjectionYear[];
}

export const PROJECTION_DEFAULTS = {
  annualReturnPercent: 7,
  dividendYieldPercent: 1.5,
  dividendTaxPercent: 15,
  capitalGainsTaxPercent: 15,
  stateTaxPercent: 0,
  marginalTaxPercent: 0,
} as const;

export const MAX_PROJECTION_YEARS = 80;
/** The years until 65, at least 1: the default horizon. */
export const RETIREMENT_AGE = 65;

export function defaultYears(age: number | undefined): number {
  if (age === undefined) return RETIREMENT_AGE - 40;
  return Math.min(MAX_PROJECTION_YEARS, Math.max(1, RETIREMENT_AGE - age));
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new RangeError(message);
}

const isPercent = (value: number) => Number.isFinite(value) && value >= 0 && value <= 100;

export function projectAfterTaxDollars(input: ProjectionInput): Projection {
  const returnPercent = input.annualReturnPercent ?? PROJECTION_DEFAULTS.annualReturnPercent;
  const yieldPercent = input.dividendYieldPercent ?? PROJECTION_DEFAULTS.dividendYieldPercent;
  const dividendTax = input.dividendTaxPercent ?? PROJECTION_DEFAULTS.dividendTaxPercent;
  const gainsTax = input.capitalGainsTaxPercent ?? PROJECTION_DEFAULTS.capitalGainsTaxPercent;
  const state = input.stateTaxPercent ?? PROJECTION_DEFAULTS.stateTaxPercent;
  const earnings = input.taxableEarningsAtConversion ?? 0;
  const marginal = input.marginalTaxPercent ?? PROJECTION_DEFAULTS.marginalTaxPercent;

  check(Number.isInteger(input.amount) && input.amount >= 0, "The amount must be whole cents, 0 or more");
  check(Number.isInteger(input.years) && input.years >= 1 && input.years <= MAX_PROJECTION_YEARS, `Years must be a whole number from 1 to ${MAX_PROJECTION_YEARS}`);
  check(Number.isFinite(returnPercent) && returnPercent >= -50 && returnPercent <= 30, "The return must be between -50% and 30% a year");
  check(isPercent(yieldPercent), "The dividend yield must be between 0% and 100%");
  for (const rate of [dividendTax, gainsTax, state, marginal]) check(isPercent(rate), "Tax rates must be between 0% and 100%");
  check(dividendTax + state <= 100 && gainsTax + state <= 100 && marginal + state <= 100, "A tax rate and the state rate together must not exceed 100%");
  check(Number.isInteger(earnings) && earnings >= 0 && earnings <= input.amount, "Earnings at conversion must be whole cents between 0 and the amount");

  const r = returnPercent / 100;
  const y = yieldPercent / 100;
  const dividendRate = (dividendTax + state) / 100;
  const gainsRate = (gainsTax + state) / 100;
  // Paid once, at conversion, from money outside the account: the Roth keeps the whole amount.
  const conversionTax = earnings * ((marginal + state) / 100);

  const afterSale = (value: number, basis: number) => value - Math.max(0, value - basis) * gainsRate;
  const byYear: ProjectionYear[] = [
    { year: 0, roth: toCents((input.amount - conversionTax) / 100), taxableAfterTax: toCents(input.amount / 100) },
  ];
  let value = input.amount;
  let basis = input.amount;
  let roth = input.amount;
  for (let year = 1; year <= input.years; year++) {
    const dividend = value * y;
    const reinvested = dividend * (1 - dividendRate);
    value = value * (1 + r - y) + reinvested;
    basis += reinvested;
    roth *= 1 + r;
    byYear.push({
      year,
      roth: toCents((roth - conversionTax) / 100),
      taxableAfterTax: toCents(afterSale(value, basis) / 100),
    });
  }
  const last = byYear[byYear.length - 1]!;
  return {
    roth: last.roth,
    taxable: last.taxableAfterTax,
    advantage: (last.roth - last.taxableAfterTax) as Cents,
    byYear,
  };
}

const niit = NET_INVESTMENT_INCOME_TAX;

/** What the projection leaves out or relies on, in words, for the page and the PDF. */
export const PROJECTION_NOTES: readonly string[] = [
  "Returns are assumptions, not forecasts: markets can return less, or lose money, in any year.",
  "The money you convert (your after-tax contributions, the basis) can come back out of a Roth IRA without tax or penalty once any taxable part of the same conversion has come out: converted money comes out taxable part first (IRC §408A(d)(4)(B)), and only earnings taken out early can be taxed (IRC §408A(d)). While it stays in a Roth 401(k), a withdrawal takes basis and earnings in proportion (IRC §72(e)(8)).",
  "The taxable account is sold all at once in the last year; dividends are taxed each year and the rest reinvested. Both accounts keep the same investments.",
  `The ${niit.rate.basisPoints / 100}% net investment income tax is left out (${niit.rate.source}): with modified adjusted gross income over ${formatUsd(
    niit.thresholdSingle.cents,
  )} (${formatUsd(niit.thresholdJoint.cents)} married filing jointly), dividends and gains in the taxable account carry it too; add ${
    niit.rate.basisPoints / 100
  } to both tax rates above to include it. The Roth pays none.`,
];
