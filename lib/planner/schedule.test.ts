import { describe, expect, it } from "vitest";
import { hasExtraPayDate, payDatesInYear, scheduleProblem, type PaySchedule } from "./schedule";

describe("pay dates in a year", () => {
  it.each([
    // 26 fortnights are 364 days: a bi-weekly schedule paid on January 1 is paid again on December 31.
    ["bi-weekly from Jan 1, 2026", { kind: "biweekly", anchor: "2026-01-01" }, 2026, 27, "2026-01-01", "2026-12-31"],
    ["bi-weekly from Jan 2, 2026", { kind: "biweekly", anchor: "2026-01-02" }, 2026, 26, "2026-01-02", "2026-12-18"],
    // Anchored a week later it has the usual 26; an anchor in an earlier year works the same way.
    ["bi-weekly from Jan 9, 2026", { kind: "biweekly", anchor: "2026-01-09" }, 2026, 26, "2026-01-09", "2026-12-25"],
    ["bi-weekly anchored in 2025", { kind: "biweekly", anchor: "2025-12-26" }, 2026, 26, "2026-01-09", "2026-12-25"],
    // 53 Thursdays in 2026 (a 365-day year starting on a Thursday).
    ["weekly on Thursdays, 2026", { kind: "weekly", anchor: "2026-01-01" }, 2026, 53, "2026-01-01", "2026-12-31"],
    ["weekly on Fridays, 2026", { kind: "weekly", anchor: "2026-01-02" }, 2026, 52, "2026-01-02", "2026-12-25"],
    ["semi-monthly 15th and last day", { kind: "semimonthly", firstDay: 31, secondDay: 15 }, 2026, 24, "2026-01-15", "2026-12-31"],
    ["monthly on the 31st", { kind: "monthly", day: 31 }, 2026, 12, "2026-01-31", "2026-12-31"],
  ] as [string, PaySchedule, number, number, string, string][])("%s: %s pay dates", (_name, schedule, year, count, first, last) => {
    const dates = payDatesInYear(schedule, year);
    expect(dates).toHaveLength(count);
    expect(dates[0]).toBe(first);
    expect(dates.at(-1)).toBe(last);
    expect(hasExtraPayDate(schedule, year)).toBe(count === 27 || count === 53);
  });

  it("a pay day past the end of the month is paid on its last day (Feb 28, Apr 30)", () => {
    const dates = payDatesInYear({ kind: "monthly", day: 31 }, 2026);
    expect(dates[1]).toBe("2026-02-28");
    expect(dates[3]).toBe("2026-04-30");
    expect(payDatesInYear({ kind: "semimonthly", firstDay: 15, secondDay: 30 }, 2028).slice(2, 4)).toEqual(["2028-02-15", "2028-02-29"]);
  });

  it.each([
    [{ kind: "semimonthly", firstDay: 15, secondDay: 15 }, "SEMI_MONTHLY_SAME_DAY"],
    [{ kind: "semimonthly", firstDay: 30, secondDay: 31 }, "SEMI_MONTHLY_DAYS_COLLIDE"],
    [{ kind: "semimonthly", firstDay: 0, secondDay: 15 }, "PAY_DAY_OUT_OF_RANGE"],
    [{ kind: "monthly", day: 32 }, "PAY_DAY_OUT_OF_RANGE"],
    [{ kind: "biweekly", anchor: "2026-02-30" }, "ANCHOR_NOT_A_DATE"],
    [{ kind: "semimonthly", firstDay: 1, secondDay: 15 }, null],
  ] as [PaySchedule, string | null][])("%j: %s", (schedule, expected) => {
    expect(scheduleProblem(schedule)).toBe(expected);
  });
});
