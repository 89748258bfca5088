import { describe, expect, it } from "vitest";
import { isFromPlanDocument, readDraft } from "../wizard/draft";
import { answerRows } from "../wizard/summary";
import { documentLanding, withDocumentAnswers } from "./draft-answers";

const context = { currentYear: 2026 };

describe("answers confirmed from a plan document", () => {
  it("fills in the chosen answers and marks only those the document decided and the person kept", () => {
    const draft = withDocumentAnswers(
      { afterTaxContributions: "unsure", inServiceWithdrawal: "yes", taxYear: 2026 },
      {
        chosen: { afterTaxContributions: "yes", inPlanRothConversion: "unsure" },
        fromDocument: { afterTaxContributions: "yes", inPlanRothConversion: "no", inServiceWithdrawal: "unsure" },
      },
    );
    expect(draft).toMatchObject({ afterTaxContributions: "yes", inPlanRothConversion: "unsure", inServiceWithdrawal: "yes", taxYear: 2026 });
    expect(draft.fromPlanDocument).toEqual({ afterTaxContributions: "yes" });
    expect(isFromPlanDocument(draft, "afterTaxContributions")).toBe(true);
    expect(isFromPlanDocument(draft, "inPlanRothConversion")).toBe(false);
  });

  it("writes the match in the wizard's fields: two tiers, and a dollar cap in cents", () => {
    const twoTier = withDocumentAnswers(
      { matchKind: "amount", matchAmount: 100_00 },
      {
        chosen: {},
        fromDocument: {},
        employerMatch: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 3 }, { matchPercent: 50, ofPayPercent: 2 }] },
      },
    );
    expect(twoTier).toMatchObject({ matchKind: "twoTier", tier1MatchPercent: 100, tier1OfPayPercent: 3, tier2MatchPercent: 50, tier2OfPayPercent: 2 });
    expect(twoTier.matchAmount).toBeUndefined();
    const capped = withDocumentAnswers({}, { chosen: {}, fromDocument: {}, employerMatch: { kind: "dollarCap", matchPercent: 50, maxMatch: 2000 } });
    expect(capped).toMatchObject({ matchKind: "dollarCap", capMatchPercent: 50, capMaxMatch: 200_000 });
  });

  it("drops the mark once the person changes the answer, and check your answers shows it only until then", () => {
    const draft = withDocumentAnswers({}, { chosen: { afterTaxContributions: "yes" }, fromDocument: { afterTaxContributions: "yes" } });
    const row = () => answerRows(readDraft(JSON.parse(JSON.stringify(draft))), context).find((r) => r.field === "afterTaxContributions");
    expect(row()?.fromPlanDocument).toBe(true);
    draft.afterTaxContributions = "no";
    expect(row()?.fromPlanDocument).toBeUndefined();
  });

  it("keeps only known fields in a saved mark, and never anything but answers", () => {
    const stored = readDraft({ fromPlanDocument: { afterTaxContributions: "yes", documentText: "The Plan ...", matchPercent: 50, nested: { a: 1 } } });
    expect(stored.fromPlanDocument).toEqual({ afterTaxContributions: "yes", matchPercent: 50 });
  });
});

describe("every answer the document gives is filled in", () => {
  it("fills whether after-tax money is matched and the per-paycheck cap, marked as from the document", () => {
    const draft = withDocumentAnswers(
      { matchKind: "formula", matchPercent: 50, matchUpToPercent: 6 },
      { chosen: {}, fromDocument: {}, matchesAfterTax: "no", perPaycheckCapPercent: 80 },
    );
    expect(draft).toMatchObject({ matchesAfterTax: "no", contributionCapPercent: 80 });
    expect(isFromPlanDocument(draft, "matchesAfterTax")).toBe(true);
    expect(isFromPlanDocument(draft, "contributionCapPercent")).toBe(true);
  });
});

describe("landing on check your answers after using the document", () => {
  it("counts the answers the document filled and lists the ones still open, Not sure included", () => {
    const draft = withDocumentAnswers(
      {},
      {
        chosen: { afterTaxContributions: "yes", inPlanRothConversion: "unsure", inServiceWithdrawal: "yes" },
        fromDocument: { afterTaxContributions: "yes", inPlanRothConversion: "unsure", inServiceWithdrawal: "yes" },
      },
    );
    draft.completed = ["after-tax", "in-plan-conversion", "in-service-withdrawal"];
    const landing = documentLanding(draft, context);
    expect(landing.filled.map((row) => row.field)).toEqual(["afterTaxContributions", "inServiceWithdrawal"]);
    expect(landing.open.map((row) => row.field)).toContain("inPlanRothConversion");
    expect(landing.open.find((row) => row.field === "inPlanRothConversion")?.answer).toBe("Not sure");
  });
});

describe("the journey after using the document", () => {
  it("counts a confirmed question with a page of its own as answered, so the person goes on to what is open", () => {
    const draft = withDocumentAnswers({ completed: ["after-tax"] }, { chosen: { afterTaxContributions: "yes", inPlanRothConversion: "unsure" }, fromDocument: {} });
    expect(draft.completed).toEqual(["after-tax", "in-plan-conversion"]);
  });
});

describe("a match the person was not sure of", () => {
  it("is answered by the match the document states", () => {
    const draft = withDocumentAnswers(
      { matchKind: "unsure" },
      { chosen: {}, fromDocument: {}, employerMatch: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] } },
    );
    expect(draft).toMatchObject({ matchKind: "formula", matchPercent: 50, matchUpToPercent: 6 });
    expect(isFromPlanDocument(draft, "matchKind")).toBe(true);
  });
});
