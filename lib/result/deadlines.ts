// The date on each action (domain §4 item 8): the next pay date and the payroll cutoff before it,
// December 31 for money converted in the plan this year, April 15 for an excess deferral, and
// the plan's notice deadline for one. Dates are written in US form with the year.
import { formatDate, isoDayNumber, type IsoDate } from "../planner/dates";
import type { Route } from "../rules/result";
import type { YearKind } from "./timing";

export type DeadlineCode = "NEXT_PAYCHECK" | "CONVERT_BY_YEAR_END" | "EXCESS_DEFERRAL_REFUND" | "EXCESS_DEFERRAL_NOTICE";

export interface Deadline {
  readonly code: DeadlineCode;
  /** The date, or null when only the plan or payroll knows it. */
  readonly date: IsoDate | null;
  readonly text: string;
  readonly citation: string;
}

export interface DeadlineInput {
  readonly taxYear: number;
  readonly today: IsoDate;
  readonly yearKind: YearKind;
  /** An election is to be set: the year is running or to come, and the plan allows after-tax money. */
  readonly electionToSet: boolean;
  /** The first paycheck left, from the paycheck plan; null when the pay stub was not given. */
  readonly nextPayDate: IsoDate | null;
  readonly route: Route | null;
  /** Deferrals over the §402(g) limit across all plans, in cents. */
  readonly excessDeferrals: number;
}

/** The deadlines for the result's actions, in date order (undated ones last). */
export function deadlinesFor(input: DeadlineInput): Deadline[] {
  const deadlines: Deadline[] = [];
  const { taxYear, today } = input;
  if (input.electionToSet && input.yearKind !== "past") {
    deadlines.push(
      input.nextPayDate
        ? {
            code: "NEXT_PAYCHECK",
            date: input.nextPayDate,
            text: `Your next paycheck is on ${formatDate(input.nextPayDate)}: payroll needs a new election before its cutoff, often a week or more before the pay date. Ask payroll for the cutoff and set the election before it.`,
            citation: "Your payroll's election cutoff",
          }
        : {
            code: "NEXT_PAYCHECK",
            date: null,
            text: "A new election takes effect from the first paycheck after payroll's cutoff, often a week or more before the pay date: ask payroll for the cutoff and set the election before it.",
            citation: "Your payroll's election cutoff",
          },
    );
  }
  const yearEnd = `${taxYear}-12-31`;
  if (input.route === "in_plan_conversion" && input.yearKind !== "past" && today <= yearEnd) {
    deadlines.push({
      code: "CONVERT_BY_YEAR_END",
      date: yearEnd,
      text: `Convert after-tax money in the plan by ${formatDate(yearEnd)}: a conversion counts in the year it is made, so what is converted by then is reported for ${taxYear}.`,
      citation: "IRC §402A(c)(4); Notice 2013-74",
    });
  }
  if (input.excessDeferrals > 0) {
    const refundBy = `${taxYear + 1}-04-15`;
    const noticeBy = `${taxYear + 1}-03-01`;
    if (today <= noticeBy) {
      deadlines.push({
        code: "EXCESS_DEFERRAL_NOTICE",
        date: noticeBy,
        text: `Tell the plan which deferrals to refund by its notice deadline, often ${formatDate(noticeBy)}: check your plan's date.`,
        citation: "Treas. Reg. §1.402(g)-1(e)(2)",
      });
    }
    deadlines.push({
      code: "EXCESS_DEFERRAL_REFUND",
      date: refundBy,
      text:
        today <= refundBy
          ? `The excess deferrals and their earnings must be paid back to you by ${formatDate(refundBy)}.`
          : `The ${formatDate(refundBy)} deadline to pay back the excess deferrals has passed: the excess is taxed in ${taxYear} and again when paid out.`,
      citation: "IRC §402(g)(2); IRC §402(g)(6); Treas. Reg. §1.402(g)-1(e)",
    });
  }
  return deadlines.sort((a, b) =>
    a.date === null ? 1 : b.date === null ? -1 : isoDayNumber(a.date) - isoDayNumber(b.date),
  );
}
