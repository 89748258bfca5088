// evaluate(answers, asOf): the verdict, the figures, the room, and what to do, for answers that
// have passed answersSchema, as of a date ("YYYY-MM-DD"): a closed year is a look-back and every
// sentence speaks of it in the past. Without a date the year is read as open. Pure and
// synchronous; all arithmetic is in integer cents and turned into dollars only here, at the edge.
import { formatUsd, fromCents } from "../money";
import { alternativesFor } from "./alternatives";
import { checklistFor } from "./checklist";
import { CITATIONS } from "./citations";
import type { Reason } from "./eligibility";
import { questionsForPlan } from "./questions";
import type { Evaluation, LimitsUsed, Room } from "./result";
import type { Answers } from "./schema";
import { assessSituation, type Situation } from "./situation";
import { warningsFor } from "./warnings";
import { refundDeadlineText, YEAR_CLOSED_REASON } from "./year";

function limitsUsed(situation: Situation): LimitsUsed | null {
  const { figures, deferrals } = situation;
  if (!figures || !deferrals) return null;
  return {
    taxYear: figures.taxYear,
    electiveDeferral: fromCents(figures.electiveDeferral),
    catchUp: fromCents(deferrals.catchUpLimit),
    annualAdditions: fromCents(figures.annualAdditions),
    compensation: fromCents(figures.compensation),
    source: figures.source,
    custom: figures.custom,
    catchUp50: fromCents(figures.catchUp50),
    catchUp60to63: fromCents(figures.catchUp60to63),
    hceThreshold: fromCents(figures.hceThreshold),
    rothCatchUpWageThreshold: figures.rothCatchUpWageThreshold === null ? null : fromCents(figures.rothCatchUpWageThreshold),
    iraContribution: figures.iraContribution === null ? null : fromCents(figures.iraContribution),
    socialSecurityWageBase: figures.socialSecurityWageBase === null ? null : fromCents(figures.socialSecurityWageBase),
    sources: figures.sources,
  };
}

function roomUsed(situation: Situation): Room | null {
  const { room, deferrals, perPaycheck } = situation;
  if (!room || !deferrals) return null;
  return {
    annualAdditionsLimit: fromCents(room.annualAdditionsLimit),
    deferralsCounted: fromCents(deferrals.deferralsCounted),
    catchUpExcluded: fromCents(deferrals.catchUpExcluded),
    employerContributions: fromCents(room.employerContributions),
    employerMatch: fromCents(room.employerMatch),
    employerNonelective: fromCents(room.employerNonelective),
    deferralLimit: fromCents(deferrals.deferralLimit),
    totalDeferrals: fromCents(deferrals.totalDeferrals),
    excessDeferrals: fromCents(deferrals.excessDeferrals),
    afterTaxRoom: fromCents(room.afterTaxRoom),
    afterTaxYearToDate: fromCents(room.afterTaxYearToDate),
    afterTaxRemaining: fromCents(room.afterTaxRemaining),
    afterTaxOverContributed: fromCents(room.afterTaxOverContributed),
    planCap: room.planCap === null ? null : fromCents(room.planCap),
    planCapApplied: room.planCapApplied,
    payUsedInFormulas: fromCents(room.cappedPay),
    perPaycheck: perPaycheck
      ? {
          periods: perPaycheck.periods,
          amount: fromCents(perPaycheck.amount),
          paycheckPay: fromCents(perPaycheck.paycheckPay),
          percentOfPayWhole: perPaycheck.percentOfPayWhole,
        }
      : null,
  };
}

