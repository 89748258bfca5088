import { describe, expect, it } from "vitest";
import { evaluate } from "../rules/evaluate";
import { evaluateEligibility } from "../rules/early";
import { answersWith } from "../rules/sample-answers";
import { checklistFileName, checklistModel } from "./checklist-model";
import { pdfText } from "./pdf-text";
import { earlyResult, resultForAnswers } from "./result";
import { ROUTE_TEXT, VERDICT } from "./verdict";

const source = { madeAt: new Date("2026-03-04T12:00:00Z"), timeZone: "UTC" };
// On January 1 every paycheck of the year is still to come: the year-even split.
const NEW_YEAR = "2026-01-01";
const workedExample = () => evaluate(answersWith({ person: { payPeriodsPerYear: 26 } }));
const modelOf = (answers: Parameters<typeof resultForAnswers>[0]) => checklistModel(resultForAnswers(answers, NEW_YEAR), source);

describe("checklist model for the worked example (domain §6)", () => {
  const model = modelOf(answersWith({ person: { payPeriodsPerYear: 26 } }));

  it("names the file, the year and the day it was made", () => {
    expect(model.title).toBe("Mega backdoor Roth checklist");
    expect(model.fileName).toBe("mega-backdoor-roth-checklist-2026.pdf");
    expect(model.taxYear).toBe(2026);
    expect(model.madeOn).toBe("Made on March 4, 2026");
  });

  it("says the verdict and the route in the result page's words", () => {
    expect(model.status).toBe("eligible");
    expect(model.verdict).toBe(pdfText(resultForAnswers(answersWith({ person: { payPeriodsPerYear: 26 } }), NEW_YEAR).verdict));
    expect(model.verdict).toBe(VERDICT.eligible);
    expect(model.route).toBe(ROUTE_TEXT.in_plan_conversion);
  });

  it("shows the room, what is left, the sum behind it and the per-paycheck election", () => {
    expect(model.room).not.toBeNull();
    const room = model.room!;
    expect(room.afterTaxRoom).toBe("$43,000");
    expect(room.leftToContribute).toBe("$43,000");
    expect(room.rows.map((row) => [row.label, row.value])).toEqual([
      ["Annual additions limit (IRC §415(c)): the lesser of $72,000 and your pay", "$72,000"],
      ["Minus your deferrals to this plan that count", "– $24,500"],
      ["Minus employer money (match and other contributions)", "– $4,500"],
      ["After-tax room", "$43,000"],
    ]);
    expect(room.rows.at(-1)!.strong).toBe(true);
    expect(room.perPaycheck).toContain("About 26 paychecks are estimated to be left in 2026 after January 1, 2026");
    expect(room.perPaycheck).toContain(
      "set your after-tax election to $1,653.84 a paycheck, or 28% of pay as a whole-percent election (rounded down, so you never go over).",
    );
    expect(room.figuresSource).toContain("Figures for 2026");
  });

  it("keeps the engine's checklist order, numbered, with each status in words", () => {
    const engine = workedExample().checklist;
    expect(model.checklist.map((item) => item.text.slice(0, 12))).toEqual(
      engine.map((item) => (item.code === "SET_AFTER_TAX_ELECTION" ? "Over the est" : item.text.slice(0, 12))),
    );
    expect(model.checklist.map((item) => item.number)).toEqual(engine.map((_, index) => index + 1));
    expect(model.checklist.slice(0, 3).map((item) => item.status)).toEqual(["Confirmed", "Confirmed", "To confirm"]);
    expect(model.checklist.at(-1)!.status).toBe("To do");
  });

  it("has no questions or alternatives, and every warning keeps its citation", () => {
    expect(model.questions).toEqual([]);
    expect(model.alternatives).toEqual([]);
    expect(model.warnings.map((warning) => warning.citation)).toEqual(workedExample().warnings.map((w) => w.citation));
  });

  it("ends with the disclaimer and the advice to keep it and review each year (domain §7)", () => {
    expect(model.disclaimer).toMatch(/^Guidance, not tax advice/);
    expect(model.keepWithRecords).toMatch(/tax records/);
    expect(model.keepWithRecords).toMatch(/each year/);
  });
});

describe("checklist model when the plan answers are not sure", () => {
  const evaluation = evaluate(
    answersWith({ plan: { afterTaxContributions: "unsure", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } }),
  );
  const model = checklistModel(
    resultForAnswers(answersWith({ plan: { afterTaxContributions: "unsure", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } }), NEW_YEAR),
    source,
  );

  it("asks the administrator one question per 'not sure', with the phrases to look for", () => {
    expect(model.verdict).toBe(VERDICT.needs_info);
    expect(model.route).toBeNull();
    expect(model.questions).toHaveLength(evaluation.questionsForPlan.length);
    expect(model.questions.length).toBeGreaterThanOrEqual(3);
    expect(model.questions[0]!.question).toBe(evaluation.questionsForPlan[0]!.question);
    expect(model.questions[0]!.lookFor).toMatch(/^In the Summary Plan Description, look for: “after-tax contributions”, /);
    expect(model.checklist.filter((item) => item.status === "To confirm").length).toBeGreaterThanOrEqual(2);
  });
});

describe("checklist model when not eligible", () => {
  it("from the full answers: the verdict, why, and what to do instead", () => {
    const model = modelOf(answersWith({ plan: { afterTaxContributions: "no" } }));
    expect(model.verdict).toBe(VERDICT.not_eligible);
    expect(model.route).toBeNull();
    expect(model.reasons.length).toBeGreaterThan(0);
    expect(model.alternatives.map((alternative) => alternative.title)).toContain("Backdoor Roth IRA");
    expect(model.checklist[0]!.text).toMatch(/^Ask your employer to add after-tax contributions/);
  });

  it("from a journey that ended early: no figures, no checklist, the alternatives", () => {
    const verdict = evaluateEligibility(
      { afterTaxContributions: "no", inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" },
      2026,
    );
    const model = checklistModel(earlyResult(verdict, 2026, NEW_YEAR), source);
    expect(model.verdict).toBe(VERDICT.not_eligible);
    expect(model.fileName).toBe(checklistFileName(2026));
    expect(model.room).toBeNull();
    expect(model.checklist).toEqual([]);
    expect(model.reasons[0]!.citation).toContain("§401(m)");
    expect(model.alternatives.length).toBe(verdict.alternatives.length);
  });
});

describe("pdfText: only what Helvetica can draw", () => {
  it("keeps the WinAnsi characters the rules use", () => {
    const text = "IRC §415(c) – “after-tax” isn’t ½ … — é";
    expect(pdfText(text)).toBe(text);
  });

  it("replaces characters outside WinAnsi with safe equivalents", () => {
    expect(pdfText("−$4,500")).toBe("-$4,500");
    expect(pdfText("age ≥ 50, pay ≤ $1")).toBe("age >= 50, pay <= $1");
    expect(pdfText("a → b ✓")).toBe("a -> b ");
    expect(pdfText("漢")).toBe("?");
  });
});
