// Highly compensated employee status (§414(q)(1)): a 5% owner this year or last, or pay in the look-back year (last year)
// over the threshold in the tax year's row. The table row is already the look-back year's figure.
import type { YearFigures } from "./figures";

export interface HceStatus {
  /** Null when last year's pay was not given. */
  readonly isHce: boolean | null;
  /** Last year's pay unknown but this year's pay is over the threshold. */
  readonly likely: boolean;
  /** An HCE because of ownership, not pay. */
  readonly fivePercentOwner?: boolean;
}

export function hceStatus(
  figures: YearFigures,
  priorYearPay: number | undefined,
  pay: number,
  fivePercentOwner = false,
): HceStatus {
  // A 5% owner this year or last is an HCE whatever the pay (§414(q)(1)(A)).
  if (fivePercentOwner) return { isHce: true, likely: false, fivePercentOwner: true };
  if (priorYearPay !== undefined) return { isHce: priorYearPay > figures.hceThreshold, likely: false };
  return { isHce: null, likely: pay > figures.hceThreshold };
}
