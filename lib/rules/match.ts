// Employer money: the match and any nonelective (profit-sharing) contribution, for the year, on
// the annual formula (a true-up is assumed; paycheck timing belongs to the paycheck planner).
// Pay in every formula is capped at §401(a)(17). Amounts in cents, percentages in basis points.
import { percentOfCents, toBasisPoints, toCents } from "../money";
import type { EmployerMatch, Nonelective } from "./schema";

/**
 * The match as a function of the contributions it applies to (deferrals here, plus after-tax
 * contributions when the plan matches those too). Every kind is monotone non-decreasing in the
 * contributions, which the after-tax room search relies on.
 */
export type MatchFunction = (matchedContributions: number) => number;

export function matchFunction(match: EmployerMatch, cappedPay: number): MatchFunction {
  switch (match.kind) {
    case "none":
      return () => 0;
    case "amount": {
      const amount = toCents(match.amount);
      return () => amount;
    }
    case "formula": {
      // Tiers are consecutive bands of pay: "100% of the first 3%, then 50% of the next 2%" matches
      // contributions between 3% and 5% of pay at 50%.
      const bands = match.tiers.map((tier) => ({
        width: percentOfCents(cappedPay, toBasisPoints(tier.ofPayPercent)),
        rate: toBasisPoints(tier.matchPercent),
      }));
      return (contributions) => {
        let total = 0;
        let bandStart = 0;
        for (const band of bands) {
          const inBand = Math.min(Math.max(0, contributions - bandStart), band.width);
          total += percentOfCents(inBand, band.rate);
          bandStart += band.width;
        }
        return total;
      };
    }
    case "dollarCap": {
      const rate = toBasisPoints(match.matchPercent);
      const maxMatch = toCents(match.maxMatch);
      return (contributions) => Math.min(percentOfCents(contributions, rate), maxMatch);
    }
  }
}

/** Whether the match can change with the after-tax amount (a fixed amount cannot). */
export function matchDependsOnContributions(match: EmployerMatch): boolean {
  return match.kind === "formula" || match.kind === "dollarCap";
}

export function nonelectiveContribution(nonelective: Nonelective | undefined, cappedPay: number): number {
  if (!nonelective) return 0;
  const ofPay = nonelective.percentOfPay === undefined ? 0 : percentOfCents(cappedPay, toBasisPoints(nonelective.percentOfPay));
  return ofPay + (nonelective.amount === undefined ? 0 : toCents(nonelective.amount));
}
