// Calendar dates as "YYYY-MM-DD" strings, worked out as whole days since 1970-01-01 in UTC so
// that no time zone or daylight-saving change can move a pay date by a day.

/** A calendar date, "YYYY-MM-DD". */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  readonly day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date, or null when the text is not a real calendar date (2026-02-30 is not). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Whole days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day) / MS_PER_DAY;
}

export function fromDayNumber(days: number): IsoDate {
  const date = new Date(days * MS_PER_DAY);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Day number of an ISO date already known to be valid. */
export function isoDayNumber(date: IsoDate): number {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${date}`);
  return dayNumber(parsed);
}

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

/** "March 6, 2026": the same on every runtime and locale. */
export function formatDate(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return parsed ? `${monthName(parsed.month)} ${parsed.day}, ${parsed.year}` : date;
}

/** "Mar 6": for chart labels. */
export function formatShortDate(date: IsoDate): string {
  const parsed = parseIsoDate(date);
  return parsed ? `${monthName(parsed.month).slice(0, 3)} ${parsed.day}` : date;
}
