// Highly compensated employee status (§414(q)(1)(B)): pay in the look-back year (last year)
// over the threshold in the tax year's row. The table row is already the look-back year's figure.
import type { YearFigures } from "./figures";

export interface HceStatus {
  /** Null when last year's pay was not given. */
  readonly isHce: boolean | null;
  /** Last year's pay unknown but this year's pay is over the threshold. */
  readonly likely: boolean;
}

export function hceStatus(figures: YearFigures, priorYearPay: number | undefined, pay: number): HceStatus {
  if (priorYearPay !== undefined) return { isHce: priorYearPay > figures.hceThreshold, likely: false };
  return { isHce: null, likely: pay > figures.hceThreshold };
}
