// One plan document read, start to finish, as it runs inside a read worker (read-worker.ts):
// the size check of every compressed stream, PDF.js, OCR for a scan, and the reader itself.
// Nothing here is bounded in time: the pool stops the worker at the deadline (read.ts).
import { readPlanDocument, type PlanDocumentFindings, type ReadOptions } from "@/lib/plan-document";
import { pagesFromText, type DocumentProblem } from "@/lib/plan-document/input";
import { extractPdfText, type PageRecogniser } from "./extract";
import { checkInflatedSize } from "./inflate-budget";
import type { ReadProgress } from "./progress";

/** Problems the server adds to the reader's own: a bomb, a long scan, a full queue, a stopped read. */
export type ReadProblem = DocumentProblem | "too-large-inflated" | "too-many-scanned-pages" | "busy" | "too-much-memory";

export type DocumentReading =
  | { ok: true; findings: PlanDocumentFindings; pageCount: number; scanned: boolean }
  | { ok: false; problem: ReadProblem };

export type ReadInput = { kind: "pdf"; bytes: Uint8Array } | { kind: "text"; text: string };

export async function runRead(
  input: ReadInput,
  options: ReadOptions,
  { onProgress, startOcr, timeLimitMs }: { onProgress?: (progress: ReadProgress) => void; startOcr?: () => Promise<PageRecogniser>; timeLimitMs?: number } = {},
): Promise<DocumentReading> {
  if (input.kind === "text") {
    const pages = pagesFromText(input.text);
    onProgress?.({ stage: "analysing", page: pages.length, pages: pages.length });
    return { ok: true, findings: readPlanDocument(pages, options), pageCount: pages.length, scanned: false };
  }
  const inflated = checkInflatedSize(input.bytes);
  if (!inflated.ok) return { ok: false, problem: "too-large-inflated" };
  const extraction = await extractPdfText(input.bytes, { onProgress, startOcr, timeLimitMs });
  if (!extraction.ok) return extraction;
  onProgress?.({ stage: "analysing", page: extraction.pages.length, pages: extraction.pages.length });
  return { ok: true, findings: readPlanDocument(extraction.pages, options), pageCount: extraction.pages.length, scanned: extraction.scanned };
}
