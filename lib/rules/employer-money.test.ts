// Employer money credited after the year ends counts toward that year's limit (Treas. Reg.
// §1.415(c)-1(b)(6)(i)(B)). The room already counts the match on its yearly formula (a true-up
// pays it), so a buffer is only for money outside the formula; never a buffer of $0; a closed
// full year may be over the limit and need an EPCRS correction (Rev. Proc. 2021-30).
import { describe, expect, it } from "vitest";
import { resultForAnswers } from "../result/result";
import { evaluate } from "./evaluate";
import { answersWith, type AnswersChanges } from "./sample-answers";

const lateMoney = (changes: AnswersChanges, asOf = "2026-06-01") =>
  evaluate(answersWith(changes), asOf).warnings.find((w) => w.code === "EMPLOYER_MONEY_AFTER_YEAR_END")?.message;

describe("EMPLOYER_MONEY_AFTER_YEAR_END in an open year", () => {
  it.each([
    // 5% of $150,000 = $7,500, at most the $43,000 left.
    ["yes, room left: keep $7,500 unused", { plan: { lateEmployerMoney: "yes" } }, ["keep about $7,500 of your room unused", "A match true-up needs no allowance"], ["$0"]],
    // 5% of $150,000 is $7,500 but only $3,000 is left: keep $3,000.
    ["yes, $3,000 left: at most what is left", { plan: { lateEmployerMoney: "yes" }, contributions: { afterTaxYearToDate: 40_000 } }, ["keep about $3,000 of your room unused"], ["$7,500"]],
    ["yes, room full: no $0 buffer, the EPCRS correction instead", { plan: { lateEmployerMoney: "yes" }, contributions: { afterTaxYearToDate: 43_000 } }, ["already full", "EPCRS"], ["$0", "keep about"]],
    ["not sure: says what is assumed, and that it is the safe side", { plan: { lateEmployerMoney: "unsure" } }, ["the check assumes it may: the safe side"], ["no true-up"]],
  ] as const)("%s", (_case, changes, contains, excludes) => {
    const message = lateMoney(changes as AnswersChanges)!;
    for (const text of contains) expect(message).toContain(text);
    for (const text of excludes) expect(message).not.toContain(text);
  });

  it("no late money: no warning and no buffer", () => {
    expect(lateMoney({ plan: { lateEmployerMoney: "no" } })).toBeUndefined();
    expect(lateMoney({})).toBeUndefined();
  });
});

describe("a closed year: money credited after December 31 counts for that year", () => {
  // 2025: 70,000 − 23,500 − 4,500 = 42,000 of room.
  const closed = (afterTax: number, late: "yes" | "unsure" | "no") =>
    resultForAnswers(answersWith({ taxYear: 2025, plan: { lateEmployerMoney: late }, contributions: { employeeDeferrals: 23_500, afterTaxYearToDate: afterTax } }), "2026-06-01");

  it("a full year with late money: may be over the limit, corrected under EPCRS; never 'nothing to correct'", () => {
    const result = closed(42_000, "yes");
    expect(result.lookBack!.corrections.join(" ")).toContain("Your room was already full, so any such money put 2025 over the limit");
    expect(result.lookBack!.corrections.join(" ")).toContain("EPCRS (Rev. Proc. 2021-30)");
    expect(result.lookBack!.lines.join(" ")).not.toContain("nothing to correct");
    expect(result.warnings.find((w) => w.code === "EMPLOYER_MONEY_AFTER_YEAR_END")!.message).toContain("Money credited after December 31, 2025 for 2025 counts toward 2025's $70,000 limit");
  });

  it("room left: over only if the plan added more than the $12,000 left unused", () => {
    expect(closed(30_000, "unsure").lookBack!.corrections.join(" ")).toContain("If the plan added more than the $12,000 left unused, 2025 went over the limit");
  });

  it("no late money and nothing over: nothing to correct", () => {
    expect(closed(30_000, "no").lookBack!.lines.at(-1)).toBe("Nothing went over the limits in 2025: there is nothing to correct.");
  });
});
