// The verdict from the plan answers alone, for a journey that ended early (domain §3: "no"
// to after-tax contributions, or "no" to both routes into Roth, decides it whatever the
// numbers). Nothing about pay or contributions is asked, so no room is computed.
import { alternativesFor } from "./alternatives";
import { decideEligibility } from "./eligibility";
import { resolveFigures } from "./figures";
import type { Alternative, Reason, Status } from "./result";
import type { Answers, Plan } from "./schema";

export interface EarlyVerdict {
  readonly status: Status;
  readonly reasons: readonly Reason[];
  readonly alternatives: readonly Alternative[];
}

type PlanFeatures = Pick<Plan, "afterTaxContributions" | "inPlanRothConversion" | "inServiceWithdrawal">;

export function evaluateEligibility(features: PlanFeatures, taxYear: number): EarlyVerdict {
  // The match does not enter the decision; the schema requires one, so say "none".
  const plan: Plan = { ...features, employerMatch: { kind: "none" } };
  const decision = decideEligibility(plan);
  const figures = resolveFigures({ taxYear } as Answers);
  return {
    status: decision.status,
    reasons: decision.reasons,
    alternatives: alternativesFor({ decision, figures, answers: { taxYear, plan } }),
  };
}
