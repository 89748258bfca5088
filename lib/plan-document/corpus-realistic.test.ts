import { describe, expect, it } from "vitest";
import { REALISTIC_CORPUS, type RealisticEntry } from "./corpus-realistic";
import { FEATURES, readPlanDocument, type PlanDocumentFindings } from "./index";

// Every statement an entry can decide: the six features, the match, the after-tax cap, whether
// after-tax money is matched, the per-paycheck cap, and whether the paper is a plan at all.
interface Outcome {
  entry: string;
  statement: string;
  expected: string | undefined;
  got: string | undefined;
}

function outcomesOf(entry: RealisticEntry, findings: PlanDocumentFindings): Outcome[] {
  const features = FEATURES.map((feature) => {
    const expected = entry.expect[feature];
    const got = findings[feature].answer;
    return { entry: entry.name, statement: feature, expected, got: got === "unsure" ? undefined : got };
  });
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));
  return [
    ...features,
    { entry: entry.name, statement: "employerMatch", expected: json(entry.match), got: json(findings.employerMatch?.value) },
    { entry: entry.name, statement: "afterTaxCap", expected: json(entry.afterTaxCap), got: json(findings.afterTaxCapPercentOfPay?.value) },
    { entry: entry.name, statement: "matchesAfterTax", expected: entry.matchesAfterTax, got: findings.matchesAfterTax?.value },
    { entry: entry.name, statement: "perPaycheckCap", expected: json(entry.perPaycheckCap), got: json(findings.perPaycheckCapPercent?.value) },
    { entry: entry.name, statement: "notAPlan", expected: entry.notAPlan ? "yes" : undefined, got: findings.notAPlanDocument ? "yes" : undefined },
  ];
}

const outcomes = REALISTIC_CORPUS.flatMap((entry) => outcomesOf(entry, readPlanDocument(entry.pages)));
const decisive = outcomes.filter((outcome) => outcome.expected !== undefined);
const answered = decisive.filter((outcome) => outcome.got === outcome.expected);

describe("the realistic plan-document corpus", () => {
  it("holds at least 80 passages of every shape", () => {
    expect(REALISTIC_CORPUS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(REALISTIC_CORPUS.map((entry) => entry.shape)).size).toBe(8);
  });

  it("never gives a wrong Yes, No or figure (unsure or absent is always allowed over a wrong one)", () => {
    const wrong = outcomes.filter((outcome) => outcome.got !== undefined && outcome.got !== outcome.expected);
    expect(wrong).toEqual([]);
  });

  it("answers at least 90% of the decisive statements", () => {
    const rate = answered.length / decisive.length;
    console.info(
      `realistic corpus: ${REALISTIC_CORPUS.length} passages, ${decisive.length} decisive statements, ${answered.length} answered (${(rate * 100).toFixed(1)}%); missed: ${
        decisive
          .filter((outcome) => outcome.got !== outcome.expected)
          .map((outcome) => `${outcome.entry} / ${outcome.statement}`)
          .join("; ") || "none"
      }`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it.each(REALISTIC_CORPUS.map((entry) => [entry.name, entry] as const))("%s: every answer quotes the page it came from", (_name, entry) => {
    const findings = readPlanDocument(entry.pages);
    for (const feature of FEATURES) {
      const finding = findings[feature];
      if (finding.answer === "unsure") continue;
      expect(finding.evidence.length).toBeGreaterThan(0);
      for (const evidence of finding.evidence) {
        expect(entry.pages[evidence.page - 1]!.replace(/\s+/g, " ")).toContain(evidence.quote.replace(/ …$/, "").replace(/\s+/g, " "));
      }
    }
  });
});
