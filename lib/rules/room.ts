// The after-tax room for one employer and one tax year (domain §4). Amounts in integer cents.
import { percentOfCents, toBasisPoints } from "../money";
import { afterTaxElection, fundablePerPaycheck, percentBaseOf } from "../planner/election";
import type { DeferralPosition } from "./deferrals";
import { compileMatch, matchAmount, matchDependsOnContributions, nonelectiveContribution } from "./match";
import type { Plan } from "./schema";

export interface RoomCents {
  /** §415(c)(1): the lesser of the dollar limit and 100% of pay from this employer. */
  readonly annualAdditionsLimit: number;
  readonly cappedPay: number;
  readonly employerMatch: number;
  readonly employerNonelective: number;
  readonly employerContributions: number;
  /** After-tax contributions that fit this year, in total (including any made so far). */
  readonly afterTaxRoom: number;
  readonly afterTaxYearToDate: number;
  /** What is left to contribute after tax this year. */
  readonly afterTaxRemaining: number;
  /** After-tax already contributed beyond the room: to be refunded. */
  readonly afterTaxOverContributed: number;
  /** The plan's own after-tax limit for the year, when it has one. */
  readonly planCap: number | null;
  readonly planCapApplied: boolean;
}

export function afterTaxRoom(input: {
  plan: Plan;
  pay: number;
  compensationLimit: number;
  annualAdditionsDollarLimit: number;
  deferrals: DeferralPosition;
  deferralsHere: number;
  afterTaxYearToDate: number;
}): RoomCents {
  const { plan, deferrals } = input;
  // The same two figures as yearPosition (position.ts), from the same inputs.
  const cappedPay = Math.min(input.pay, input.compensationLimit);
  const limit = Math.min(input.annualAdditionsDollarLimit, input.pay);
  const nonelective = nonelectiveContribution(plan.nonelective, cappedPay);
  const match = compileMatch(plan.employerMatch, cappedPay);
  const matchesAfterTax = plan.matchesAfterTax === true && matchDependsOnContributions(plan.employerMatch);

  let room: number;
  if (!matchesAfterTax) {
    room = Math.max(0, limit - deferrals.deferralsCounted - nonelective - matchAmount(match, input.deferralsHere));
  } else {
    // The match depends on the after-tax amount A and the after-tax room on the match. The total
    // deferralsCounted + E(A) + A rises strictly with A (E never falls as A rises), so the amounts
    // that fit form an interval [0, room]: a binary search over whole cents finds its end exactly,
    // where guessing or iterating a fixed point could stop a cent short or overshoot.
    const fixedPart = deferrals.deferralsCounted + nonelective;
    let fitting = -1;
    let tooMuch = Math.max(0, limit - fixedPart) + 1;
    while (tooMuch - fitting > 1) {
      const middle = fitting + Math.floor((tooMuch - fitting) / 2);
      if (fixedPart + matchAmount(match, input.deferralsHere + middle) + middle <= limit) fitting = middle;
      else tooMuch = middle;
    }
    room = Math.max(0, fitting);
  }

  const planCap =
    plan.afterTaxCapPercentOfPay === undefined ? null : percentOfCents(cappedPay, toBasisPoints(plan.afterTaxCapPercentOfPay));
  const planCapApplied = planCap !== null && planCap < room;
  if (planCapApplied) room = planCap;

  // Employer money at the final after-tax amount, so that the parts add up to what is reported.
  const employerMatch = matchAmount(match, matchesAfterTax ? input.deferralsHere + room : input.deferralsHere);
  return {
    annualAdditionsLimit: limit,
    cappedPay,
    employerMatch,
    employerNonelective: nonelective,
    employerContributions: employerMatch + nonelective,
    afterTaxRoom: room,
    afterTaxYearToDate: input.afterTaxYearToDate,
    afterTaxRemaining: Math.max(0, room - input.afterTaxYearToDate),
    afterTaxOverContributed: Math.max(0, input.afterTaxYearToDate - room),
    planCap,
    planCapApplied,
  };
}

export interface PerPaycheck {
  readonly periods: number;
  /** The after-tax amount per remaining paycheck, floored to the cent so it never overshoots. */
  readonly amount: number;
  readonly paycheckPay: number;
  /** The whole-percent election on pay capped at §401(a)(17), rounded down; null without pay. */
  readonly percentOfPayWhole: number | null;
}

/**
 * The election over the paychecks left, from the one election function (lib/planner/election):
 * on pay capped at §401(a)(17), never above the plan's percent-of-pay cap on any paycheck, never
 * above what a paycheck can fund after the pre-tax election and payroll taxes, rounded down.
 */
export function perPaycheck(input: {
  afterTaxRemaining: number;
  pay: number;
  /** Pay up to §401(a)(17): the base of a percent election (domain §5, pay cap). */
  cappedPay: number;
  periodsPerYear: number;
  periodsRemaining: number | undefined;
  planCapPercent: number | undefined;
  /** The year's pre-tax and Roth deferrals here and the employee's payroll taxes, for what a paycheck can fund. */
  deferrals: number;
  payrollTax: number;
}): PerPaycheck {
  const periods = input.periodsRemaining ?? input.periodsPerYear;
  const election = afterTaxElection({
    remaining: input.afterTaxRemaining,
    paychecksLeft: periods,
    paycheckPay: Math.floor(input.pay / input.periodsPerYear),
    percentBase: percentBaseOf(input.cappedPay, input.cappedPay, input.periodsPerYear),
    fundable: fundablePerPaycheck({
      pay: input.pay,
      paychecksPerYear: input.periodsPerYear,
      deferrals: input.deferrals,
      payrollTax: input.payrollTax,
    }),
    planCapBasisPoints: input.planCapPercent === undefined ? null : toBasisPoints(input.planCapPercent),
  });
  return {
    periods,
    amount: election.perPaycheck,
    paycheckPay: Math.floor(input.pay / input.periodsPerYear),
    percentOfPayWhole: election.percentBasisPoints === null ? null : election.percentBasisPoints / 100,
  };
}
