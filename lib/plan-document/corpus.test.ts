import { describe, expect, it } from "vitest";
import { CORPUS } from "./corpus";
import { FEATURES, readPlanDocument, type Answer } from "./index";

interface Outcome {
  entry: string;
  feature: string;
  expected: Answer;
  got: Answer;
}

const outcomes: Outcome[] = CORPUS.flatMap((entry) => {
  const findings = readPlanDocument(entry.pages);
  return FEATURES.map((feature) => ({
    entry: entry.name,
    feature,
    expected: entry.expect[feature] ?? "unsure",
    got: findings[feature].answer,
  }));
});

const decisive = outcomes.filter((outcome) => outcome.expected !== "unsure");
const answeredDecisively = decisive.filter((outcome) => outcome.got === outcome.expected);

describe("the plan-document corpus", () => {
  it("holds at least 40 passages", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it("never answers Yes or No wrongly (an unsure is always allowed over a wrong answer)", () => {
    const wrong = outcomes.filter((outcome) => outcome.got !== "unsure" && outcome.got !== outcome.expected);
    expect(wrong).toEqual([]);
  });

  it("answers at least 85% of the decisive passages decisively", () => {
    const rate = answeredDecisively.length / decisive.length;
    console.info(
      `plan-document corpus: ${CORPUS.length} passages, ${decisive.length} decisive statements, ${answeredDecisively.length} answered (${(rate * 100).toFixed(1)}%); missed: ${decisive
        .filter((outcome) => outcome.got !== outcome.expected)
        .map((outcome) => `${outcome.entry} / ${outcome.feature}`)
        .join("; ") || "none"}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.85);
  });

  it.each(CORPUS.map((entry) => [entry.name, entry]))("%s: the match formula and after-tax cap", (_name, entry) => {
    const findings = readPlanDocument(entry.pages);
    expect(findings.employerMatch?.value).toEqual(entry.match);
    expect(findings.afterTaxCapPercentOfPay?.value).toEqual(entry.afterTaxCap);
  });

  it.each(CORPUS.map((entry) => [entry.name, entry]))("%s: every Yes or No shows the passage that decided it", (_name, entry) => {
    const findings = readPlanDocument(entry.pages);
    for (const feature of FEATURES) {
      const finding = findings[feature];
      if (finding.answer === "unsure") continue;
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) {
        expect(entry.pages[evidence.page - 1]!.replace(/\s+/g, " ")).toContain(evidence.quote.replace(/ …$/, ""));
      }
    }
  });
});
