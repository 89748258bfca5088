// Where the tax year stands on the day the result is read: a year still running (what is left is
// paid from the paychecks left), a year that has ended (a look-back), or a year to come (a plan
// from its first paycheck). Domain §4, item 8.
import { dayNumber, parseIsoDate, type IsoDate } from "../planner/dates";

export type YearKind = "current" | "past" | "future";

export function yearKind(taxYear: number, today: IsoDate): YearKind {
  const year = parseIsoDate(today)?.year;
  if (year === undefined) throw new RangeError(`Not a calendar date: ${today}`);
  return taxYear < year ? "past" : taxYear > year ? "future" : "current";
}

/**
 * The paychecks left in the year after `today`, estimated from the pay frequency alone (the
 * pay-stub page was skipped): the share of the year's days still to come, rounded up. Rounding
 * up spreads what is left over one paycheck too many rather than too few, so an election set
 * from the estimate errs below the limit, never over it (payroll may not stop at §415(c)).
 */
export function estimatedPaychecksLeft(periodsPerYear: number, today: IsoDate): number {
  const date = parseIsoDate(today);
  if (!date) throw new RangeError(`Not a calendar date: ${today}`);
  const first = dayNumber({ year: date.year, month: 1, day: 1 });
  const last = dayNumber({ year: date.year, month: 12, day: 31 });
  const daysInYear = last - first + 1;
  const daysAfterToday = last - dayNumber(date);
  return Math.ceil((periodsPerYear * daysAfterToday) / daysInYear);
}
