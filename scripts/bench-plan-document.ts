// How long reading a 100-page text PDF takes: PDF.js text extraction, then the plan-document
// reader, as POST /api/plan-document does it. The PDF is made here with the app's own renderer.
// Run with `npx tsx scripts/bench-plan-document.ts`.
import { execFileSync } from "node:child_process";
import { createElement } from "react";
import { readPlanDocument } from "../lib/plan-document";
import { extractPdfText } from "../lib/server/plan-document/extract";
import { allowRequireOfReactPdf } from "./bench-pdf";

export interface PlanDocumentBenchResult {
  pages: number;
  pdfBytes: number;
  /** Median of the timed runs, extraction only. */
  extractMs: number;
  /** Median of the timed runs, reading the findings from the extracted text. */
  readMs: number;
  firstExtractMs: number;
}

const PARAGRAPH =
  "Your contributions. You may contribute from 1% to 50% of your eligible pay as pre-tax or Roth contributions. Amounts are deducted from each paycheck and invested as you direct among the Plan's investment options. The Plan Administrator may limit contributions of highly compensated employees to keep the Plan within the nondiscrimination tests of the Internal Revenue Code. ";

async function hundredPagePdf(): Promise<Uint8Array> {
  allowRequireOfReactPdf();
  const { Document, Page, Text, renderToBuffer } = await import("@react-pdf/renderer");
  const pages = Array.from({ length: 100 }, (_, index) =>
    createElement(
      Page,
      { key: index, size: "LETTER", style: { padding: 48, fontSize: 10 } },
      createElement(Text, null, `Page ${index + 1}. ${PARAGRAPH.repeat(8)}${index === 41 ? "You may also make voluntary after-tax contributions. " : ""}`),
    ),
  );
  return new Uint8Array(await renderToBuffer(createElement(Document, null, ...pages)));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number) => Number(value.toFixed(1));

async function measure(runs = 5): Promise<PlanDocumentBenchResult> {
  const pdf = await hundredPagePdf();
  const extractTimes: number[] = [];
  const readTimes: number[] = [];
  let pages = 0;
  for (let run = 0; run <= runs; run++) {
    const start = performance.now();
    const extraction = await extractPdfText(pdf);
    const extracted = performance.now();
    if (!extraction.ok) throw new Error(`The benchmark PDF could not be read: ${extraction.problem}`);
    const findings = readPlanDocument(extraction.pages);
    const read = performance.now();
    if (findings.afterTaxContributions.answer !== "yes") throw new Error("The benchmark PDF was misread");
    pages = extraction.pages.length;
    extractTimes.push(extracted - start);
    readTimes.push(read - extracted);
  }
  return {
    pages,
    pdfBytes: pdf.byteLength,
    extractMs: round(median(extractTimes.slice(1))),
    readMs: round(median(readTimes.slice(1))),
    firstExtractMs: round(extractTimes[0]!),
  };
}

/** In a child process without `--conditions=react-server`, which @react-pdf cannot run under. */
export function benchPlanDocument(): PlanDocumentBenchResult {
  const output = execFileSync(process.execPath, ["--import", "tsx", __filename, "--json"], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "", NODE_ENV: "production" },
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as PlanDocumentBenchResult;
}

if (process.argv[1] && /bench-plan-document\.ts$/.test(process.argv[1])) {
  measure()
    .then((result) => console.log(process.argv.includes("--json") ? JSON.stringify(result) : result))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
