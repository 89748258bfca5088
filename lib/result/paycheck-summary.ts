// The paycheck plan as the PDF prints it: the elections to set now and each paycheck's amounts,
// in WinAnsi-safe text. Part of the checklist model (checklist-model.ts).
import { formatUsd } from "../money";
import { formatDate } from "../planner/dates";
import type { ElectionToSet, PlanReady } from "../planner/types";
import { pdfText } from "./pdf-text";

export interface PaycheckSummary {
  readonly elections: readonly string[];
  readonly paychecks: readonly string[];
  readonly byRounding: string;
  /**
   * What the page says beside the plan, word for word: the match's true-up after the year, and the
   * planner's warnings (match lost, true-up unsure, limits out of reach), each with its citation.
   */
  readonly warnings: readonly string[];
}

const cents = (amount: number) => formatUsd(amount, { cents: true });

function election(title: string, chosen: ElectionToSet): string {
  return chosen.basisPoints === null
    ? `${title}: ${cents(chosen.perPaycheck)} per paycheck`
    : `${title}: ${chosen.label} of pay (${cents(chosen.perPaycheck)} from a regular paycheck)`;
}

/** Null when no paychecks are left: there is nothing to set. */
export function paycheckSummary(plan: PlanReady): PaycheckSummary | null {
  if (plan.rows.length === 0) return null;
  return {
    elections: [
      election("Pre-tax and Roth election to set now", plan.elections.deferral),
      election("After-tax election to set now", plan.elections.afterTax),
    ].map(pdfText),
    paychecks: plan.rows.map((row) =>
      pdfText(
        `${formatDate(row.date)}${row.kind === "bonus" ? " (bonus)" : ""}: pre-tax/Roth ${cents(row.deferral)}, after-tax ${cents(
          row.afterTax,
        )}, match ${cents(row.match)}; counted so far ${cents(row.annualAdditionsToDate)} of ${formatUsd(plan.limits.annualAdditionsLimit)}`,
      ),
    ),
    byRounding: pdfText(`Left on the table by rounding the elections: ${cents(plan.leftOnTable.byRounding)}.`),
    warnings: [
      ...(plan.yearEnd.trueUp > 0 ? [`Of the employer match for the year, ${cents(plan.yearEnd.trueUp)} is the true-up after the year.`] : []),
      ...(plan.frontLoad?.offered && plan.frontLoad.yearEnd.trueUp > 0
        ? [`With the faster schedule, your plan's true-up adds ${cents(plan.frontLoad.yearEnd.trueUp)} of match after the year, so no match is lost.`]
        : []),
      ...plan.warnings.map((warning) => `${warning.message} (${warning.citation})`),
    ].map(pdfText),
  };
}
