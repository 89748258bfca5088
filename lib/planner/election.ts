// The after-tax election to set per paycheck: the one function the result's headline, its
// checklist step, the PDF and the API's per-paycheck figure all read (domain §4 items 7-9).
// Amounts in integer cents, percentages in basis points.
//
// - A percent election is taken from pay capped at §401(a)(17): each paycheck's share of it.
// - A plan that caps after-tax contributions at a percent of pay caps each paycheck, so the
//   election never exceeds the cap and what can still go in is at most the cap times the pay left.
// - A paycheck funds the election only from what is left after the pre-tax election and payroll
//   taxes (§3101); the election never asks for more.
// - Amounts are rounded down, so the paychecks left never add up to more than the room.
import { percentOfCents } from "../money";
import { largestFitting } from "./rounding";

const WHOLE_PERCENT = 100;
const ALL_OF_PAY = 10_000;

export interface ElectionInput {
  /** After-tax room left under the limits this year (§415(c), the plan's yearly cap), in cents. */
  readonly remaining: number;
  /** Paychecks left to contribute from. */
  readonly paychecksLeft: number;
  /** One regular paycheck's pay, in cents. */
  readonly paycheckPay: number;
  /** The part of that paycheck a percent election is taken from: its share of pay capped at §401(a)(17). */
  readonly percentBase: number;
  /** The most a paycheck can give after tax (what it can fund); null when not known. */
  readonly fundable: number | null;
  /** The plan's after-tax cap per paycheck, in basis points of (capped) pay; null when the plan has none. */
  readonly planCapBasisPoints: number | null;
}

export type ElectionBound = "room" | "plan_cap" | "paycheck" | "no_paychecks";

export interface AfterTaxElection {
  readonly paychecksLeft: number;
  /** The dollar election per paycheck, in cents, rounded down. */
  readonly perPaycheck: number;
  /** The whole-percent election, in basis points (a multiple of 100); null without pay to take it from. */
  readonly percentBasisPoints: number | null;
  /** What the percent election takes from each paycheck, in cents; null with it. */
  readonly percentPerPaycheck: number | null;
  /** The most one paycheck can give after tax: the plan's cap and what a paycheck can fund. */
  readonly mostPerPaycheck: number;
  /** What can still go in this year: the room left, or the most per paycheck times the paychecks left. */
  readonly reachable: number;
  /** Room left under the limits that the paychecks left cannot reach. */
  readonly unreachable: number;
  /** What decides the election. */
  readonly boundBy: ElectionBound;
}

/** A paycheck's share of pay capped at §401(a)(17), the base of a percent election (rounded down). */
export function percentBaseOf(pay: number, compensationLimit: number, paychecksPerYear: number): number {
  return paychecksPerYear > 0 ? Math.floor(Math.min(pay, compensationLimit) / paychecksPerYear) : 0;
}

/**
 * What a regular paycheck can give after tax: its pay less its share of the year's pre-tax and
 * Roth deferrals and of the payroll taxes (both rounded up, so the estimate errs low). Income-tax
 * withholding takes more, which only the pay stub shows.
 */
export function fundablePerPaycheck(input: {
  readonly pay: number;
  readonly paychecksPerYear: number;
  readonly deferrals: number;
  readonly payrollTax: number;
}): number {
  const periods = input.paychecksPerYear;
  if (periods <= 0) return 0;
  const paycheck = Math.floor(input.pay / periods);
  return Math.max(0, paycheck - Math.ceil(input.deferrals / periods) - Math.ceil(input.payrollTax / periods));
}

/** The after-tax election for the paychecks left: see the module comment for the rules it keeps. */
export function afterTaxElection(input: ElectionInput): AfterTaxElection {
  const left = Math.max(0, Math.floor(input.paychecksLeft));
  const remaining = Math.max(0, input.remaining);
  const capPerPaycheck =
    input.planCapBasisPoints === null ? Number.MAX_SAFE_INTEGER : percentOfCents(input.percentBase, input.planCapBasisPoints);
  const fundable = input.fundable === null ? Math.max(0, input.paycheckPay) : Math.max(0, input.fundable);
  const mostPerPaycheck = Math.max(0, Math.min(capPerPaycheck, fundable));
  if (left === 0) {
    return {
      paychecksLeft: 0,
      perPaycheck: 0,
      percentBasisPoints: null,
      percentPerPaycheck: null,
      mostPerPaycheck,
      reachable: 0,
      unreachable: remaining,
      boundBy: "no_paychecks",
    };
  }
  const reachable = Math.min(remaining, mostPerPaycheck * left);
  const boundBy: ElectionBound =
    reachable === remaining ? "room" : capPerPaycheck <= fundable ? "plan_cap" : "paycheck";
  const perPaycheck = Math.floor(reachable / left);

  let percentBasisPoints: number | null = null;
  let percentPerPaycheck: number | null = null;
  if (input.percentBase > 0) {
    // The largest whole percent whose paychecks stay within what can go in, the plan's cap and
    // what a paycheck can fund: each paycheck's amount is rounded half up to the cent, so the
    // check is on the rounded amount, never on the percentage alone.
    const capSteps =
      input.planCapBasisPoints === null ? ALL_OF_PAY / WHOLE_PERCENT : Math.floor(input.planCapBasisPoints / WHOLE_PERCENT);
    const steps =
      largestFitting(Math.min(ALL_OF_PAY / WHOLE_PERCENT, capSteps), (whole) => {
        const taken = percentOfCents(input.percentBase, whole * WHOLE_PERCENT);
        return taken <= mostPerPaycheck && taken * left <= reachable;
      }) ?? 0;
    percentBasisPoints = steps * WHOLE_PERCENT;
    percentPerPaycheck = percentOfCents(input.percentBase, percentBasisPoints);
  }
  return {
    paychecksLeft: left,
    perPaycheck,
    percentBasisPoints,
    percentPerPaycheck,
    mostPerPaycheck,
    reachable,
    unreachable: remaining - reachable,
    boundBy,
  };
}
