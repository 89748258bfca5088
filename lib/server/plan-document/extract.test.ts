import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "./extract";

/** A PDF made with PDFKit (what the app's PDF renderer is built on): one string per page. */
function makePdf(pages: string[], options: { userPassword?: string; shapesOnly?: boolean } = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ autoFirstPage: false, userPassword: options.userPassword, pdfVersion: options.userPassword ? "1.7" : undefined });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
    for (const text of pages) {
      doc.addPage();
      if (options.shapesOnly) doc.rect(50, 50, 300, 200).fill("#888888");
      else doc.text(text);
    }
    doc.end();
  });
}

describe("reading a PDF's text", () => {
  it("returns each page's text, page 1 first", async () => {
    const result = await extractPdfText(await makePdf(["You may also make after-tax contributions.", "In-plan Roth conversions are available."]));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toHaveLength(2);
    expect(result.pages[0]).toContain("after-tax contributions");
    expect(result.pages[1]).toContain("In-plan Roth conversions");
  });

  it("says a PDF with shapes and no text is a scan", async () => {
    expect(await extractPdfText(await makePdf(["", ""], { shapesOnly: true }))).toEqual({ ok: false, problem: "no-text" });
  });

  it("says a password-protected PDF cannot be opened", async () => {
    expect(await extractPdfText(await makePdf(["Secret plan text, long enough to count as text."], { userPassword: "hr" }))).toEqual({
      ok: false,
      problem: "password",
    });
  });

  it("refuses a file that is not a PDF, and a damaged one", async () => {
    expect(await extractPdfText(new TextEncoder().encode("PK\u0003\u0004 a zip file"))).toEqual({ ok: false, problem: "not-pdf" });
    expect(await extractPdfText(new TextEncoder().encode("%PDF-1.7\n garbage with no objects"))).toEqual({ ok: false, problem: "unreadable" });
  });

  it("refuses more pages than the limit, and stops at the time limit", async () => {
    const pdf = await makePdf(["One page of plan text here.", "Two pages of plan text here.", "Three pages of plan text here."]);
    expect(await extractPdfText(pdf, { maxPages: 2 })).toEqual({ ok: false, problem: "too-many-pages" });
    expect(await extractPdfText(pdf, { timeLimitMs: 0 })).toEqual({ ok: false, problem: "too-slow" });
  });
});
