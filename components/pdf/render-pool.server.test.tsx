// @vitest-environment node
// The pool's fallback: where a worker thread cannot start (here, vitest does not bundle the
// worker's TypeScript), every PDF is still drawn, on the calling thread, and the log says why.
// The worker path itself runs in the production build: e2e/pdf.spec.ts downloads its PDFs.
import { describe, expect, it, vi } from "vitest";
import { checklistModel } from "@/lib/result/checklist-model";
import { resultForAnswers } from "@/lib/result/result";
import { answersWith } from "@/lib/rules/sample-answers";
import { renderChecklistPdf } from "./ChecklistDocument";
import { renderChecklistPdfOffThread } from "./render-pool.server";

// Even after a production build has put worker modules in .next/workers, this test is about the pool without them.
process.env.WORKER_BUNDLE_DIR = "/nonexistent-worker-bundle";

const model = checklistModel(resultForAnswers(answersWith({ person: { compensation: 212_345 } }), "2026-01-01"), {
  madeAt: new Date("2026-03-04T12:00:00Z"),
});

describe("checklist PDFs off the request thread", () => {
  it("draws every PDF asked for at once, the same document as drawn directly, and says once that it fell back", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const pdfs = await Promise.all(Array.from({ length: 3 }, () => renderChecklistPdfOffThread(model)));
      const direct = await renderChecklistPdf(model);
      for (const pdf of pdfs) {
        expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
        // The same document: equal but for the creation stamps PDFKit writes (ID and dates).
        expect(Math.abs(pdf.length - direct.length)).toBeLessThan(64);
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toMatch(/PDF worker threads are not available/);
    } finally {
      warn.mockRestore();
    }
  });
});
