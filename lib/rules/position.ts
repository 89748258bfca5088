// The year's position for one person and one employer, in cents: the deferral position (§402(g),
// catch-up, what counts toward §415(c)), the §415(c) limit and pay capped at §401(a)(17). The
// rules engine and the paycheck planner both read it from here, so they cannot disagree.
import { toCents } from "../money";
import { deferralPosition, rothCatchUpRequired, type DeferralPosition } from "./deferrals";
import type { YearFigures } from "./figures";
import type { Answers } from "./schema";

export interface YearPosition {
  readonly pay: number;
  /** Pay up to §401(a)(17): the pay every plan formula and percent election uses. */
  readonly cappedPay: number;
  /** §415(c)(1): the lesser of the dollar limit and 100% of pay from this employer. */
  readonly annualAdditionsLimit: number;
  readonly deferrals: DeferralPosition;
  readonly rothCatchUpRequired: boolean | null;
}

/**
 * `excessCountsInFull`: the year is closed and April 15 of the next year has passed, so this
 * plan's unrefunded excess deferrals count toward §415(c) (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)).
 */
export function yearPosition(answers: Answers, figures: YearFigures, options: { excessCountsInFull?: boolean } = {}): YearPosition {
  const { person, contributions, plan } = answers;
  const pay = toCents(person.compensation);
  const rothRequired = rothCatchUpRequired(
    figures,
    person.ageAtYearEnd,
    person.priorYearFicaWages === undefined ? undefined : toCents(person.priorYearFicaWages),
  );
  return {
    pay,
    cappedPay: Math.min(pay, figures.compensation),
    annualAdditionsLimit: Math.min(figures.annualAdditions, pay),
    deferrals: deferralPosition({
      figures,
      ageAtYearEnd: person.ageAtYearEnd,
      deferralsHere: toCents(contributions.employeeDeferrals),
      otherPlansDeferrals: toCents(contributions.otherPlansDeferrals ?? 0),
      rothCatchUpRequired: rothRequired,
      rothDeferralOption: plan.rothDeferralOption,
      excessCountsInFull: options.excessCountsInFull,
    }),
    rothCatchUpRequired: rothRequired,
  };
}
