// @vitest-environment node
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderChecklistPdf } from "@/components/pdf/ChecklistDocument";
import type { Draft } from "../wizard/draft";
import { toAnswers } from "../wizard/journey";
import { workedExampleDraft } from "../wizard/sample-draft";
import { planPaychecks } from "../planner/plan";
import { checklistModel } from "./checklist-model";
import { plannerInputFor } from "./planner-input";
import { resultFor, type ReadyResult } from "./result";
import { pdfText } from "./pdf-text";
import { paycheckSummary } from "./paycheck-summary";

function paycheckSummaryFor(draft: Draft, today: string) {
  const input = plannerInputFor(draft, toAnswers(draft));
  const plan = input ? planPaychecks(input, today) : null;
  return plan?.ok ? paycheckSummary(plan) : null;
}

// The worked example with 12 bi-weekly paychecks left after July 10, 2026, whole percentages.
const draft: Draft = {
  ...workedExampleDraft,
  planPaychecks: "yes",
  lastPayDay: 10,
  lastPayMonth: 7,
  lastPayYear: 2026,
  matchTrueUp: "yes",
  electionRounding: "whole",
};

describe("the paycheck plan in the PDF checklist", () => {
  it("lists the elections to set now and each paycheck's amounts", () => {
    const summary = paycheckSummaryFor(draft, "2026-07-10")!;
    expect(summary.elections).toEqual([
      "Pre-tax and Roth election to set now: 35% of pay ($2,019.23 from a regular paycheck)",
      "After-tax election to set now: 62% of pay ($3,576.92 from a regular paycheck)",
    ]);
    expect(summary.paychecks).toHaveLength(12);
    expect(summary.paychecks[0]).toBe(
      "July 24, 2026: pre-tax/Roth $2,019.23, after-tax $3,576.92, match $173.08; counted so far $5,769.23 of $72,000",
    );
    expect(summary.byRounding).toMatch(/^Left on the table by rounding the elections: \$\d/);
  });

  it("is absent without a paycheck plan or with no paychecks left", () => {
    expect(paycheckSummaryFor({ ...draft, planPaychecks: "later" }, "2026-07-10")).toBeNull();
    expect(paycheckSummaryFor(draft, "2026-12-28")).toBeNull();
  });

  it("carries the warnings the page shows beside the plan, word for word with their citations (true-up unsure)", async () => {
    const unsure: Draft = { ...draft, matchTrueUp: "unsure" };
    const result = resultFor(unsure, "2026-07-10") as ReadyResult;
    const pageWarnings = result.plan!.warnings;
    expect(pageWarnings.map((warning) => warning.code)).toContain("TRUE_UP_UNSURE");
    const summary = paycheckSummary(result.plan!)!;
    for (const warning of pageWarnings) expect(summary.warnings).toContain(`${warning.message} (${warning.citation})`);
    const model = checklistModel(result, { madeAt: new Date("2026-07-10T12:00:00Z"), timeZone: "UTC" });
    const folder = mkdtempSync(path.join(tmpdir(), "paycheck-pdf-"));
    try {
      const file = path.join(folder, "warnings.pdf");
      writeFileSync(file, await renderChecklistPdf(model));
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("You are not sure whether your plan trues up the match after the year");
      for (const warning of pageWarnings) expect(text).toContain(pdfText(`${warning.message} (${warning.citation})`).replace(/\s+/g, " "));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);

  it("says how much of the match is the true-up after the year, as the page's summary does", () => {
    const plan = { yearEnd: { trueUp: 1_234_56, fixedMatch: 0, nonelective: 0 } };
    const input = plannerInputFor(draft, toAnswers(draft))!;
    const real = planPaychecks(input, "2026-07-10");
    if (!real.ok) throw new Error("no plan");
    expect(paycheckSummary({ ...real, ...plan })!.warnings[0]).toBe("Of the employer match for the year, $1,234.56 is the true-up after the year.");
  });

  it("prints in the rendered PDF", async () => {
    const model = checklistModel(resultFor(draft, "2026-07-10") as ReadyResult, { madeAt: new Date("2026-07-10T12:00:00Z"), timeZone: "UTC" });
    const folder = mkdtempSync(path.join(tmpdir(), "paycheck-pdf-"));
    try {
      const file = path.join(folder, "plan.pdf");
      writeFileSync(file, await renderChecklistPdf(model));
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      expect(text).toContain("Your paycheck plan");
      // With no take-home pay given, a paycheck funds at most what Social Security and Medicare
      // leave of it: 5,769.23 - 441.35 = 5,327.88, so 35% + 57% (5,307.69), never 35% + 62%.
      expect(text).toContain("After-tax election to set now: 57% of pay ($3,288.46 from a regular paycheck)");
      expect(text).toContain("December 25, 2026: pre-tax/Roth $2,019.23");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
