// How a plan lets a person state an election: a percentage of each paycheck in whole, half or
// tenth percents, or an exact dollar amount per paycheck. The planner only ever picks an
// election on that grid, so what it tells the person to set is what payroll can take.
import { percentOfCents } from "../money";

export type RoundingMode = "whole" | "half" | "tenth" | "dollars";

/** The grid step: basis points for percentages, cents for a dollar amount. */
export const ROUNDING_STEP: Record<RoundingMode, number> = {
  whole: 100,
  half: 50,
  tenth: 10,
  dollars: 1,
};

export const ROUNDING_LABEL: Record<RoundingMode, string> = {
  whole: "Whole percentages (1%, 2%, ...)",
  half: "Half percentages (0.5%, 1%, ...)",
  tenth: "Tenths of a percent (0.1%, 0.2%, ...)",
  dollars: "A dollar amount per paycheck",
};

/** An election on the grid: `steps` steps of the mode's size. */
export interface GridElection {
  readonly mode: RoundingMode;
  readonly steps: number;
}

export function isPercentMode(mode: RoundingMode): boolean {
  return mode !== "dollars";
}

/** The election in basis points (percent modes) or cents per paycheck (dollars). */
export function electionValue(election: GridElection): number {
  return election.steps * ROUNDING_STEP[election.mode];
}

/**
 * What the election takes from one paycheck of `pay` cents: a percentage of it (rounded half up
 * to the cent, the one rounding rule) or the dollar amount, never more than the paycheck.
 */
export function contributionFrom(election: GridElection, pay: number): number {
  const value = electionValue(election);
  return isPercentMode(election.mode) ? percentOfCents(pay, value) : Math.min(value, pay);
}

/**
 * The largest number of steps in [0, most] for which `fits` holds, given that `fits` holds for
 * every number below one that fits (it is monotone). Null when not even 0 fits.
 */
export function largestFitting(most: number, fits: (steps: number) => boolean): number | null {
  if (!fits(0)) return null;
  let fitting = 0;
  let tooMany = most + 1;
  while (tooMany - fitting > 1) {
    const middle = fitting + Math.floor((tooMany - fitting) / 2);
    if (fits(middle)) fitting = middle;
    else tooMany = middle;
  }
  return fitting;
}

/** "28%", "28.5%", "28.7%": basis points as a person would type them. */
export function formatPercent(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = basisPoints % 100;
  if (fraction === 0) return `${whole}%`;
  return `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}%`;
}
