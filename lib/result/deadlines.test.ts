// Every action carries its date (domain §4 item 8), written in US form with the year.
import { describe, expect, it } from "vitest";
import type { Draft } from "../wizard/draft";
import { workedExampleDraft } from "../wizard/sample-draft";
import { deadlinesFor } from "./deadlines";
import { resultFor, type ReadyResult } from "./result";

const ready = (draft: Draft, today: string): ReadyResult => {
  const result = resultFor(draft, today);
  if (result.kind === "incomplete") throw new Error("incomplete");
  return result;
};
const byCode = (result: ReadyResult) => Object.fromEntries(result.deadlines.map((deadline) => [deadline.code, deadline]));

describe("dates on the result's actions", () => {
  it("last paid November 20, 2026, bi-weekly: the next paycheck is December 4, 2026; convert by December 31, 2026", () => {
    const result = ready(
      { ...workedExampleDraft, planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026, matchTrueUp: "no", electionRounding: "whole" },
      "2026-11-28",
    );
    const dates = byCode(result);
    expect(dates.NEXT_PAYCHECK!.date).toBe("2026-12-04");
    expect(dates.NEXT_PAYCHECK!.text).toMatch(/^Your next paycheck is on December 4, 2026: .*Ask payroll for the cutoff/);
    // In-plan conversion route (IRC §402A(c)(4); Notice 2013-74): a conversion counts in the year it is made.
    expect(dates.CONVERT_BY_YEAR_END!.text).toContain("by December 31, 2026");
    expect(result.deadlines.map((deadline) => deadline.code)).toEqual(["NEXT_PAYCHECK", "CONVERT_BY_YEAR_END"]);
  });

  it("without a pay stub, the next paycheck has no date: ask payroll for the cutoff", () => {
    const dates = byCode(ready(workedExampleDraft, "2026-07-10"));
    expect(dates.NEXT_PAYCHECK!.date).toBeNull();
    expect(dates.NEXT_PAYCHECK!.text).toContain("ask payroll for the cutoff");
    expect(ready(workedExampleDraft, "2026-07-10").deadlines.at(-1)!.code).toBe("NEXT_PAYCHECK");
  });

  it("2025 with 1,000 of excess deferrals: the plan's notice (often March 1, 2026) and the April 15, 2026 refund (IRC §402(g)(2))", () => {
    // 2025: §402(g) 23,500; 24,500 deferred.
    const draft = { ...workedExampleDraft, taxYear: 2025 };
    const early = byCode(ready(draft, "2026-02-01"));
    expect(early.EXCESS_DEFERRAL_NOTICE!.text).toContain("often March 1, 2026");
    expect(early.EXCESS_DEFERRAL_REFUND!.text).toBe("The excess deferrals and their earnings must be paid back to you by April 15, 2026.");
    expect(early.NEXT_PAYCHECK).toBeUndefined();
    expect(early.CONVERT_BY_YEAR_END).toBeUndefined();
    const late = byCode(ready(draft, "2026-11-28"));
    expect(late.EXCESS_DEFERRAL_NOTICE).toBeUndefined();
    expect(late.EXCESS_DEFERRAL_REFUND!.text).toContain("The April 15, 2026 deadline to pay back the excess deferrals has passed");
  });

  it("a withdrawal route gets no conversion date", () => {
    const codes = deadlinesFor({
      taxYear: 2026,
      today: "2026-03-02",
      yearKind: "current",
      electionToSet: true,
      nextPayDate: null,
      route: "in_service_withdrawal",
      excessDeferrals: 0,
    }).map((deadline) => deadline.code);
    expect(codes).toEqual(["NEXT_PAYCHECK"]);
  });
});
