// Text from a PDF with Mozilla's PDF.js, in memory only: the bytes and the text are never written
// to disk, the database or the log (PDF.js's own logging is turned off), and are dropped when the
// request ends.
import { EXTRACTION_TIME_LIMIT_MS, MAX_PLAN_DOCUMENT_PAGES, type DocumentProblem } from "@/lib/plan-document/input";

export type Extraction = { ok: true; pages: string[] } | { ok: false; problem: DocumentProblem };

/** Fewer readable characters than this per page, on average, is a scanned image. */
const MIN_CHARACTERS_PER_PAGE = 20;

export function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte, as PDF readers accept.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

export async function extractPdfText(
  bytes: Uint8Array,
  { timeLimitMs = EXTRACTION_TIME_LIMIT_MS, maxPages = MAX_PLAN_DOCUMENT_PAGES } = {},
): Promise<Extraction> {
  if (!looksLikePdf(bytes)) return { ok: false, problem: "not-pdf" };
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const deadline = performance.now() + timeLimitMs;
  const task = pdfjs.getDocument({
    // PDF.js takes ownership of (and detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeLimitMs);
  });
  try {
    const opened = await Promise.race([task.promise, timedOut]);
    if (opened === "timeout") return { ok: false, problem: "too-slow" };
    if (opened.numPages > maxPages) return { ok: false, problem: "too-many-pages" };
    const pages: string[] = [];
    for (let number = 1; number <= opened.numPages; number++) {
      if (performance.now() > deadline) return { ok: false, problem: "too-slow" };
      const read = Promise.resolve(opened.getPage(number)).then((page) => page.getTextContent());
      const content = await Promise.race([read, timedOut]);
      if (content === "timeout") return { ok: false, problem: "too-slow" };
      let text = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        text += item.str + (item.hasEOL ? "\n" : item.str.endsWith(" ") ? "" : " ");
      }
      pages.push(text);
    }
    const characters = pages.reduce((sum, page) => sum + page.replace(/\s/g, "").length, 0);
    if (characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, Math.min(pages.length, 5))) return { ok: false, problem: "no-text" };
    return { ok: true, pages };
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") return { ok: false, problem: "password" };
    if (name === "InvalidPDFException") return { ok: false, problem: "unreadable" };
    return { ok: false, problem: "unreadable" };
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}
