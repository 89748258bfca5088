// The paycheck planner's public surface.
export { planPaychecks, DEFAULT_FRONT_LOAD_BASIS_POINTS } from "./plan";
export { payDatesInYear, hasExtraPayDate, scheduleProblem, scheduleKindFor, type PaySchedule } from "./schedule";
export { formatPercent, ROUNDING_LABEL, ROUNDING_STEP, type RoundingMode } from "./rounding";
export { formatDate, formatShortDate, isoDate, parseIsoDate, type IsoDate } from "./dates";
export type * from "./types";
