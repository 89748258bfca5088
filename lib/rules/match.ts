// Employer money: the match and any nonelective (profit-sharing) contribution, for the year, on
// the annual formula (a true-up is assumed; paycheck timing belongs to the paycheck planner).
// Pay in every formula is capped at §401(a)(17). Amounts in cents, percentages in basis points.
import { percentOfCents, toBasisPoints, toCents } from "../money";
import type { EmployerMatch, Nonelective } from "./schema";

/**
 * A match formula with the pay-dependent parts worked out once, so that the after-tax room
 * search can ask for the match at many amounts cheaply. Every kind gives a match that is
 * monotone non-decreasing in the contributions it applies to, which that search relies on.
 */
export interface CompiledMatch {
  /** A fixed amount (kinds none and amount), or null when the match follows contributions. */
  readonly fixed: number | null;
  /** Consecutive bands of pay: width in cents and match rate in basis points. */
  readonly bandWidths: readonly number[];
  readonly bandRates: readonly number[];
  /** The most the match can be (dollarCap), or null. */
  readonly maxMatch: number | null;
}

export function compileMatch(match: EmployerMatch, cappedPay: number): CompiledMatch {
  switch (match.kind) {
    case "none":
      return { fixed: 0, bandWidths: [], bandRates: [], maxMatch: null };
    case "amount":
      return { fixed: toCents(match.amount), bandWidths: [], bandRates: [], maxMatch: null };
    case "formula":
      // Tiers are consecutive bands of pay: "100% of the first 3%, then 50% of the next 2%"
      // matches contributions between 3% and 5% of pay at 50%.
      return {
        fixed: null,
        bandWidths: match.tiers.map((tier) => percentOfCents(cappedPay, toBasisPoints(tier.ofPayPercent))),
        bandRates: match.tiers.map((tier) => toBasisPoints(tier.matchPercent)),
        maxMatch: null,
      };
    case "dollarCap":
      // One band as wide as any contribution, capped in dollars of match.
      return {
        fixed: null,
        bandWidths: [Number.MAX_SAFE_INTEGER],
        bandRates: [toBasisPoints(match.matchPercent)],
        maxMatch: toCents(match.maxMatch),
      };
  }
}

/** The match on `matchedContributions` (deferrals here, plus after-tax when those are matched). */
export function matchAmount(match: CompiledMatch, matchedContributions: number): number {
  if (match.fixed !== null) return match.fixed;
  let total = 0;
  let bandStart = 0;
  for (let band = 0; band < match.bandWidths.length; band++) {
    const width = match.bandWidths[band]!;
    const inBand = Math.min(Math.max(0, matchedContributions - bandStart), width);
    total += percentOfCents(inBand, match.bandRates[band]!);
    bandStart += width;
  }
  return match.maxMatch === null ? total : Math.min(total, match.maxMatch);
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
