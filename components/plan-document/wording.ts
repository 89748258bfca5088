import type { EmployerMatch, Feature } from "@/lib/plan-document";

/** Each feature as the results page names it, and the question the person confirms. */
export const FEATURE_QUESTIONS: Record<Feature, { short: string; question: string }> = {
  afterTaxContributions: { short: "After-tax contributions", question: "Does your plan allow after-tax contributions?" },
  inPlanRothConversion: { short: "In-plan Roth conversion of after-tax money", question: "Can you convert after-tax money to Roth inside the plan?" },
  inServiceWithdrawal: { short: "In-service withdrawal of after-tax money", question: "Can you withdraw after-tax money while you still work there?" },
  automaticConversion: { short: "Automatic Roth conversion", question: "Can the plan convert after-tax contributions to Roth automatically?" },
  separateAfterTaxAccounting: { short: "After-tax money withdrawn on its own", question: "Can you withdraw just the after-tax money (with its earnings) on its own?" },
  matchTrueUp: { short: "Match true-up", question: "Does your employer true up the match after the year ends?" },
};

export function describeMatch(match: EmployerMatch): string {
  switch (match.kind) {
    case "none":
      return "no match";
    case "amount":
      return `$${match.amount.toLocaleString("en-US")} for the year`;
    case "dollarCap":
      return `${match.matchPercent}% of what you contribute, up to $${match.maxMatch.toLocaleString("en-US")} a year`;
    case "formula":
      return match.tiers.map((tier, index) => `${tier.matchPercent}% of the ${index === 0 ? "first" : "next"} ${tier.ofPayPercent}% of pay`).join(", then ");
  }
}
