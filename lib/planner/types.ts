// The paycheck planner's input and output. Money in integer cents, percentages in basis points.
import type { BasisPoints, Cents } from "../money";
import type { Answers, YesNoUnsure } from "../rules/schema";
import type { IsoDate } from "./dates";
import type { RoundingMode } from "./rounding";
import type { PaySchedule } from "./schedule";

export interface YearToDate {
  /** Pre-tax and Roth deferrals to this plan so far this year, from the latest pay stub. */
  readonly deferrals: number;
  readonly afterTax: number;
  /** Employer match paid in so far this year. */
  readonly match: number;
}

export interface Bonus {
  readonly amount: number;
  /** 1 to 12: paid with the first paycheck of that month, as a check of its own. */
  readonly month: number;
}

export interface PlannerInput {
  /** The yearly answers the rules engine takes: year, pay (bonus included), plan, match, deferral target. */
  readonly answers: Answers;
  readonly schedule: PaySchedule;
  /** The pay date of the latest pay stub: the year-to-date figures are as of this date. */
  readonly lastPayDate: IsoDate;
  readonly yearToDate: YearToDate;
  readonly bonus?: Bonus;
  /** Whether the plan trues up the match to the annual formula after the year; not sure plans as no. */
  readonly matchTrueUp: YesNoUnsure;
  readonly rounding: RoundingMode;
  /** The most of one paycheck the person could contribute, for the front-loading schedule. */
  readonly frontLoadBasisPoints?: number;
  /** What a paycheck can fund: without it, a whole paycheck is taken as available. */
  readonly paycheckCeiling?: PaycheckCeiling;
  /**
   * With pay over §401(a)(17): whether the plan counts pay up to the cap from the start of the
   * year (contributions and match stop once pay so far reaches it) or a share of the cap on each
   * pay date (cap / pay dates). Unanswered, year to date is assumed, and said.
   */
  readonly compensationCapMethod?: CompensationCapMethod;
  /** A dollar election is taken from the bonus check too; unanswered, it is not (one per pay date). */
  readonly flatElectionOnBonus?: boolean;
}

export type CompensationCapMethod = "year_to_date" | "per_paycheck";

/**
 * The most one paycheck can give to the plan, deferrals and after-tax together: what the pay
 * stub shows as take-home plus the contributions already taken from it, less the take-home the
 * person needs; and the plan's own cap on contributions per paycheck. Elections never go past it.
 */
export interface PaycheckCeiling {
  /** Take-home (net) pay on the latest pay stub. */
  readonly takeHome: Cents;
  /** Contributions to this plan taken from that paycheck (pre-tax, Roth and after-tax). */
  readonly contributionsOnStub: Cents;
  /** The least take-home the person needs from each paycheck. */
  readonly takeHomeFloor: Cents;
  /** The plan's cap on contributions from one paycheck, as a share of its pay; null for none. */
  readonly planCapBasisPoints: BasisPoints | null;
  /**
   * True when no take-home pay was given and `takeHome` is a regular paycheck less estimated
   * Social Security and Medicare only: income-tax withholding takes more.
   */
  readonly estimated?: boolean;
}

export type PlannerProblemCode =
  | "TODAY_NOT_A_DATE"
  | "LAST_PAY_DATE_NOT_A_DATE"
  | "LAST_PAY_DATE_AFTER_TODAY"
  | "SEMI_MONTHLY_SAME_DAY"
  | "SEMI_MONTHLY_DAYS_COLLIDE"
  | "PAY_DAY_OUT_OF_RANGE"
  | "ANCHOR_NOT_A_DATE"
  | "FIGURES_UNKNOWN"
  | "BONUS_MORE_THAN_PAY"
  | "BONUS_MONTH_OUT_OF_RANGE";

export interface PlannerProblem {
  readonly code: PlannerProblemCode;
  readonly message: string;
}

export type PlannerWarningCode =
  | "NO_PAYCHECKS_LEFT"
  | "EXTRA_PAY_DATE"
  | "PAY_STUB_NOT_LATEST"
  | "BONUS_ALREADY_PAID"
  | "EXCESS_DEFERRALS_SO_FAR"
  | "DEFERRAL_TARGET_UNREACHABLE"
  | "ANNUAL_ADDITIONS_ALREADY_EXCEEDED"
  | "ANNUAL_ADDITIONS_UNREACHABLE"
  | "OVERSHOOT_RISK"
  | "TRUE_UP_UNSURE"
  | "FRONT_LOADING_LOSES_MATCH"
  | "PAY_CAP_METHOD"
  | "FLAT_ELECTION_AND_BONUS";

export interface PlannerWarning {
  readonly code: PlannerWarningCode;
  readonly message: string;
  readonly citation: string;
}

