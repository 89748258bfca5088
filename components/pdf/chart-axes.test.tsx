// @vitest-environment node
// The chart in the PDF carries its axis values: a reader of the printout sees the scale, not only the shape.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checklistModel } from "@/lib/result/checklist-model";
import { resultForAnswers } from "@/lib/result/result";
import { answersWith } from "@/lib/rules/sample-answers";
import { renderChecklistPdf } from "./ChecklistDocument";

describe("the Roth-against-taxable chart in the PDF", () => {
  it("labels its dollar axis (0, half, top, in thousands) and its year axis (the table's years)", async () => {
    const answers = answersWith({ person: { payPeriodsPerYear: 26 }, contributions: { employeeDeferrals: 5_000 } });
    const result = resultForAnswers(answers, "2026-01-01");
    const model = checklistModel(result, { madeAt: new Date("2026-03-04T12:00:00Z"), timeZone: "UTC" });
    const projection = model.projection!;
    const top = Math.max(...projection.roth, ...projection.taxable);
    const folder = mkdtempSync(path.join(tmpdir(), "chart-axes-"));
    try {
      const file = path.join(folder, "chart.pdf");
      writeFileSync(file, await renderChecklistPdf(model));
      const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
      const words = new Set(text.split(/\s+/));
      expect(words).toContain("$0");
      expect(words).toContain(`$${Math.round(top / 100_000).toLocaleString("en-US")}k`);
      expect(words).toContain(`$${Math.round(top / 2 / 100_000).toLocaleString("en-US")}k`);
      expect(text).toContain("Years from today");
      expect(projection.rows.map((row) => row.year)).toEqual([0, 10, 20, 30]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 30_000);
});
