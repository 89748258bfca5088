// evaluate(answers): the verdict, the figures, the room, and what to do, for answers that have
// passed answersSchema. Pure and synchronous; all arithmetic is in integer cents and turned into
// dollars only here, at the edge.
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
  const { figures, room } = situation;
  const reasons: Reason[] = [];
  if (figures?.custom) {
    reasons.push({
      code: "CUSTOM_LIMITS_USED",
      message: figures.inTable
        ? `You entered your own IRS figures for ${figures.taxYear}; they are used instead of the figures the app has for that year.`
        : `The app doesn't have the IRS figures for ${figures.taxYear}, so the figures you entered are used.`,
      citation: CITATIONS.yearlyFigures,
    });
  }
  if (room && situation.decision.status === "eligible" && room.afterTaxRemaining === 0) {
    reasons.push({
      code: "NO_AFTER_TAX_ROOM_LEFT",
      message:
        room.afterTaxOverContributed > 0
          ? `Your plan allows it, but you have no after-tax room left this year: you are already ${formatUsd(room.afterTaxOverContributed)} over it.`
          : "Your plan allows it, but you have no after-tax room left this year: your deferrals, employer money and after-tax contributions so far already fill the annual additions limit.",
      citation: CITATIONS.annualAdditions,
    });
  }
  if (room && situation.afterTaxInvolved) {
    reasons.push({
      code: room.planCapApplied ? "ROOM_LIMITED_BY_PLAN_CAP" : "ROOM_UNDER_ANNUAL_ADDITIONS_LIMIT",
      message: room.planCapApplied
        ? `Your plan limits after-tax contributions to ${formatUsd(room.planCap ?? 0)} this year, less than the room under the annual additions limit.`
        : `After your deferrals (catch-up excluded) and ${formatUsd(room.employerContributions)} of employer money, ${formatUsd(
            room.afterTaxRoom,
          )} of after-tax contributions fit under this year's ${formatUsd(room.annualAdditionsLimit)} limit.`,
      citation: `${CITATIONS.annualAdditions}; ${CITATIONS.catchUpOutsideAnnualAdditions}`,
    });
  }
  return reasons;
}

export function evaluate(answers: Answers): Evaluation {
  const situation = assessSituation(answers);
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
