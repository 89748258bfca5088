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

describe("after age 59½, with the person's age", () => {
  const fromAge = ["You may take an in-service withdrawal of all or part of your vested account after you reach age 59½."];
  const preTaxFromAge = ["In-service withdrawals of your pre-tax and matching accounts are permitted after age 59½."];

  it("is unsure from the document alone and at 59 (the birthday decides), yes from 60, no under 59", () => {
    expect(readPlanDocument(fromAge).inServiceWithdrawal.answer).toBe("unsure");
    expect(readPlanDocument(fromAge, { ageAtYearEnd: 59 }).inServiceWithdrawal.answer).toBe("unsure");
    expect(readPlanDocument(fromAge, { ageAtYearEnd: 60 }).inServiceWithdrawal.answer).toBe("yes");
    expect(readPlanDocument(fromAge, { ageAtYearEnd: 45 }).inServiceWithdrawal.answer).toBe("no");
  });

  it("decides nothing about after-tax money when the passage names other money only", () => {
    expect(readPlanDocument(preTaxFromAge, { ageAtYearEnd: 62 }).inServiceWithdrawal.answer).toBe("unsure");
    expect(readPlanDocument(preTaxFromAge, { ageAtYearEnd: 40 }).inServiceWithdrawal.answer).toBe("unsure");
  });

  it("with hardship-only elsewhere, is unsure at 62 (the passages disagree) and no at 40", () => {
    const pages = [...fromAge, "Other than hardship withdrawals, no in-service withdrawals are permitted."];
    expect(readPlanDocument(pages, { ageAtYearEnd: 62 }).inServiceWithdrawal.answer).toBe("unsure");
    expect(readPlanDocument(pages, { ageAtYearEnd: 40 }).inServiceWithdrawal.answer).toBe("no");
  });

  it("reads 'except for hardship and age 59½' as age-dependent, not hardship-only", () => {
    const pages = ["Withdrawals are not permitted from the Plan prior to termination of employment, except for hardship and age 59½ withdrawals."];
    expect(readPlanDocument(pages).inServiceWithdrawal.answer).toBe("unsure");
    expect(readPlanDocument(pages, { ageAtYearEnd: 61 }).inServiceWithdrawal.answer).toBe("yes");
    expect(readPlanDocument(pages, { ageAtYearEnd: 30 }).inServiceWithdrawal.answer).toBe("no");
  });
});
