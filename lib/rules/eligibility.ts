// The eligibility decision (domain §3), clause by clause. A = after-tax contributions allowed,
// C = in-plan Roth conversion of after-tax money, W = in-service withdrawal of after-tax money.
//   1. A = no                         -> not eligible (no after-tax money to move)
//   2. C = no and W = no              -> not eligible (no route into Roth while employed)
//   3. A = yes and (C = yes or W = yes) -> eligible
//   4. anything else                  -> needs information: the unsure answers that decide it
// An in-plan Roth conversion exists only in a plan with a Roth program (IRC §402A(c)(4)(B);
// Notice 2010-84): C = yes with "no Roth deferrals" counts as unsure until the plan says which
// answer holds, unless W = yes decides it.
import { CITATIONS } from "./citations";
import type { Plan } from "./schema";

export type Status = "eligible" | "not_eligible" | "needs_info";
export type Route = "in_plan_conversion" | "in_service_withdrawal";

export interface Reason {
  readonly code: string;
  readonly message: string;
  readonly citation: string;
}

/** The plan features whose answer decides eligibility. */
export type DecidingFeature = "afterTaxContributions" | "inPlanRothConversion" | "inServiceWithdrawal" | "rothDeferralOption";

export interface Decision {
  readonly status: Status;
  /** The route that fits what is known of the plan: in-plan conversion is preferred. */
  readonly route: Route | null;
  readonly reasons: readonly Reason[];
  /** For needs_info, exactly the unsure answers that would settle the verdict. */
  readonly openQuestions: readonly DecidingFeature[];
}

const REASONS = {
  noAfterTax: {
    code: "NO_AFTER_TAX_CONTRIBUTIONS",
    message:
      "Your plan does not accept after-tax (non-Roth) contributions, so there is no after-tax money to move into Roth. A mega backdoor Roth needs that feature.",
    citation: CITATIONS.afterTaxContributions,
  },
  noRoute: {
    code: "NO_ROUTE_TO_ROTH",
    message:
      "Your plan allows neither in-plan Roth conversions nor in-service withdrawals of after-tax money, so after-tax money cannot reach Roth while you work there. It can still be rolled to a Roth IRA when you leave the employer.",
    citation: `${CITATIONS.inPlanRothConversion}; ${CITATIONS.rollOutAtSeparation}`,
  },
  afterTaxAllowed: {
    code: "AFTER_TAX_ALLOWED",
    message: "Your plan accepts after-tax (non-Roth) contributions above your regular deferrals.",
    citation: CITATIONS.afterTaxContributions,
  },
  afterTaxUnknown: {
    code: "AFTER_TAX_UNKNOWN",
    message: "We need to know whether your plan accepts after-tax (non-Roth) contributions.",
    citation: CITATIONS.afterTaxContributions,
  },
  conversion: {
    code: "ROUTE_IN_PLAN_CONVERSION",
    message: "Your plan lets you convert after-tax money to Roth inside the plan.",
    citation: CITATIONS.inPlanRothConversion,
  },
  withdrawal: {
    code: "ROUTE_IN_SERVICE_WITHDRAWAL",
    message:
      "Your plan lets you withdraw after-tax money while you still work there, so you can roll it to a Roth IRA.",
    citation: CITATIONS.inServiceWithdrawal,
  },
  conversionNeedsRoth: {
    code: "CONVERSION_NEEDS_ROTH_PROGRAM",
    message:
      "You said the plan converts after-tax money to Roth and that it offers no Roth deferrals, but an in-plan Roth conversion needs a Roth program in the plan (designated Roth accounts): one of the two answers needs checking. Ask whether the plan offers Roth contributions and in-plan Roth rollovers of after-tax money.",
    citation: "IRC §402A(c)(4)(B); Notice 2010-84",
  },
  routeUnknown: {
    code: "ROUTE_UNKNOWN",
    message:
      "We need to know whether your plan allows in-plan Roth conversions or in-service withdrawals of after-tax money: one of them is the way into Roth.",
    citation: `${CITATIONS.inPlanRothConversion}; ${CITATIONS.inServiceWithdrawal}`,
  },
} satisfies Record<string, Reason>;

/** A "yes" to in-plan conversion that the "no Roth deferrals" answer contradicts. */
export function conversionLacksRothProgram(plan: Pick<Plan, "inPlanRothConversion" | "rothDeferralOption">): boolean {
  return plan.inPlanRothConversion === "yes" && plan.rothDeferralOption === "no";
}

export function decideEligibility(plan: Plan): Decision {
  const afterTax = plan.afterTaxContributions;
  const lacksRoth = conversionLacksRothProgram(plan);
  const conversion = lacksRoth ? "unsure" : plan.inPlanRothConversion;
  const withdrawal = plan.inServiceWithdrawal;
  const noRoute = conversion === "no" && withdrawal === "no";

  if (afterTax === "no" || noRoute) {
    const reasons: Reason[] = [];
    if (afterTax === "no") reasons.push(REASONS.noAfterTax);
    if (noRoute) reasons.push(REASONS.noRoute);
    return { status: "not_eligible", route: null, reasons, openQuestions: [] };
  }

  const route: Route | null =
    conversion === "yes" ? "in_plan_conversion" : withdrawal === "yes" ? "in_service_withdrawal" : null;
  const routeReason = conversion === "yes" ? REASONS.conversion : withdrawal === "yes" ? REASONS.withdrawal : null;

  if (afterTax === "yes" && routeReason) {
    return {
      status: "eligible",
      route,
      reasons: lacksRoth ? [REASONS.afterTaxAllowed, REASONS.conversionNeedsRoth, routeReason] : [REASONS.afterTaxAllowed, routeReason],
      openQuestions: [],
    };
  }

  const reasons: Reason[] = [];
  const openQuestions: DecidingFeature[] = [];
  if (afterTax === "unsure") {
    reasons.push(REASONS.afterTaxUnknown);
    openQuestions.push("afterTaxContributions");
  } else {
    reasons.push(REASONS.afterTaxAllowed);
  }
  if (routeReason) {
    reasons.push(routeReason);
  } else {
    // Neither route is a yes and not both are no: the unsure ones decide.
    if (lacksRoth) reasons.push(REASONS.conversionNeedsRoth);
    reasons.push(REASONS.routeUnknown);
    if (lacksRoth) openQuestions.push("rothDeferralOption");
    else if (conversion === "unsure") openQuestions.push("inPlanRothConversion");
    if (withdrawal === "unsure") openQuestions.push("inServiceWithdrawal");
  }
  return { status: "needs_info", route, reasons, openQuestions };
}
