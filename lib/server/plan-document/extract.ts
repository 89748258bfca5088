// Text from a PDF with Mozilla's PDF.js, in memory only: the bytes and the text are never written
// to disk, the database or the log (PDF.js's own logging is turned off), and are dropped when the
// read ends. Runs inside a read worker (read-worker.ts), which the pool stops at its deadline;
// the checks here only make an ordinary slow document stop sooner and say why.
import { EXTRACTION_TIME_LIMIT_MS, MAX_PLAN_DOCUMENT_PAGES, type DocumentProblem } from "@/lib/plan-document/input";
import { MAX_SCANNED_PAGES, OCR_RENDER_SCALE } from "./limits";
import type { ReadProgress } from "./progress";

export type Extraction = { ok: true; pages: string[]; scanned: boolean } | { ok: false; problem: DocumentProblem | "too-many-scanned-pages" };

/** Fewer readable characters than this per page, on average, is a scanned image. */
const MIN_CHARACTERS_PER_PAGE = 20;

export function looksLikePdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte, as PDF readers accept.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  return head.includes("%PDF-");
}

/** Reads the text of page images: tesseract.js in the read worker (ocr.ts). */
export type PageRecogniser = { recognise(png: Uint8Array): Promise<string>; close(): Promise<void> };

export interface ExtractOptions {
  timeLimitMs?: number;
  maxPages?: number;
  onProgress?: (progress: ReadProgress) => void;
  /** Starts OCR for a PDF without a text layer; without it such a PDF is "no-text". */
  startOcr?: () => Promise<PageRecogniser>;
}

export async function extractPdfText(
  bytes: Uint8Array,
  { timeLimitMs = EXTRACTION_TIME_LIMIT_MS, maxPages = MAX_PLAN_DOCUMENT_PAGES, onProgress, startOcr }: ExtractOptions = {},
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
      onProgress?.({ stage: "text", page: number, pages: opened.numPages });
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
    if (!tooLittleText(pages)) return { ok: true, pages, scanned: false };
    if (!startOcr) return { ok: false, problem: "no-text" };
    // A scan: render each page and read its image.
    if (opened.numPages > MAX_SCANNED_PAGES) return { ok: false, problem: "too-many-scanned-pages" };
    const recogniser = await startOcr();
    try {
      const scanned: string[] = [];
      for (let number = 1; number <= opened.numPages; number++) {
        onProgress?.({ stage: "ocr", page: number, pages: opened.numPages });
        const page = await opened.getPage(number);
        const viewport = page.getViewport({ scale: OCR_RENDER_SCALE });
        const { canvas, context } = (opened as unknown as { canvasFactory: { create(width: number, height: number): unknown } }).canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height)) as {
          canvas: { toBuffer(type: "image/png"): Uint8Array };
          context: CanvasRenderingContext2D;
        };
        context.fillStyle = "#ffffff";
        context.fillRect(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
        await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: context, viewport }).promise;
        scanned.push(await recogniser.recognise(canvas.toBuffer("image/png")));
        page.cleanup();
      }
      if (tooLittleText(scanned)) return { ok: false, problem: "no-text" };
      return { ok: true, pages: scanned, scanned: true };
    } finally {
      await recogniser.close();
    }
  } catch (error) {
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException") return { ok: false, problem: "password" };
    return { ok: false, problem: "unreadable" };
  } finally {
    clearTimeout(timer);
    void task.destroy().catch(() => undefined);
  }
}

function tooLittleText(pages: string[]): boolean {
  const characters = pages.reduce((sum, page) => sum + page.replace(/\s/g, "").length, 0);
  return characters < MIN_CHARACTERS_PER_PAGE * Math.max(1, Math.min(pages.length, 5));
}