/** Reasons about the figures and the room, after the eligibility clauses. */
function figureReasons(situation: Situation): Reason[] {
  const { figures, room, timing, selfEmployment } = situation;
  const year = situation.answers.taxYear;
  const reasons: Reason[] = [];
  if (timing.closed) {
    reasons.push({
      code: YEAR_CLOSED_REASON,
      message: `${year} has ended: this is a look-back at what counted and what to correct, not an election to make. Room left unused in ${year} doesn't carry over.`,
      citation: CITATIONS.annualAdditions,
    });
  }
  if (selfEmployment) {
    const profit = formatUsd(selfEmployment.netProfit, { cents: true });
    const half = formatUsd(selfEmployment.halfSelfEmploymentTax, { cents: true });
    const earned = formatUsd(selfEmployment.earnedIncome, { cents: true });
    reasons.push(
      selfEmployment.refused
        ? {
            code: "SELF_EMPLOYED_NOT_WORKED_OUT",
            message: `Your pay comes from your own business, so your compensation for the plan is earned income, not the ${profit} profit. With a match on after-tax contributions, the deduction for the plan's contributions depends on the after-tax room itself, and this check doesn't work that out: it shows no room. Your plan's administrator or a tax adviser can work out your earned income (IRS Publication 560).`,
            citation: "IRC §401(c)(2); IRC §164(f); IRC §404(a)(8)(D)",
          }
        : {
            code: "EARNED_INCOME_SELF_EMPLOYED",
            message: `Your pay comes from your own business, so your compensation for the plan is earned income (IRC §401(c)(2)), not the ${profit} profit: the profit less ${half}, half the self-employment tax (IRC §164(f))${
              selfEmployment.deductibleContributions > 0
                ? `, and less ${formatUsd(selfEmployment.deductibleContributions, { cents: true })} of the plan's employer contributions, which are deducted too`
                : ""
            }, is ${earned}. The limits and the room below use ${earned}. This assumes no wages from an employer in ${year}.`,
            citation: "IRC §401(c)(2); IRC §164(f); IRC §1402(a)(12); IRC §404(a)(8)(D)",
          },
    );
  }
  if (figures?.custom) {
    reasons.push({
      code: "CUSTOM_LIMITS_USED",
      message: figures.inTable
        ? `You entered your own IRS figures for ${figures.taxYear}; they are used instead of the figures the app has for that year.`
        : `The app doesn't have the IRS figures for ${figures.taxYear}, so the figures you entered are used.`,
      citation: CITATIONS.yearlyFigures,
    });
  }
  const deferrals = situation.deferrals;
  if (room && deferrals && timing.closed && timing.refundDeadlinePassed && deferrals.deferralsCounted > (figures?.electiveDeferral ?? Infinity)) {
    reasons.push({
      code: "EXCESS_DEFERRALS_COUNTED",
      message: `Your deferrals to this plan went over the limit and ${refundDeadlineText(year)} has passed: the excess wasn't paid back in time, so all ${formatUsd(
        deferrals.deferralsCounted,
      )} of them (catch-up excluded) count toward the annual additions limit for ${year}. If the plan did pay the excess back by then, it doesn't count.`,
      citation: CITATIONS.excessDeferrals,
    });
  }
  if (room && situation.decision.status === "eligible" && room.afterTaxRemaining === 0) {
    reasons.push({
      code: "NO_AFTER_TAX_ROOM_LEFT",
      message: timing.closed
        ? room.afterTaxOverContributed > 0
          ? `Your plan allowed it, but there was no after-tax room left in ${year}: you went ${formatUsd(room.afterTaxOverContributed)} over it.`
          : `Your plan allowed it, and your deferrals, employer money and after-tax contributions filled the annual additions limit for ${year}.`
        : room.afterTaxOverContributed > 0
          ? `Your plan allows it, but you have no after-tax room left this year: you are already ${formatUsd(room.afterTaxOverContributed)} over it.`
          : "Your plan allows it, but you have no after-tax room left this year: your deferrals, employer money and after-tax contributions so far already fill the annual additions limit.",
      citation: CITATIONS.annualAdditions,
    });
  }
  if (room && situation.afterTaxInvolved) {
    const whose = timing.closed ? `${year}'s` : "this year's";
    reasons.push({
      code: room.planCapApplied ? "ROOM_LIMITED_BY_PLAN_CAP" : "ROOM_UNDER_ANNUAL_ADDITIONS_LIMIT",
      message: room.planCapApplied
        ? `Your plan limits after-tax contributions to ${formatUsd(room.planCap ?? 0)} ${timing.closed ? `for ${year}` : "this year"}, less than the room under the annual additions limit.`
        : `After your deferrals (catch-up excluded) and ${formatUsd(room.employerContributions)} of employer money, ${formatUsd(
            room.afterTaxRoom,
          )} of after-tax contributions ${timing.closed ? "fitted" : "fit"} under ${whose} ${formatUsd(room.annualAdditionsLimit)} limit.`,
      citation: `${CITATIONS.annualAdditions}; ${CITATIONS.catchUpOutsideAnnualAdditions}`,
    });
  }
  return reasons;
}

export function evaluate(answers: Answers, asOf?: string | null): Evaluation {
  const situation = assessSituation(answers, asOf);
  return {
    status: situation.decision.status,
    route: situation.decision.route,
    reasons: [...situation.decision.reasons, ...figureReasons(situation)],
    limits: limitsUsed(situation),
    room: roomUsed(situation),
    warnings: warningsFor(situation),
    questionsForPlan: questionsForPlan(situation),
    checklist: checklistFor(situation),
    alternatives: alternativesFor(situation),
    taxableEarningsEstimate: situation.taxableEarningsEstimate === null ? null : fromCents(situation.taxableEarningsEstimate),
    afterTaxSplit: situation.afterTaxSplit
      ? {
          basisToRothIra: fromCents(situation.afterTaxSplit.basisToRothIra),
          earningsToTraditionalIra: fromCents(situation.afterTaxSplit.earningsToTraditionalIra),
        }
      : null,
    isHce: situation.hce.isHce,
    rothCatchUpRequired: situation.rothCatchUpRequired,
    cashFlow: {
      pay: fromCents(situation.pay),
      payrollTaxEstimate: fromCents(situation.payrollTax),
      employeeContributions: fromCents(situation.employeeContributions),
      leftAfterContributions: fromCents(situation.pay - situation.payrollTax - situation.employeeContributions),
    },
  };
}
