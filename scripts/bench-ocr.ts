// Times the OCR read of a 10-page scan made on the fly (text drawn onto page images), through the
// same worker pool the server uses. Needs the built worker modules: `npm run build` first.
// Usage: tsx --conditions=react-server scripts/bench-ocr.ts [pages]
import { readDocumentInput } from "../lib/server/plan-document/read";
import { scannedPdf } from "../e2e/scanned-documents";

const PARAGRAPHS = [
  "After-Tax Contributions. You may make after-tax contributions of up to 10% of your eligible pay, in addition to your pre-tax and Roth contributions. After-tax contributions are held in a separate account.",
  "In-Plan Roth Conversions. The Plan permits in-plan Roth conversions of your after-tax contributions at any time. Earnings converted are taxable in the year of the conversion.",
  "Withdrawals While Working. You may withdraw your after-tax contributions and their earnings at any time while employed. Other money may be withdrawn after age 59 1/2.",
  "Employer Match. The Company matches 100% of the first 4% of pay you contribute. Matching contributions vest over three years of service.",
];

async function main() {
  const pageCount = Number(process.argv[2] ?? 10);
  process.env.PLAN_DOCUMENT_READ_SECONDS ??= "20";
  const pages = Array.from({ length: pageCount }, (_, index) => `Page ${index + 1}\n${PARAGRAPHS[index % PARAGRAPHS.length]}\n${PARAGRAPHS[(index + 1) % PARAGRAPHS.length]}`);
  const pdf = scannedPdf(pages);
  const progress: string[] = [];
  const started = performance.now();
  const reading = await readDocumentInput({ file: new Blob([pdf]) }, {}, (step) => {
    if (step.stage === "ocr") progress.push(`${step.page}@${Math.round(performance.now() - started)}`);
  });
  const total = performance.now() - started;
  console.log(
    JSON.stringify({
      pages: pageCount,
      pdfKb: Math.round(pdf.length / 1024),
      ok: reading.ok,
      problem: reading.ok ? undefined : reading.problem,
      totalMs: Math.round(total),
      perPageMs: Math.round(total / pageCount),
      pageStartsMs: progress.join(" "),
      afterTax: reading.ok ? reading.findings.afterTaxContributions.answer : undefined,
    }),
  );
  process.exit(0);
}

void main();
