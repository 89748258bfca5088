import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flateBombPdf, nestedFormXObjectPdf, quadraticText, textOperatorPdf } from "../../../e2e/hostile-documents";
import { scannedPdf } from "../../../e2e/scanned-documents";

// The read pool runs the built worker module, as the server does: build it once for this file.
const DEADLINE_SECONDS = 8;
let workers: string;
let readDocumentInput: (typeof import("./read"))["readDocumentInput"];

beforeAll(async () => {
  // Inside the project, so the worker's imports find node_modules.
  mkdirSync(path.join("node_modules", ".cache"), { recursive: true });
  workers = mkdtempSync(path.resolve("node_modules", ".cache", "read-workers-"));
  execFileSync(process.execPath, ["scripts/build-workers.mjs", workers]);
  process.env.WORKER_BUNDLE_DIR = workers;
  process.env.PLAN_DOCUMENT_READ_SECONDS = String(DEADLINE_SECONDS);
  ({ readDocumentInput } = await import("./read"));
}, 60_000);

afterAll(() => rmSync(workers, { recursive: true, force: true }));

/** The read's answer, how long it took, and the longest the test's own thread went unanswered meanwhile. */
async function timed(run: () => Promise<unknown>) {
  let longestStall = 0;
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - last);
    last = now;
  }, 20);
  const started = performance.now();
  const rssBefore = process.memoryUsage.rss();
  let peakRss = rssBefore;
  const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 50);
  try {
    const answer = await run();
    return { answer, ms: performance.now() - started, longestStall, rssGrowthMb: (peakRss - rssBefore) / 1024 / 1024 };
  } finally {
    clearInterval(tick);
    clearInterval(sample);
  }
}

describe("a plan document read on the worker pool", () => {
  it("asks for a file or text when given neither, and refuses a file over 15 MB", async () => {
    expect(await readDocumentInput({ text: "   " })).toEqual({ ok: false, problem: "empty" });
    expect(await readDocumentInput({ file: new Blob([new Uint8Array(15 * 1024 * 1024 + 1)]) })).toEqual({ ok: false, problem: "too-large" });
  });

  it("reads pasted text to findings, with form feeds as page breaks", async () => {
    const reading = await readDocumentInput({ text: "Intro page.\fThe Plan does not permit after-tax contributions." });
    expect(reading.ok && reading.findings.afterTaxContributions).toEqual({
      answer: "no",
      evidence: [{ page: 2, quote: "The Plan does not permit after-tax contributions." }],
    });
  });

  it("stops a page of form XObjects nested 10 x 9 levels at the deadline, and this thread keeps answering", async () => {
    const { answer, ms, longestStall } = await timed(() => readDocumentInput({ file: new Blob([nestedFormXObjectPdf(9, 10)]) }));
    expect(answer).toEqual({ ok: false, problem: "too-slow" });
    expect(ms).toBeLessThan((DEADLINE_SECONDS + 3) * 1000);
    expect(longestStall).toBeLessThan(500);
  }, 40_000);

  it("refuses a Flate bomb (510 KB inflating to 512 MiB) without inflating it", async () => {
    const bomb = flateBombPdf(512);
    expect(bomb.length).toBeLessThan(600 * 1024);
    const { answer, rssGrowthMb, ms } = await timed(() => readDocumentInput({ file: new Blob([bomb]) }));
    expect(answer).toEqual({ ok: false, problem: "too-large-inflated" });
    expect(rssGrowthMb).toBeLessThan(300);
    expect(ms).toBeLessThan(DEADLINE_SECONDS * 1000);
  }, 40_000);

  it("answers a 535 KB page of text operators within the deadline", async () => {
    const { answer, ms, longestStall } = await timed(() => readDocumentInput({ file: new Blob([textOperatorPdf()]) }));
    expect(answer).toHaveProperty("ok");
    expect(ms).toBeLessThan((DEADLINE_SECONDS + 3) * 1000);
    expect(longestStall).toBeLessThan(500);
  }, 40_000);

  it("answers quadratic pasted text within the deadline", async () => {
    const { answer, ms, longestStall } = await timed(() => readDocumentInput({ text: quadraticText() }));
    expect(answer).toHaveProperty("ok");
    expect(ms).toBeLessThan((DEADLINE_SECONDS + 3) * 1000);
    expect(longestStall).toBeLessThan(500);
  }, 40_000);
});

describe("a scanned plan document", () => {
  // Two pages of the wording plans use, as a scanner gives them: images, no text layer.
  const PAGES = [
    "SUMMARY PLAN DESCRIPTION\nAfter-Tax Contributions\nYou may make after-tax contributions of up to 10% of your pay, in addition to your pre-tax and Roth contributions.",
    "In-Plan Roth Conversions\nThe Plan permits in-plan Roth conversions of your after-tax contributions at any time.\nYou may withdraw your after-tax contributions while you are employed, at any time.",
  ];

  it("is read by OCR to the same findings as its text", async () => {
    const fromText = await readDocumentInput({ text: PAGES.join("\f") });
    const started = performance.now();
    const fromScan = await readDocumentInput({ file: new Blob([scannedPdf(PAGES)]) });
    console.log(`OCR of a 2-page scan: ${Math.round(performance.now() - started)} ms`);
    expect(fromText.ok).toBe(true);
    expect(fromScan).toMatchObject({ ok: true, pageCount: 2, scanned: true });
    if (!fromText.ok || !fromScan.ok) return;
    const answers = (reading: typeof fromText) =>
      Object.fromEntries(
        Object.entries(reading.ok ? reading.findings : {}).map(([feature, finding]) => [
          feature,
          typeof finding !== "object" ? finding : "answer" in finding ? finding.answer : finding.value,
        ]),
      );
    expect(answers(fromScan)).toEqual(answers(fromText));
    expect(fromScan.findings.afterTaxContributions.answer).toBe("yes");
    expect(fromScan.findings.afterTaxCapPercentOfPay?.value).toBe(10);
  }, 90_000);
});
