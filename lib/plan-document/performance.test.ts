import { describe, expect, it } from "vitest";
import { readPlanDocument } from "./index";
import { MAX_PASTED_CHARACTERS, pagesFromText } from "./input";
import { MAX_SENTENCE, splitSentences } from "./sentences";

// Pasted text is read on the server in the request: its cost must grow with its length only.
// Before these bounds, 480 KB of one run-on sentence mixing "after-tax" and "% of pay" took
// 9.6 s and 2 MB took 10 minutes (each range sorted every mention), and 200,000 short sentences
// about after-tax money overflowed the stack (Math.max over a spread of every passage).
function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

function secondsToRead(text: string): number {
  const start = performance.now();
  readPlanDocument(pagesFromText(text));
  return (performance.now() - start) / 1000;
}

describe("reading pasted text takes time in proportion to its length", () => {
  // Generous bounds: the machine running the tests may be busy; the old code took minutes.
  it("reads 2 MB of one run-on sentence of after-tax money and percent ranges in a few seconds", () => {
    const text = repeatTo("after-tax contributions are great and 1% to 75% of your pay may be deferred pre-tax ", MAX_PASTED_CHARACTERS);
    expect(secondsToRead(text)).toBeLessThan(5);
  });

  it("reads 480 KB of after-tax ranges in a few seconds", () => {
    expect(secondsToRead(repeatTo("You may make after-tax contributions of 1% to 10% of pay. ", 480_000))).toBeLessThan(3);
  });

  it("reads 200,000 short sentences about after-tax money without overflowing the stack", () => {
    const findings = readPlanDocument(["You may make after-tax contributions. ".repeat(200_000)]);
    expect(findings.afterTaxContributions.answer).toBe("yes");
    expect(findings.afterTaxContributions.evidence.length).toBeLessThanOrEqual(6);
  });

  it("reads 130,000 distinct passages without overflowing the stack", { timeout: 60_000 }, () => {
    const lines = Array.from({ length: 130_000 }, (_, line) => `${line} permits after-tax contributions.`);
    const start = performance.now();
    expect(readPlanDocument([lines.join("\n")]).afterTaxContributions.answer).toBe("yes");
    console.info(`130,000 distinct passages (${lines.join("\n").length} characters) read in ${Math.round(performance.now() - start)} ms`);
  });

  it("never hands a rule a sentence longer than the bound, and loses no text cutting one", () => {
    const text = repeatTo("after-tax savings 1% to 10% of pay, ", 100_000);
    const sentences = splitSentences([text]);
    expect(sentences.every((sentence) => sentence.text.length <= MAX_SENTENCE)).toBe(true);
    expect(sentences.reduce((sum, sentence) => sum + sentence.text.length, 0)).toBeGreaterThan(text.length * 0.95);
  });
});
