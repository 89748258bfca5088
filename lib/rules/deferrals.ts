// Elective deferrals: the per-person limit across all plans (§402(g)) with the catch-up for the
// person's age, and the part of this plan's deferrals that is catch-up and so stays outside the
// annual additions limit (§414(v)(3)(A)). Amounts in cents.
import type { YearFigures } from "./figures";
import type { YesNoUnsure } from "./schema";

export type CatchUpBand = "none" | "age50" | "age60to63";

/** Age attained by December 31; 60 to 63 get the larger amount, 64 and over the 50+ amount again. */
export function catchUpBand(ageAtYearEnd: number): CatchUpBand {
  if (ageAtYearEnd >= 60 && ageAtYearEnd <= 63) return "age60to63";
  if (ageAtYearEnd >= 50) return "age50";
  return "none";
}

/**
 * Whether catch-ups must be Roth (§414(v)(7)): only in years the rule is in force, only for age
 * 50+, on last year's FICA wages from this employer against the year's threshold. Null means we
 * can't tell because the wages or the threshold are not known; we never guess.
 */
export function rothCatchUpRequired(
  rule: { rothCatchUpInForce: boolean; rothCatchUpWageThreshold: number | null },
  ageAtYearEnd: number,
  priorYearFicaWages: number | undefined,
): boolean | null {
  if (!rule.rothCatchUpInForce || catchUpBand(ageAtYearEnd) === "none") return false;
  if (priorYearFicaWages === undefined || rule.rothCatchUpWageThreshold === null) return null;
  return priorYearFicaWages > rule.rothCatchUpWageThreshold;
}

export interface DeferralPosition {
  readonly catchUpBand: CatchUpBand;
  /** Catch-up the person may make this year; 0 when it must be Roth and the plan has no Roth. */
  readonly catchUpLimit: number;
  /** §402(g) + catch-up limit. */
  readonly deferralLimit: number;
  /** Deferrals here and in other employers' plans. */
  readonly totalDeferrals: number;
  readonly excessDeferrals: number;
  /** Catch-up made in this plan: excluded from the annual additions limit. */
  readonly catchUpExcluded: number;
  /** This plan's deferrals that count toward the annual additions limit. */
  readonly deferralsCounted: number;
  /** True when the age allows a catch-up but it is lost because the plan has no Roth option. */
  readonly catchUpLostWithoutRoth: boolean;
}

export function deferralPosition(input: {
  figures: YearFigures;
  ageAtYearEnd: number;
  deferralsHere: number;
  otherPlansDeferrals: number;
  rothCatchUpRequired: boolean | null;
  rothDeferralOption: YesNoUnsure | undefined;
  /** April 15 of the next year has passed without a refund: this plan's excess counts in full. */
  excessCountsInFull?: boolean;
}): DeferralPosition {
  const { figures } = input;
  const band = catchUpBand(input.ageAtYearEnd);
  const ageCatchUp = band === "age60to63" ? figures.catchUp60to63 : band === "age50" ? figures.catchUp50 : 0;
  const catchUpLostWithoutRoth = input.rothCatchUpRequired === true && input.rothDeferralOption === "no" && ageCatchUp > 0;
  const catchUpLimit = catchUpLostWithoutRoth ? 0 : ageCatchUp;
  const deferralLimit = figures.electiveDeferral + catchUpLimit;
  const totalDeferrals = input.deferralsHere + input.otherPlansDeferrals;
  const split = splitDeferralsHere(figures.electiveDeferral, catchUpLimit, input.deferralsHere, input.excessCountsInFull === true);
  return {
    catchUpBand: band,
    catchUpLimit,
    deferralLimit,
    totalDeferrals,
    excessDeferrals: Math.max(0, totalDeferrals - deferralLimit),
    catchUpExcluded: split.catchUpExcluded,
    deferralsCounted: split.deferralsCounted,
    catchUpLostWithoutRoth,
  };
}

/**
 * This plan's deferrals split into catch-up (outside §415(c), §414(v)(3)(A)) and the part that
 * counts toward §415(c). A plan treats deferrals as catch-up only when they pass a limit of that
 * plan (Treas. Reg. §1.414(v)-1(b)(1)): deferrals at an unrelated employer never make this plan's
 * deferrals catch-up, so other plans do not enter here. Deferrals counted are at most §402(g):
 * excess deferrals refunded by April 15 are not annual additions (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)),
 * and while that refund can still happen the room assumes it (the EXCESS_DEFERRALS warning says
 * so). Once April 15 of the next year has passed without one, the excess stays in the plan and
 * counts in full (`excessCountsInFull`).
 */
export function splitDeferralsHere(
  electiveDeferralLimit: number,
  catchUpLimit: number,
  deferralsHere: number,
  excessCountsInFull = false,
): { catchUpExcluded: number; deferralsCounted: number } {
  const catchUpExcluded = Math.min(catchUpLimit, Math.max(0, deferralsHere - electiveDeferralLimit), deferralsHere);
  const beyondCatchUp = deferralsHere - catchUpExcluded;
  return {
    catchUpExcluded,
    deferralsCounted: excessCountsInFull ? beyondCatchUp : Math.min(beyondCatchUp, electiveDeferralLimit),
  };
}
