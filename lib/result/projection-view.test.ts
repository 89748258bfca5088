import { cents } from "../money";
import { describe, expect, it } from "vitest";
import { projectAfterTaxDollars } from "../projection";
import { evaluate } from "../rules/evaluate";
import { answersWith } from "../rules/sample-answers";
import { workedExampleDraft } from "../wizard/sample-draft";
import { parseAssumptionsForm, projectionFor } from "./projection-view";
import { resultFor, resultForAnswers } from "./result";

describe("the projection on the result", () => {
  it("projects this year's room over 65 minus age with the defaults, and the page and PDF share it", () => {
    // Worked example: $43,000 of room, age 35 → 30 years at 7%, 1.5% dividends, 15%/15%, no state.
    const result = resultFor(workedExampleDraft, "2026-03-02");
    if (result.kind !== "full") throw new Error("expected a full result");
    const projection = result.projection!;
    expect(projection.amount).toBe(43_000_00);
    expect(projection.assumptions).toMatchObject({ years: 30, annualReturnPercent: 7, dividendYieldPercent: 1.5, marginalTaxPercent: null });
    const expected = projectAfterTaxDollars({ amount: 43_000_00, years: 30 });
    expect(projection.advantage).toBe(expected.advantage);
    // Roth: 43,000 × 1.07^30 = 43,000 × 7.6122550 = $327,326.97.
    expect(projection.roth).toBe(327_326_97);
    expect(projection.headline).toContain("In 30 years, $43,000 of after-tax contributions for 2026 would be worth about");
    expect(projection.notes.join(" ")).toContain("assumptions, not forecasts");
    expect(projection.notes.join(" ")).toContain("without tax or penalty");
    expect(projection.askMarginalRate).toBe(false);
  });

  it("uses the assumptions saved in the draft", () => {
    const result = resultFor({ ...workedExampleDraft, projectionYears: 10, projectionReturnPercent: 5, projectionStateTaxPercent: 5 }, "2026-03-02");
    if (result.kind !== "full") throw new Error("expected a full result");
    expect(result.projection!.roth).toBe(projectAfterTaxDollars({ amount: 43_000_00, years: 10, annualReturnPercent: 5, stateTaxPercent: 5 }).roth);
    expect(result.projection!.assumptionLines[0]).toBe("Years until you use the money: 10");
  });

  it("never charges this year's projection with the old balance's earnings (domain §5)", () => {
    // $1,000 of earnings on a $10,000 balance already in the plan: that balance's choice, not this
    // year's $43,000, which goes in and is moved to Roth with no earnings to tax.
    const answers = answersWith({ contributions: { afterTaxBalance: 10_000, afterTaxEarnings: 1_000 } });
    const evaluation = evaluate(answers);
    expect(evaluation.taxableEarningsEstimate).toBe(1_000);
    const projection = projectionFor({ projectionMarginalRatePercent: 32 }, answers, evaluation, cents(43_000_00))!;
    expect(projection.askMarginalRate).toBe(false);
    expect(projection.taxableEarningsAtConversion).toBe(0);
    expect(projection.byYear[0]!.roth).toBe(43_000_00);
  });

  it("projects what can still go in: $43,000 room less $10,000 already in is $33,000; nothing for a closed year", () => {
    const answers = answersWith({ contributions: { afterTaxYearToDate: 10_000 } });
    const open = resultForAnswers(answers, "2026-07-01");
    expect(open.kind === "full" && open.projection!.amount).toBe(33_000_00);
    const closed = answersWith({ taxYear: 2025 });
    expect(resultForAnswers(closed, "2026-07-01").projection).toBeNull();
  });

  it("says the 3.8% net investment income tax (IRC §1411) is left out, with its thresholds", () => {
    const answers = answersWith({});
    const notes = projectionFor({}, answers, evaluate(answers), cents(43_000_00))!.notes.join(" ");
    expect(notes).toContain("3.8% net investment income tax is left out (IRC §1411(a)(1))");
    expect(notes).toContain("over $200,000 ($250,000 married filing jointly)");
    expect(notes).toContain("taxable part first (IRC §408A(d)(4)(B))");
  });

  it("shows no projection when the plan can't do it", () => {
    const answers = answersWith({ plan: { afterTaxContributions: "no" } });
    expect(projectionFor({}, answers, evaluate(answers), cents(43_000_00))).toBeNull();
  });
});

describe("the assumptions form", () => {
  const valid = { years: "20", annualReturn: "6", dividendYield: "2", dividendTax: "15", gainsTax: "20", stateTax: "5" };

  it("saves what was typed as draft fields", () => {
    expect(parseAssumptionsForm(valid, false)).toEqual({
      ok: true,
      draft: {
        projectionYears: 20,
        projectionReturnPercent: 6,
        projectionDividendYieldPercent: 2,
        projectionDividendTaxPercent: 15,
        projectionGainsTaxPercent: 20,
        projectionStateTaxPercent: 5,
      },
    });
  });

  it("says what to fix next to each field and keeps what was typed", () => {
    const outcome = parseAssumptionsForm({ ...valid, years: "0", annualReturn: "abc", stateTax: "90" }, false);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.errors.years).toBe("Enter the years until you use the money as a whole number from 1 to 80");
    expect(outcome.errors.annualReturn).toContain("the return a year as a percentage");
    expect(outcome.errors.stateTax).toBe("The state tax and a federal rate together can't be more than 100%");
    expect(outcome.values.annualReturn).toBe("abc");
  });

  it("refuses a return over 30% and asks the tax rate only when needed", () => {
    const outcome = parseAssumptionsForm({ ...valid, annualReturn: "31" }, false);
    expect(outcome.ok ? null : outcome.errors.annualReturn).toBe("Enter a return of 30% a year or less");
    const withRate = parseAssumptionsForm({ ...valid, marginalRate: "" }, true);
    expect(withRate.ok ? null : withRate.errors.marginalRate).toContain("your federal tax rate");
  });
});
