// What to do instead when the plan can't do a mega backdoor Roth (domain §3).
import { formatUsd } from "../money";
import { CITATIONS } from "./citations";
import { limitsForYear } from "./limits";
import type { Alternative } from "./result";
import type { Situation } from "./situation";

/** Only the verdict, the plan answers and the year's figures decide the alternatives. */
export type AlternativesInput = Pick<Situation, "decision" | "figures"> & {
  readonly answers: Pick<Situation["answers"], "taxYear" | "plan">;
};

export function alternativesFor(situation: AlternativesInput): Alternative[] {
  if (situation.decision.status !== "not_eligible") return [];
  const { plan } = situation.answers;
  const alternatives: Alternative[] = [];
  alternatives.push({
    code: "ASK_EMPLOYER_TO_ADD_FEATURE",
    title: "Ask your employer to add the feature",
    text:
      plan.afterTaxContributions === "no"
        ? "Plans can add after-tax contributions and in-plan Roth conversions with an amendment. Ask HR or the benefits team; many employers add them when employees ask."
        : "Plans can add in-plan Roth conversions or in-service withdrawals of after-tax money with an amendment. Ask HR or the benefits team.",
    citation: `${CITATIONS.afterTaxContributions}; ${CITATIONS.inPlanRothConversion}`,
  });
  if (plan.afterTaxContributions !== "no") {
    alternatives.push({
      code: "ROLL_OUT_AT_SEPARATION",
      title: "Contribute after tax now, move it to Roth when you leave",
      text: "After-tax contributions can be rolled to a Roth IRA when you leave this employer, with the earnings going to a traditional IRA. Until then the earnings grow tax-deferred, not tax-free.",
      citation: CITATIONS.rollOutAtSeparation,
    });
  }
  const iraLimit = situation.figures?.iraContribution;
  // The catch-up is in the table only; entered figures for an unknown year don't include it.
  const iraCatchUp = limitsForYear(situation.answers.taxYear)?.iraCatchUp.cents;
  alternatives.push({
    code: "BACKDOOR_ROTH_IRA",
    title: "Backdoor Roth IRA",
    text: `Contribute to a traditional IRA${
      iraLimit ? ` (up to ${formatUsd(iraLimit)} in ${situation.answers.taxYear}${iraCatchUp ? `, plus a ${formatUsd(iraCatchUp)} catch-up at 50 or over` : ""})` : ""
    }${iraLimit ? "" : ", with a catch-up at 50 or over,"} without deducting it, then convert it to a Roth IRA. Pre-tax money already in any traditional, SEP or SIMPLE IRA makes part of the conversion taxable (Form 8606).`,
    citation: CITATIONS.backdoorRothIra,
  });
  alternatives.push({
    code: "HSA",
    title: "Health savings account",
    text: "If you are covered by a high-deductible health plan, are not enrolled in Medicare and have no other health coverage that isn't a high-deductible plan, an HSA takes pre-tax money and pays qualified medical costs tax-free.",
    citation: CITATIONS.hsa,
  });
  alternatives.push({
    code: "TAXABLE_ACCOUNT",
    title: "Taxable brokerage account",
    text: "Beyond that, low-turnover index funds in a taxable account keep the yearly tax on growth low.",
    citation: "IRC §1(h)",
  });
  return alternatives;
}
