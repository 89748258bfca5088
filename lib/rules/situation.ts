// Everything the rules establish about one set of answers, in cents, before any words are
// written: the verdict, the figures, the deferral position, the room. Warnings, questions and
// the checklist are all read off this one record, so they cannot disagree with each other.
import { percentOfCents, toCents } from "../money";
import { decideEligibility, type Decision } from "./eligibility";
import { resolveFigures, type YearFigures } from "./figures";
import { rothCatchUpRequired, type DeferralPosition } from "./deferrals";
import { yearPosition } from "./position";
import { ROTH_CATCH_UP_RULE } from "./limits";
import { hceStatus, type HceStatus } from "./hce";
import { employeePayrollTax } from "./payroll";
import { afterTaxRoom, perPaycheck, type PerPaycheck, type RoomCents } from "./room";
import type { Answers } from "./schema";

export interface Situation {
  readonly answers: Answers;
  readonly decision: Decision;
  /** Null when the year is unknown and no figures were entered. */
  readonly figures: YearFigures | null;
  /** After-tax money is in play: the verdict is eligible or may be once the plan answers. */
  readonly afterTaxInvolved: boolean;
  readonly pay: number;
  readonly deferralsHere: number;
  readonly afterTaxYearToDate: number;
  readonly deferrals: DeferralPosition | null;
  readonly room: RoomCents | null;
  readonly perPaycheck: PerPaycheck | null;
  readonly hce: HceStatus;
  readonly rothCatchUpRequired: boolean | null;
  readonly taxableEarningsEstimate: number | null;
  /** With both routes open and the balance and its earnings known: the Notice 2014-54 split. */
  readonly afterTaxSplit: { basisToRothIra: number; earningsToTraditionalIra: number } | null;
  /** Suggested hold-back for employer money credited after the year: 5% of capped pay, at most the room left. */
  readonly employerMoneyBuffer: number;
  readonly payrollTax: number;
  /** Deferrals here plus after-tax for the year (the remaining room only when it can be used). */
  readonly employeeContributions: number;
}

/** The suggested buffer for employer money credited after the year, as a share of capped pay. */
const EMPLOYER_MONEY_BUFFER_BASIS_POINTS = 500;

const optionalCents = (dollars: number | undefined) => (dollars === undefined ? undefined : toCents(dollars));

export function assessSituation(answers: Answers): Situation {
  const { plan, person, contributions } = answers;
  const decision = decideEligibility(plan);
  const figures = resolveFigures(answers);
  const afterTaxInvolved = decision.status !== "not_eligible";
  const pay = toCents(person.compensation);
  const deferralsHere = toCents(contributions.employeeDeferrals);
  const afterTaxYearToDate = toCents(contributions.afterTaxYearToDate ?? 0);

  let deferrals: DeferralPosition | null = null;
  let room: RoomCents | null = null;
  let paycheck: PerPaycheck | null = null;
  let hce: HceStatus = { isHce: null, likely: false };
  // Without the year's figures the Roth catch-up rule still applies from its first year on.
  const rothRule = figures ?? {
    rothCatchUpInForce: answers.taxYear >= ROTH_CATCH_UP_RULE.firstYear,
    rothCatchUpWageThreshold: null,
  };
  const rothRequired = rothCatchUpRequired(rothRule, person.ageAtYearEnd, optionalCents(person.priorYearFicaWages));
  if (figures) {
    deferrals = yearPosition(answers, figures).deferrals;
    room = afterTaxRoom({
      plan,
      pay,
      compensationLimit: figures.compensation,
      annualAdditionsDollarLimit: figures.annualAdditions,
      deferrals,
      deferralsHere,
      afterTaxYearToDate,
    });
    if (person.payPeriodsPerYear !== undefined) {
      paycheck = perPaycheck({
        afterTaxRemaining: room.afterTaxRemaining,
        pay,
        cappedPay: room.cappedPay,
        periodsPerYear: person.payPeriodsPerYear,
        periodsRemaining: person.payPeriodsRemaining,
        planCapPercent: plan.afterTaxCapPercentOfPay,
        deferrals: deferralsHere,
        payrollTax: employeePayrollTax(pay, figures.socialSecurityWageBase),
      });
    }
    hce = hceStatus(figures, optionalCents(person.priorYearCompensation), pay, person.fivePercentOwner === true);
  }

  // The earnings on after-tax money are what a conversion or rollover would make taxable.
  const taxableEarningsEstimate =
    afterTaxInvolved && contributions.afterTaxEarnings !== undefined ? toCents(contributions.afterTaxEarnings) : null;
  const balance = optionalCents(contributions.afterTaxBalance);
  const afterTaxSplit =
    afterTaxInvolved &&
    plan.inPlanRothConversion === "yes" &&
    plan.inServiceWithdrawal === "yes" &&
    balance !== undefined &&
    taxableEarningsEstimate !== null &&
    taxableEarningsEstimate > 0
      ? { basisToRothIra: balance - taxableEarningsEstimate, earningsToTraditionalIra: taxableEarningsEstimate }
      : null;
  // A rule of thumb, rounded up to the $100: profit sharing and true-ups of a few percent of pay are common.
  const employerMoneyBuffer = room
    ? Math.min(room.afterTaxRemaining, Math.ceil(percentOfCents(room.cappedPay, EMPLOYER_MONEY_BUFFER_BASIS_POINTS) / 10_000) * 10_000)
    : 0;
  const afterTaxForYear = afterTaxInvolved && room ? afterTaxYearToDate + room.afterTaxRemaining : afterTaxYearToDate;

  return {
    answers,
    decision,
    figures,
    afterTaxInvolved,
    pay,
    deferralsHere,
    afterTaxYearToDate,
    deferrals,
    room,
    perPaycheck: paycheck,
    hce,
    rothCatchUpRequired: rothRequired,
    taxableEarningsEstimate,
    afterTaxSplit,
    employerMoneyBuffer,
    payrollTax: employeePayrollTax(pay, figures?.socialSecurityWageBase ?? null),
    employeeContributions: deferralsHere + afterTaxForYear,
  };
}
