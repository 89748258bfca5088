// @vitest-environment node
// One truth per figure, the PDF's side: for random drafts (lib/result/random-drafts.suite.ts),
// the PDF's text, read back with poppler's pdftotext as a PDF reader would, prints the result's
// verdict sentence, its election, what is left to contribute and every warning, as the page does.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatUsd } from "@/lib/money";
import { checklistModel, headlineText } from "@/lib/result/checklist-model";
import { pdfText } from "@/lib/result/pdf-text";
import { draftArb, ready } from "@/lib/result/random-drafts.suite";
import type { ReadyResult } from "@/lib/result/result";
import { renderChecklistPdf } from "./ChecklistDocument";

const source = { madeAt: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC" };
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "one-truth-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let pdfCount = 0;
async function pdfTextOf(result: ReadyResult): Promise<string> {
  const file = path.join(folder, `result-${pdfCount++}.pdf`);
  writeFileSync(file, await renderChecklistPdf(checklistModel(result, source)));
  return flat(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

describe("the PDF says what the page says (one truth per figure)", () => {
  it("the PDF prints the page's verdict, election, left to contribute and every warning", async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, async ({ draft, today }) => {
        const result = ready(draft, today);
        const pdf = await pdfTextOf(result);
        expect(pdf).toContain(flat(pdfText(result.verdict)));
        if (result.headline) expect(pdf).toContain(flat(pdfText(headlineText(result.headline))));
        if (result.room) expect(pdf).toContain(formatUsd(result.room.leftToContribute));
        for (const warning of result.warnings) expect(pdf).toContain(flat(pdfText(warning.message)));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
