// Pay dates: which days in a tax year a paycheck is paid, for the four schedules US payrolls
// use. Weekly and bi-weekly schedules are anchored to a known pay date; a calendar year holds
// 52 or 53 weekly, and 26 or 27 bi-weekly, pay dates depending on where the anchor falls.
import { dayNumber, daysInMonth, fromDayNumber, isoDate, isoDayNumber, type IsoDate } from "./dates";

export type PaySchedule =
  | { readonly kind: "weekly"; readonly anchor: IsoDate }
  | { readonly kind: "biweekly"; readonly anchor: IsoDate }
  /** Two pay days of each month; a day past the month's end is paid on its last day. */
  | { readonly kind: "semimonthly"; readonly firstDay: number; readonly secondDay: number }
  /** One pay day of each month; a day past the month's end is paid on its last day. */
  | { readonly kind: "monthly"; readonly day: number };

/** Pay dates in an ordinary year, and the most a calendar year can hold. */
export const PAY_DATES_PER_YEAR: Record<PaySchedule["kind"], { usual: number; most: number }> = {
  weekly: { usual: 52, most: 53 },
  biweekly: { usual: 26, most: 27 },
  semimonthly: { usual: 24, most: 24 },
  monthly: { usual: 12, most: 12 },
};

/** The schedule a number of paychecks a year stands for (the wizard asks 52, 26, 24 or 12). */
export function scheduleKindFor(periodsPerYear: number): PaySchedule["kind"] | null {
  switch (periodsPerYear) {
    case 52:
      return "weekly";
    case 26:
      return "biweekly";
    case 24:
      return "semimonthly";
    case 12:
      return "monthly";
    default:
      return null;
  }
}

export type ScheduleProblem = "SEMI_MONTHLY_SAME_DAY" | "SEMI_MONTHLY_DAYS_COLLIDE" | "PAY_DAY_OUT_OF_RANGE" | "ANCHOR_NOT_A_DATE";

/** Why a schedule cannot be used, or null. */
export function scheduleProblem(schedule: PaySchedule): ScheduleProblem | null {
  const dayOk = (day: number) => Number.isInteger(day) && day >= 1 && day <= 31;
  switch (schedule.kind) {
    case "weekly":
    case "biweekly":
      try {
        isoDayNumber(schedule.anchor);
        return null;
      } catch {
        return "ANCHOR_NOT_A_DATE";
      }
    case "monthly":
      return dayOk(schedule.day) ? null : "PAY_DAY_OUT_OF_RANGE";
    case "semimonthly":
      if (!dayOk(schedule.firstDay) || !dayOk(schedule.secondDay)) return "PAY_DAY_OUT_OF_RANGE";
      if (schedule.firstDay === schedule.secondDay) return "SEMI_MONTHLY_SAME_DAY";
      // 29 and 31, say, would both be paid on February 28: two paychecks on one day.
      if (Math.min(schedule.firstDay, schedule.secondDay) >= 28) return "SEMI_MONTHLY_DAYS_COLLIDE";
      return null;
  }
}

function everyNDays(anchor: IsoDate, step: number, year: number): IsoDate[] {
  const anchorDay = isoDayNumber(anchor);
  const first = dayNumber({ year, month: 1, day: 1 });
  const last = dayNumber({ year, month: 12, day: 31 });
  const start = anchorDay + Math.ceil((first - anchorDay) / step) * step;
  const dates: IsoDate[] = [];
  for (let day = start; day <= last; day += step) dates.push(fromDayNumber(day));
  return dates;
}

function onDayOfMonth(day: number, year: number, month: number): IsoDate {
  return isoDate(year, month, Math.min(day, daysInMonth(year, month)));
}

/** Every pay date in the calendar year, in order. The schedule must have no `scheduleProblem`. */
export function payDatesInYear(schedule: PaySchedule, year: number): IsoDate[] {
  switch (schedule.kind) {
    case "weekly":
      return everyNDays(schedule.anchor, 7, year);
    case "biweekly":
      return everyNDays(schedule.anchor, 14, year);
    case "monthly":
      return Array.from({ length: 12 }, (_, index) => onDayOfMonth(schedule.day, year, index + 1));
    case "semimonthly": {
      const [early, late] = [schedule.firstDay, schedule.secondDay].sort((a, b) => a - b) as [number, number];
      return Array.from({ length: 12 }, (_, index) => [
        onDayOfMonth(early, year, index + 1),
        onDayOfMonth(late, year, index + 1),
      ]).flat();
    }
  }
}

/** True when the year holds one pay date more than usual (27 bi-weekly or 53 weekly). */
export function hasExtraPayDate(schedule: PaySchedule, year: number): boolean {
  return payDatesInYear(schedule, year).length > PAY_DATES_PER_YEAR[schedule.kind].usual;
}
