// One way in for the upload page and the API: a PDF file or pasted text, to findings.
import { readPlanDocument, type PlanDocumentFindings, type ReadOptions } from "@/lib/plan-document";
import { MAX_PASTED_CHARACTERS, MAX_PLAN_DOCUMENT_BYTES, pagesFromText, type DocumentProblem } from "@/lib/plan-document/input";
import { extractPdfText } from "./extract";

export type DocumentReading =
  | { ok: true; findings: PlanDocumentFindings; pageCount: number }
  | { ok: false; problem: DocumentProblem };

export async function readDocumentInput(
  { file, text }: { file?: Blob | null; text?: string | null },
  options: ReadOptions = {},
): Promise<DocumentReading> {
  if (file && file.size > 0) {
    if (file.size > MAX_PLAN_DOCUMENT_BYTES) return { ok: false, problem: "too-large" };
    const extraction = await extractPdfText(new Uint8Array(await file.arrayBuffer()));
    if (!extraction.ok) return extraction;
    return { ok: true, findings: readPlanDocument(extraction.pages, options), pageCount: extraction.pages.length };
  }
  if (text && text.trim() !== "") {
    if (text.length > MAX_PASTED_CHARACTERS) return { ok: false, problem: "too-large" };
    const pages = pagesFromText(text);
    return { ok: true, findings: readPlanDocument(pages, options), pageCount: pages.length };
  }
  return { ok: false, problem: "empty" };
}
