// The public shape of an evaluation. Money is in dollars, exact to the cent (made from integer
// cents); the pages, the API and the PDF checklist all read this.
import type { DeferralPosition } from "./deferrals";
import type { Reason, Route, Status } from "./eligibility";
import type { PerPaycheck, RoomCents } from "./room";

export type { Reason, Route, Status };

export type WarningCode =
  | "EARNINGS_TAXABLE_ON_CONVERSION"
  | "PRO_RATA_DISTRIBUTION"
  | "ACP_TEST_RISK"
  | "ROTH_CATCH_UP_REQUIRED"
  | "EXCESS_DEFERRALS"
  | "OVERSHOOT_RISK"
  | "CASH_FLOW"
  | "UNKNOWN_YEAR"
  | "PAY_CAP_STOPS_CONTRIBUTIONS"
  | "EMPLOYER_MONEY_AFTER_YEAR_END"
  | "PLAN_YEAR_NOT_CALENDAR"
  | "BACKDOOR_IRA_PRO_RATA";

export interface Warning {
  readonly code: WarningCode;
  readonly message: string;
  readonly citation: string;
}

export type QuestionCode =
  | "AFTER_TAX_CONTRIBUTIONS"
  | "IN_PLAN_ROTH_CONVERSION"
  | "IN_SERVICE_WITHDRAWAL"
  | "AUTOMATIC_CONVERSION"
  | "SEPARATE_AFTER_TAX_ACCOUNTING"
  | "ROTH_DEFERRAL_OPTION"
  | "HCE_AFTER_TAX_REFUNDS";

/** A question to paste into an email to the plan administrator. */
export interface PlanQuestion {
  readonly code: QuestionCode;
  readonly question: string;
  /** Phrases to search for in the Summary Plan Description. */
  readonly lookFor: readonly string[];
  /** True when the answer settles whether the mega backdoor Roth works in this plan. */
  readonly decidesEligibility: boolean;
}

export type ChecklistStatus = "confirmed" | "to_confirm" | "action";

export interface ChecklistItem {
  readonly code: string;
  readonly text: string;
  readonly status: ChecklistStatus;
  /** The dollar amount the step is about, when it has one. */
  readonly amount?: number;
}

export interface Alternative {
  readonly code: "ASK_EMPLOYER_TO_ADD_FEATURE" | "ROLL_OUT_AT_SEPARATION" | "BACKDOOR_ROTH_IRA" | "HSA" | "TAXABLE_ACCOUNT";
  readonly title: string;
  readonly text: string;
  readonly citation: string;
}

export interface LimitsUsed {
  readonly taxYear: number;
  readonly electiveDeferral: number;
  /** The catch-up this person may make at their age (0 under 50, or without a required Roth option). */
  readonly catchUp: number;
  readonly annualAdditions: number;
  readonly compensation: number;
  readonly source: string;
  readonly custom: boolean;
  readonly catchUp50: number;
  readonly catchUp60to63: number;
  readonly hceThreshold: number;
  readonly rothCatchUpWageThreshold: number | null;
  readonly iraContribution: number | null;
  readonly socialSecurityWageBase: number | null;
  /** The law and notice behind each figure. */
  readonly sources: Readonly<Record<string, string>>;
}

/**
 * The per-paycheck election as the API shows it: the fields of `PerPaycheck` (room.ts, from the
 * one election function), with money in dollars.
 */
export type PerPaycheckElection = PerPaycheck;

/**
 * The room as the API shows it: the fields of the engine's `RoomCents` (room.ts) and of the
 * deferral position (deferrals.ts), declared there once, with money in dollars here.
 */
export type Room = Omit<RoomCents, "cappedPay"> &
  Pick<DeferralPosition, "deferralsCounted" | "catchUpExcluded" | "deferralLimit" | "totalDeferrals" | "excessDeferrals"> & {
    /** Pay used in plan formulas: pay capped at §401(a)(17). */
    readonly payUsedInFormulas: number;
    readonly perPaycheck: PerPaycheckElection | null;
  };

export interface CashFlow {
  readonly pay: number;
  readonly payrollTaxEstimate: number;
  readonly employeeContributions: number;
  /** Pay after payroll taxes minus employee contributions; negative means it doesn't fit. */
  readonly leftAfterContributions: number;
}

export interface Evaluation {
  readonly status: Status;
  readonly route: Route | null;
  readonly reasons: readonly Reason[];
  readonly limits: LimitsUsed | null;
  readonly room: Room | null;
  readonly warnings: readonly Warning[];
  readonly questionsForPlan: readonly PlanQuestion[];
  readonly checklist: readonly ChecklistItem[];
  /** What to do instead; empty unless not eligible. */
  readonly alternatives: readonly Alternative[];
  /** Earnings on the after-tax balance that a conversion now would make taxable; null if unknown. */
  readonly taxableEarningsEstimate: number | null;
  /** Null when last year's pay was not given (or the year's figures are unknown). */
  /**
   * With both routes open and the after-tax balance and its earnings given: the in-service
   * withdrawal split of Notice 2014-54 (basis to a Roth IRA, earnings to a traditional IRA).
   */
  readonly afterTaxSplit: { readonly basisToRothIra: number; readonly earningsToTraditionalIra: number } | null;
  readonly isHce: boolean | null;
  /** Whether catch-ups must be Roth this year; null when last year's FICA wages are needed. */
  readonly rothCatchUpRequired: boolean | null;
  readonly cashFlow: CashFlow;
}