export interface PaycheckRow {
  readonly date: IsoDate;
  readonly kind: "regular" | "bonus";
  readonly pay: number;
  /** Pre-tax and Roth deferral from this check. */
  readonly deferral: number;
  readonly afterTax: number;
  readonly match: number;
  /** Deferrals to this plan so far, this check included, against the §402(g) limit. */
  readonly deferralsToDate: number;
  /** Annual additions so far (catch-up excluded), this check included, against §415(c). */
  readonly annualAdditionsToDate: number;
}

export interface YearEnd {
  /** The match the plan adds after the year to reach the annual formula (true-up plans only). */
  readonly trueUp: number;
  /** A match known only as a yearly amount: what is still to come. */
  readonly fixedMatch: number;
  /** Profit-sharing or other nonelective money, assumed paid in for the year. */
  readonly nonelective: number;
}

export interface PlanTotals {
  readonly deferrals: number;
  readonly catchUpExcluded: number;
  readonly afterTax: number;
  /** Every match for the year: so far, per paycheck, and at year end. */
  readonly match: number;
  readonly nonelective: number;
  readonly annualAdditions: number;
}

export interface ElectionToSet {
  readonly mode: RoundingMode;
  /** The percentage to set, in basis points; null when the election is a dollar amount. */
  readonly basisPoints: number | null;
  /** What it takes from a regular paycheck. */
  readonly perPaycheck: number;
  /** The election as a share of a regular paycheck, rounded down (the same as basisPoints for percentages). */
  readonly percentOfPay: number;
  /** "35%" or "$2,041.66 per paycheck". */
  readonly label: string;
}

export interface FrontLoadPlan {
  /** The most of each paycheck put in, in basis points. */
  readonly basisPoints: number;
  readonly rows: readonly PaycheckRow[];
  readonly yearEnd: YearEnd;
  readonly totals: PlanTotals;
  /** The last paycheck with a deferral, and with any contribution at all. */
  readonly deferralsDoneOn: IsoDate | null;
  readonly contributionsDoneOn: IsoDate | null;
  /** Match the level plan gets and this schedule does not (0 when nothing is lost). */
  readonly matchLost: number;
  /** Offered when it loses no match: with a true-up, a dollar-cap match or no match formula. */
  readonly offered: boolean;
}

export interface PlanReady {
  readonly ok: true;
  readonly taxYear: number;
  readonly today: IsoDate;
  readonly schedule: {
    readonly kind: PaySchedule["kind"];
    readonly payDatesInYear: number;
    readonly usualPayDates: number;
    readonly extraPayDate: boolean;
    /** A regular paycheck's pay in the year (the first ones carry any odd cent). */
    readonly regularPay: number;
  };
  readonly limits: {
    /** §402(g) plus the catch-up for the person's age. */
    readonly deferralLimit: number;
    /** The year's deferrals to this plan the person aims for (capped at the limit). */
    readonly deferralTarget: number;
    readonly annualAdditionsLimit: number;
    readonly source: string;
  };
  readonly yearToDate: YearToDate;
  readonly rows: readonly PaycheckRow[];
  readonly yearEnd: YearEnd;
  readonly totals: PlanTotals;
  readonly elections: { readonly deferral: ElectionToSet; readonly afterTax: ElectionToSet };
  readonly leftOnTable: {
    /** Deferral room under the target not used by the rounded election (it moves to after-tax room). */
    readonly deferrals: number;
    /** §415(c) room unused at year end, whatever the cause. */
    readonly annualAdditions: number;
    /** The part of that due to rounding the elections: compared with exact dollar amounts. */
    readonly byRounding: number;
  };
  readonly matchTiming: {
    readonly answered: YesNoUnsure;
    /** True only when the plan is known to true up. */
    readonly plannedWithTrueUp: boolean;
    /** The match the annual formula gives on the year's planned contributions, in cents. */
    readonly worthUpTo: Cents;
    /** The match this plan collects: so far, per paycheck and at year end, in cents. */
    readonly onTrack: Cents;
    /** Match the paychecks already paid could have had and did not (0 with a true-up), in cents. */
    readonly lostSoFar: Cents;
    /** With pay over §401(a)(17): the method used, and whether the person chose it; null otherwise. */
    readonly capMethod: { readonly method: CompensationCapMethod; readonly assumed: boolean } | null;
  };
  readonly frontLoad: FrontLoadPlan | null;
  /** The most each regular paycheck can give (take-home floor, plan cap); null without a ceiling. */
  readonly ceiling: { readonly perRegularPaycheck: number; readonly why: string } | null;
  readonly warnings: readonly PlannerWarning[];
}

export interface PlanRejected {
  readonly ok: false;
  readonly problems: readonly PlannerProblem[];
}

export type PaycheckPlan = PlanReady | PlanRejected;
