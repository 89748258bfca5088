// The paycheck planner's input from the saved answers: undefined until the person has asked for
// a plan and given what it needs, so the result page shows the planner only when it can.
import { cents, toBasisPoints, toCents } from "../money";
import { isoDate, isoDayNumber, parseIsoDate, type IsoDate } from "../planner/dates";
import { payDatesInYear, scheduleKindFor, scheduleProblem, type PaySchedule } from "../planner/schedule";
import type { PlannerInput } from "../planner/types";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";

function scheduleFor(draft: Draft, lastPayDate: string): PaySchedule | undefined {
  switch (scheduleKindFor(draft.payPeriodsPerYear ?? 0)) {
    case "weekly":
      return { kind: "weekly", anchor: lastPayDate };
    case "biweekly":
      return { kind: "biweekly", anchor: lastPayDate };
    case "semimonthly":
      if (draft.semiMonthlyFirstDay === undefined || draft.semiMonthlySecondDay === undefined) return undefined;
      return { kind: "semimonthly", firstDay: draft.semiMonthlyFirstDay, secondDay: draft.semiMonthlySecondDay };
    case "monthly":
      return draft.monthlyPayDay === undefined ? undefined : { kind: "monthly", day: draft.monthlyPayDay };
    default:
      return undefined;
  }
}

/**
 * `answers` are the draft's yearly answers (`toAnswers`, worked out once by the caller). For a
 * year after the pay stub's, the figures so far belong to another year and start again at zero.
 */
/** How many days before a pay day its stub may be dated: a pay day on a weekend or holiday is paid early. */
export const STUB_EARLY_DAYS = 3;

/**
 * The pay day a stub stands for. A stub dated up to 3 days before a pay day of a semi-monthly or
 * monthly schedule (the 15th falling on a Sunday, paid on Friday the 13th) is that pay day's, so
 * its figures so far include it. Weekly and bi-weekly schedules are counted from the stub itself.
 */
export function payDayOfStub(schedule: PaySchedule, stubDate: IsoDate): IsoDate {
  if (schedule.kind === "weekly" || schedule.kind === "biweekly") return stubDate;
  if (scheduleProblem(schedule)) return stubDate;
  const stubDay = isoDayNumber(stubDate);
  const year = parseIsoDate(stubDate)!.year;
  const dates = [...payDatesInYear(schedule, year), ...payDatesInYear(schedule, year + 1).slice(0, 2)];
  const payDay = dates.find((date) => {
    const ahead = isoDayNumber(date) - stubDay;
    return ahead >= 0 && ahead <= STUB_EARLY_DAYS;
  });
  return payDay ?? stubDate;
}

export function plannerInputFor(draft: Draft, answers: Answers | undefined, payrollTaxPerPaycheck = 0): PlannerInput | undefined {
  if (draft.planPaychecks !== "yes" || draft.electionRounding === undefined) return undefined;
  const { lastPayDay: day, lastPayMonth: month, lastPayYear: year } = draft;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const stubDate = isoDate(year, month, day);
  if (!parseIsoDate(stubDate)) return undefined;
  const schedule = scheduleFor(draft, stubDate);
  if (!schedule || !answers) return undefined;
  const lastPayDate = payDayOfStub(schedule, stubDate);
  const sameYear = year === answers.taxYear;
  const bonus =
    draft.bonusAmount !== undefined && draft.bonusAmount > 0 && draft.bonusMonth !== undefined
      ? { amount: draft.bonusAmount, month: draft.bonusMonth }
      : undefined;
  return {
    answers,
    schedule,
    lastPayDate,
    yearToDate: sameYear
      ? { deferrals: draft.ytdDeferrals ?? 0, afterTax: draft.afterTaxYearToDate ?? 0, match: draft.ytdMatch ?? 0 }
      : { deferrals: 0, afterTax: 0, match: 0 },
    matchTrueUp: draft.matchTrueUp ?? "unsure",
    rounding: draft.electionRounding,
    ...(bonus ? { bonus } : {}),
    ...(draft.compensationCapMethod === "year_to_date" || draft.compensationCapMethod === "per_paycheck"
      ? { compensationCapMethod: draft.compensationCapMethod }
      : {}),
    ...(draft.flatElectionOnBonus === undefined ? {} : { flatElectionOnBonus: draft.flatElectionOnBonus === "yes" }),
    ...(draft.frontLoadPercent === undefined ? {} : { frontLoadBasisPoints: toBasisPoints(draft.frontLoadPercent) }),
    paycheckCeiling:
      draft.takeHomePay === undefined
        ? {
            // No pay stub figures: a paycheck can at most fund what payroll taxes leave of it.
            takeHome: cents(Math.max(0, Math.floor(toCents(answers.person.compensation) / (draft.payPeriodsPerYear ?? 1)) - payrollTaxPerPaycheck)),
            contributionsOnStub: cents(0),
            takeHomeFloor: cents(0),
            planCapBasisPoints: draft.contributionCapPercent === undefined ? null : toBasisPoints(draft.contributionCapPercent),
            estimated: true,
          }
        : {
            takeHome: cents(draft.takeHomePay),
            contributionsOnStub: cents(draft.contributionsOnStub ?? 0),
            takeHomeFloor: cents(draft.takeHomeFloor ?? 0),
            planCapBasisPoints: draft.contributionCapPercent === undefined ? null : toBasisPoints(draft.contributionCapPercent),
          },
  };
}
