// Where the tax year stands on the day the rules are read (domain §4, item 8). An open year (still
// running, or to come) gets advice to act on; a closed year gets a look-back: what counted, what
// went over, what to correct. Excess deferrals leave the annual additions only when refunded by
// April 15 of the next year (IRC §402(g)(2)(A)(ii); Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)).
// The date is passed in ("YYYY-MM-DD"): lib/ has no clock.

export interface YearTiming {
  /** The date the answers are read as of; null when the caller gave none (then the year is treated as open). */
  readonly asOf: string | null;
  /** The tax year has ended: December 31 is behind us. */
  readonly closed: boolean;
  /** April 15 of the next year, the last day a plan may refund excess deferrals (ISO date). */
  readonly refundDeadline: string;
  /** That day has passed: an unrefunded excess stays in the plan and counts in full. */
  readonly refundDeadlinePassed: boolean;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function yearTiming(taxYear: number, asOf?: string | null): YearTiming {
  const refundDeadline = `${taxYear + 1}-04-15`;
  if (asOf === undefined || asOf === null) return { asOf: null, closed: false, refundDeadline, refundDeadlinePassed: false };
  if (!ISO_DATE.test(asOf)) throw new RangeError(`Not a date as YYYY-MM-DD: ${asOf}`);
  return {
    asOf,
    closed: Number(asOf.slice(0, 4)) > taxYear,
    refundDeadline,
    // ISO dates compare as strings.
    refundDeadlinePassed: asOf > refundDeadline,
  };
}

/** "April 15, 2026": the refund deadline as a person reads it. */
export function refundDeadlineText(taxYear: number): string {
  return `April 15, ${taxYear + 1}`;
}

/** The reason code every closed-year evaluation carries, so its readers can tell without a date. */
export const YEAR_CLOSED_REASON = "YEAR_CLOSED";

/** Whether an evaluation was made for a year that had ended on its date. */
export function evaluatedAsClosedYear(evaluation: { readonly reasons: readonly { readonly code: string }[] }): boolean {
  return evaluation.reasons.some((reason) => reason.code === YEAR_CLOSED_REASON);
}
