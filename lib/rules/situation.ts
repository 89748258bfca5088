// Everything the rules establish about one set of answers, in cents, before any words are
// written: the verdict, the figures, the deferral position, the room. Warnings, questions and
// the checklist are all read off this one record, so they cannot disagree with each other.
import { percentOfCents, toCents } from "../money";
import { conversionLacksRothProgram, decideEligibility, type Decision } from "./eligibility";
import { resolveFigures, type YearFigures } from "./figures";
import { rothCatchUpRequired, type DeferralPosition } from "./deferrals";
import { yearPosition } from "./position";
import { ROTH_CATCH_UP_RULE } from "./limits";
import { hceStatus, type HceStatus } from "./hce";
import { employeePayrollTax } from "./payroll";
import { compileMatch, matchAmount, nonelectiveContribution } from "./match";
import { afterTaxRoom, perPaycheck, type PerPaycheck, type RoomCents } from "./room";
import type { Answers } from "./schema";
import { earnedIncome, selfEmploymentIncome, type SelfEmploymentIncome } from "./self-employment";
import { yearTiming, type YearTiming } from "./year";

export interface SelfEmployment extends SelfEmploymentIncome {
  /** Compensation for the plan: earned income after the plan's deductible contributions (§401(c)(2)). */
  readonly earnedIncome: number;
  /** The employer (deductible) contributions taken out in working it out. */
  readonly deductibleContributions: number;
  /** True when the check can't work earned income out (a match on after-tax money): no room is shown. */
  readonly refused: boolean;
}

export interface Situation {
  readonly answers: Answers;
  /** Whether the year is open or closed on the day the answers are read, and April 15's deadline. */
  readonly timing: YearTiming;
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
  /**
   * An after-tax balance already in the plan with earnings, and a withdrawal that may be allowed:
   * the Notice 2014-54 split (basis to a Roth IRA, earnings to a traditional IRA).
   */
  readonly afterTaxSplit: { basisToRothIra: number; earningsToTraditionalIra: number } | null;
  /** An after-tax balance whose earnings are above zero or not known: the three-way choice applies. */
  readonly oldBalanceWithEarnings: boolean;
  /** An in-plan conversion may exist: C is not "no" and the plan is not said to lack a Roth program. */
  readonly conversionPossible: boolean;
  /** Suggested room to keep unused for employer money outside the formula credited after the year: 0 when none applies. */
  readonly employerMoneyBuffer: number;
  /** Pay from the person's own business: the earned income worked out from the profit; null otherwise. */
  readonly selfEmployment: SelfEmployment | null;
  readonly payrollTax: number;
  /** Deferrals here plus after-tax for the year (the remaining room only when it can be used). */
  readonly employeeContributions: number;
}

/** The suggested buffer for employer money credited after the year, as a share of capped pay. */
const EMPLOYER_MONEY_BUFFER_BASIS_POINTS = 500;

const optionalCents = (dollars: number | undefined) => (dollars === undefined ? undefined : toCents(dollars));

/**
 * A self-employed person's compensation: earned income from the business's net profit, with the
 * plan's deductible contributions (match on deferrals, nonelective) found as a fixed point.
 */
function selfEmploymentFor(answers: Answers, figures: YearFigures | null): SelfEmployment | null {
  const { plan, person, contributions } = answers;
  if (person.ownBusiness !== true) return null;
  const income = selfEmploymentIncome(toCents(person.compensation), figures?.socialSecurityWageBase ?? null);
  const deferralsHere = toCents(contributions.employeeDeferrals);
  const compensationLimit = figures?.compensation ?? Number.MAX_SAFE_INTEGER;
  const employerMoney = (compensation: number) => {
    const capped = Math.min(compensation, compensationLimit);
    return matchAmount(compileMatch(plan.employerMatch, capped), deferralsHere) + nonelectiveContribution(plan.nonelective, capped);
  };
  const earned = earnedIncome(income.earnedIncomeBeforeContributions, employerMoney);
  return {
    ...income,
    earnedIncome: earned,
    deductibleContributions: Math.max(0, income.earnedIncomeBeforeContributions - earned),
    // A match on after-tax money would make the deduction depend on the room as well: not worked out here.
    refused: plan.matchesAfterTax === true,
  };
}

export function assessSituation(answers: Answers, asOf?: string | null): Situation {
  const { plan, person, contributions } = answers;
  const timing = yearTiming(answers.taxYear, asOf);
  const decision = decideEligibility(plan);
  const figures = resolveFigures(answers);
  const afterTaxInvolved = decision.status !== "not_eligible";
  const selfEmployment = selfEmploymentFor(answers, figures);
  // For a self-employed person, compensation is earned income, never the business's profit.
  const pay = selfEmployment ? selfEmployment.earnedIncome : toCents(person.compensation);
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
    const excessCountsInFull = timing.closed && timing.refundDeadlinePassed;
    deferrals = yearPosition(answers, figures, { excessCountsInFull }).deferrals;
  }
  if (figures && deferrals && !selfEmployment?.refused) {
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
  }
  if (figures) hce = hceStatus(figures, optionalCents(person.priorYearCompensation), pay, person.fivePercentOwner === true);

  // The earnings on after-tax money are what a conversion or rollover would make taxable.
  const taxableEarningsEstimate =
    afterTaxInvolved && contributions.afterTaxEarnings !== undefined ? toCents(contributions.afterTaxEarnings) : null;
  const balance = optionalCents(contributions.afterTaxBalance);
  const oldBalanceWithEarnings =
    afterTaxInvolved && balance !== undefined && balance > 0 && (taxableEarningsEstimate === null || taxableEarningsEstimate > 0);
  // The split needs a withdrawal: offered where the plan allows one or may (the question is asked).
  const afterTaxSplit =
    oldBalanceWithEarnings && plan.inServiceWithdrawal !== "no" && balance !== undefined && taxableEarningsEstimate !== null
      ? { basisToRothIra: balance - taxableEarningsEstimate, earningsToTraditionalIra: taxableEarningsEstimate }
      : null;
  // Only money outside the formula needs room kept free: the room already counts the match on its
  // yearly formula, as a true-up pays it (Treas. Reg. §1.415(c)-1(b)(6)(i)(B)). A rule of thumb,
  // rounded up to the $100: profit sharing of a few percent of pay is common. Never more than is left.
  const lateMoney = plan.lateEmployerMoney === "yes" || plan.lateEmployerMoney === "unsure";
  const employerMoneyBuffer =
    room && lateMoney && !timing.closed
      ? Math.min(room.afterTaxRemaining, Math.ceil(percentOfCents(room.cappedPay, EMPLOYER_MONEY_BUFFER_BASIS_POINTS) / 10_000) * 10_000)
      : 0;
  // In a closed year only what went in counts; in an open year, the room still to use as well.
  const afterTaxForYear =
    afterTaxInvolved && room && !timing.closed ? afterTaxYearToDate + room.afterTaxRemaining : afterTaxYearToDate;

  return {
    answers,
    timing,
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
    oldBalanceWithEarnings,
    conversionPossible: plan.inPlanRothConversion !== "no" && !conversionLacksRothProgram(plan) && plan.rothDeferralOption !== "no",
    employerMoneyBuffer,
    selfEmployment,
    // Self-employed: the half of the SE tax not already taken out of earned income.
    payrollTax: selfEmployment
      ? selfEmployment.selfEmploymentTax - selfEmployment.halfSelfEmploymentTax
      : employeePayrollTax(pay, figures?.socialSecurityWageBase ?? null),
    employeeContributions: deferralsHere + afterTaxForYear,
  };
}
