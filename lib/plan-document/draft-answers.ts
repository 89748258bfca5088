// The answers a person confirmed on the plan-document results page, into the wizard's draft.
import { MATCH_FIELDS, type Draft } from "../wizard/draft";
import type { StepContext } from "../wizard/steps";
import { answerRows, type AnswerRow } from "../wizard/summary";
import { FEATURES, type Answer, type EmployerMatch, type Feature } from "./index";

export interface ConfirmedAnswers {
  /** What the person chose for each feature (absent: left as it was). */
  chosen: Partial<Record<Feature, Answer>>;
  /** What the document said, to mark the answers that came from it. */
  fromDocument: Partial<Record<Feature, Answer>>;
  /** The match the document states, when the person chose to use it. */
  employerMatch?: EmployerMatch;
  /** The after-tax cap the document states, when the person chose to use it. */
  afterTaxCapPercentOfPay?: number;
  /** Whether the match covers after-tax contributions, when the person chose to use what the document says. */
  matchesAfterTax?: "yes" | "no";
  /** The cap on all contributions from one paycheck, when the person chose to use it. */
  perPaycheckCapPercent?: number;
}

const OWN_PAGE: Partial<Record<Feature, string>> = {
  afterTaxContributions: "after-tax",
  inPlanRothConversion: "in-plan-conversion",
  inServiceWithdrawal: "in-service-withdrawal",
};


/** The match in the wizard's own fields, or null when the wizard has no way to hold it. */
export function matchDraftFields(match: EmployerMatch): Partial<Draft> | null {
  switch (match.kind) {
    case "none":
      return { matchKind: "none" };
    case "amount":
      return { matchKind: "amount", matchAmount: Math.round(match.amount * 100) };
    case "dollarCap":
      return { matchKind: "dollarCap", capMatchPercent: match.matchPercent, capMaxMatch: Math.round(match.maxMatch * 100) };
    case "formula": {
      const [first, second, ...rest] = match.tiers;
      if (!first || rest.length > 0) return null;
      if (!second) return { matchKind: "formula", matchPercent: first.matchPercent, matchUpToPercent: first.ofPayPercent };
      return {
        matchKind: "twoTier",
        tier1MatchPercent: first.matchPercent,
        tier1OfPayPercent: first.ofPayPercent,
        tier2MatchPercent: second.matchPercent,
        tier2OfPayPercent: second.ofPayPercent,
      };
    }
  }
}

/**
 * The draft with the confirmed answers in it. An answer is marked as from the document only
 * when the person kept what the document decided; earlier answers the page did not change stay.
 */
export function withDocumentAnswers(draft: Draft, confirmed: ConfirmedAnswers): Draft {
  const next: Draft = { ...draft };
  const marks: Record<string, string | number> = { ...(draft.fromPlanDocument ?? {}) };
  for (const feature of FEATURES) {
    const chosen = confirmed.chosen[feature];
    if (!chosen) continue;
    next[feature] = chosen;
    // A question that is a page of its own is answered once confirmed here: the journey goes on
    // to the questions still open instead of asking it again.
    const page = OWN_PAGE[feature];
    if (page && !(next.completed ?? []).includes(page)) next.completed = [...(next.completed ?? []), page];
    const said = confirmed.fromDocument[feature];
    if (said && said !== "unsure" && said === chosen) marks[feature] = chosen;
    else delete marks[feature];
  }
  if (confirmed.employerMatch) {
    const fields = matchDraftFields(confirmed.employerMatch);
    if (fields) {
      for (const name of MATCH_FIELDS) {
        delete next[name];
        delete marks[name];
      }
      Object.assign(next, fields);
      for (const [name, value] of Object.entries(fields)) if (typeof value === "string" || typeof value === "number") marks[name] = value;
    }
  }
  if (confirmed.afterTaxCapPercentOfPay !== undefined) {
    next.hasAfterTaxCap = "yes";
    next.afterTaxCapPercentOfPay = confirmed.afterTaxCapPercentOfPay;
    marks.hasAfterTaxCap = "yes";
    marks.afterTaxCapPercentOfPay = confirmed.afterTaxCapPercentOfPay;
  }
  if (confirmed.matchesAfterTax) {
    next.matchesAfterTax = confirmed.matchesAfterTax;
    marks.matchesAfterTax = confirmed.matchesAfterTax;
  }
  if (confirmed.perPaycheckCapPercent !== undefined) {
    next.contributionCapPercent = confirmed.perPaycheckCapPercent;
    marks.contributionCapPercent = confirmed.perPaycheckCapPercent;
  }
  if (Object.keys(marks).length > 0) next.fromPlanDocument = marks;
  else delete next.fromPlanDocument;
  return next;
}

export interface DocumentLanding {
  /** Answers on check your answers that came from the document and are unchanged. */
  filled: AnswerRow[];
  /** Answers still to give: not given yet, or "Not sure". */
  open: AnswerRow[];
}

/** What check your answers shows after "Use these answers": what the document filled, what is left. */
export function documentLanding(draft: Draft, context: StepContext): DocumentLanding {
  const rows = answerRows(draft, context);
  return {
    filled: rows.filter((row) => row.fromPlanDocument),
    open: rows.filter((row) => row.answer === "Not given" || row.answer === "Not sure"),
  };
}
