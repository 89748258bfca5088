// The verdict's sentences and the outcome of the saved answers: `resultFor` reads them, and the
// result page and the PDF read `resultFor`, so the two can never disagree.
import { evaluate } from "../rules/evaluate";
import { evaluateEligibility, type EarlyVerdict } from "../rules/early";
import type { ChecklistStatus, Evaluation, Route, Status } from "../rules/result";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";
import { decidedEarly, toAnswers } from "../wizard/journey";

export const VERDICT: Record<Status, string> = {
  eligible: "Yes, based on your answers: your plan lets you do a mega backdoor Roth.",
  not_eligible: "No, based on your answers: your plan does not let you do a mega backdoor Roth while you work there.",
  needs_info: "Maybe, based on your answers: your plan administrator can tell you, and we list exactly what to ask.",
};

/** A yes with no after-tax room left in the year says so in the verdict itself. */
export function verdictNoRoomLeft(taxYear: number): string {
  return `Yes, based on your answers: your plan lets you do a mega backdoor Roth, but you have no after-tax room left in ${taxYear}.`;
}

export const ROUTE_TEXT: Record<Route, string> = {
  in_plan_conversion:
    "Your route into Roth: an in-plan Roth conversion. Contribute after tax, then convert that money to Roth inside the plan as soon as possible.",
  in_service_withdrawal:
    "Your route into Roth: an in-service withdrawal. Contribute after tax, then withdraw it and roll the after-tax money to a Roth IRA (the earnings go to a traditional IRA or are taxed).",
};

export const CHECKLIST_STATUS_LABEL: Record<ChecklistStatus, string> = {
  confirmed: "Confirmed",
  to_confirm: "To confirm",
  action: "To do",
};

export type Outcome =
  /** Every answer given: the full evaluation. */
  | { kind: "full"; taxYear: number; answers: Answers; evaluation: Evaluation }
  /** The plan answers alone decided it; the later questions were skipped. */
  | { kind: "early"; taxYear: number; verdict: EarlyVerdict }
  /** Answers are still missing. */
  | { kind: "incomplete" };

/**
 * The result for a saved draft; `currentYear` stands in for a tax year not yet chosen, and
 * `today` ("YYYY-MM-DD") tells the rules whether the year has closed.
 */
export function outcomeFor(draft: Draft, currentYear: number, today?: string): Outcome {
  if (decidedEarly(draft)) {
    const taxYear = draft.taxYear ?? currentYear;
    const verdict = evaluateEligibility(
      {
        afterTaxContributions: draft.afterTaxContributions ?? "unsure",
        inPlanRothConversion: draft.inPlanRothConversion ?? "unsure",
        inServiceWithdrawal: draft.inServiceWithdrawal ?? "unsure",
      },
      taxYear,
    );
    return { kind: "early", taxYear, verdict };
  }
  const answers = toAnswers(draft);
  if (!answers) return { kind: "incomplete" };
  return { kind: "full", taxYear: answers.taxYear, answers, evaluation: evaluate(answers, today) };
}
