// Questions for the plan administrator, worded to paste into an email, with the phrases to
// look for in the Summary Plan Description. One for each unsure answer where the answer matters.
import type { PlanQuestion, QuestionCode } from "./result";
import type { Situation } from "./situation";

const QUESTIONS: Record<QuestionCode, Omit<PlanQuestion, "decidesEligibility">> = {
  AFTER_TAX_CONTRIBUTIONS: {
    code: "AFTER_TAX_CONTRIBUTIONS",
    question:
      "Does the plan accept after-tax (non-Roth) employee contributions beyond the pre-tax and Roth deferral limit? If so, is there a plan limit on them, for example a percentage of pay per paycheck?",
    lookFor: [
      "after-tax contributions",
      "voluntary after-tax contributions",
      "employee after-tax account",
      "non-Roth after-tax",
      "Section 415 limit",
    ],
  },
  IN_PLAN_ROTH_CONVERSION: {
    code: "IN_PLAN_ROTH_CONVERSION",
    question:
      "Can after-tax contributions and their earnings be converted to Roth inside the plan (an in-plan Roth conversion or in-plan Roth rollover)? How often can I do it, and is there a fee?",
    lookFor: ["in-plan Roth conversion", "in-plan Roth rollover", "Roth in-plan conversion", "designated Roth account"],
  },
  IN_SERVICE_WITHDRAWAL: {
    code: "IN_SERVICE_WITHDRAWAL",
    question:
      "Can I withdraw my after-tax contributions while I still work here (an in-service withdrawal)? How often, and can the after-tax part go to a Roth IRA and the earnings to a traditional IRA in the same withdrawal?",
    lookFor: [
      "in-service withdrawal",
      "in-service distribution",
      "withdrawal of after-tax contributions",
      "after-tax account withdrawal",
    ],
  },
  AUTOMATIC_CONVERSION: {
    code: "AUTOMATIC_CONVERSION",
    question:
      "Can the plan convert my after-tax contributions to Roth automatically each time they are made, so that no earnings build up before conversion?",
    lookFor: ["automatic in-plan Roth conversion", "automatic Roth conversion", "auto-conversion", "ongoing conversion election"],
  },
  SEPARATE_AFTER_TAX_ACCOUNTING: {
    code: "SEPARATE_AFTER_TAX_ACCOUNTING",
    question:
      "Is my after-tax money (contributions and earnings) kept in its own account, so that I can withdraw it without taking a share of pre-tax money with it?",
    lookFor: ["separate account", "after-tax contribution account", "source of contributions", "pro rata", "order of withdrawals"],
  },
  ROTH_DEFERRAL_OPTION: {
    code: "ROTH_DEFERRAL_OPTION",
    question:
      "Does the plan offer Roth deferrals, including Roth catch-up contributions? From 2026, catch-ups of people whose last-year wages from the employer were over the Roth catch-up threshold must be Roth, so without a Roth option I couldn't make catch-ups.",
    lookFor: ["Roth elective deferrals", "designated Roth contributions", "Roth 401(k)", "catch-up contributions"],
  },
  HCE_AFTER_TAX_REFUNDS: {
    code: "HCE_AFTER_TAX_REFUNDS",
    question:
      "Were highly compensated employees' after-tax contributions refunded or capped last year because of the ACP nondiscrimination test, and is there a limit on them for highly compensated employees now?",
    lookFor: [
      "ACP test",
      "actual contribution percentage",
      "highly compensated employee",
      "excess aggregate contributions",
      "corrective distribution",
    ],
  },
};

// Built once: the same question deciding eligibility or not.
const DECIDING = new Map<QuestionCode, PlanQuestion>();
const NOT_DECIDING = new Map<QuestionCode, PlanQuestion>();
for (const question of Object.values(QUESTIONS)) {
  DECIDING.set(question.code, Object.freeze({ ...question, decidesEligibility: true }));
  NOT_DECIDING.set(question.code, Object.freeze({ ...question, decidesEligibility: false }));
}

function ask(code: QuestionCode, decidesEligibility: boolean): PlanQuestion {
  return (decidesEligibility ? DECIDING : NOT_DECIDING).get(code)!;
}

// "Conversion yes" with "no Roth deferrals": an in-plan Roth conversion needs a Roth program
// (IRC §402A(c)(4)(B); Notice 2010-84), so the Roth question decides the route.
const ROTH_PROGRAM_FOR_CONVERSION: PlanQuestion = Object.freeze({
  code: "ROTH_DEFERRAL_OPTION",
  question:
    "Does the plan offer Roth contributions (a designated Roth account)? And can after-tax contributions and their earnings be converted to Roth inside the plan (an in-plan Roth rollover or conversion)? A conversion in the plan needs a Roth program in it.",
  lookFor: ["designated Roth contributions", "Roth elective deferrals", "in-plan Roth rollover", "in-plan Roth conversion"],
  decidesEligibility: true,
});

export function questionsForPlan(situation: Situation): PlanQuestion[] {
  const { plan } = situation.answers;
  const { decision } = situation;
  const questions: PlanQuestion[] = [];

  // When the verdict is already "not eligible", no answer about plan features can change it.
  if (situation.afterTaxInvolved) {
    if (plan.afterTaxContributions === "unsure") questions.push(ask("AFTER_TAX_CONTRIBUTIONS", decision.openQuestions.includes("afterTaxContributions")));
    if (decision.openQuestions.includes("rothDeferralOption")) questions.push(ROTH_PROGRAM_FOR_CONVERSION);
    if (plan.inPlanRothConversion === "unsure") questions.push(ask("IN_PLAN_ROTH_CONVERSION", decision.openQuestions.includes("inPlanRothConversion")));
    // With in-plan conversion available, a withdrawal is not needed for new money; but an old
    // balance with earnings can be split under Notice 2014-54 only by a withdrawal: ask then too.
    if (plan.inServiceWithdrawal === "unsure" && (decision.route !== "in_plan_conversion" || situation.oldBalanceWithEarnings)) {
      questions.push(ask("IN_SERVICE_WITHDRAWAL", decision.openQuestions.includes("inServiceWithdrawal")));
    }
    // Automatic conversion only matters where in-plan conversion may be the route.
    if (plan.automaticConversion === "unsure" && situation.conversionPossible) {
      questions.push(ask("AUTOMATIC_CONVERSION", false));
    }
    // Separate accounting only matters where a withdrawal may be the route.
    if (
      plan.separateAfterTaxAccounting === "unsure" &&
      plan.inServiceWithdrawal !== "no" &&
      decision.route !== "in_plan_conversion"
    ) {
      questions.push(ask("SEPARATE_AFTER_TAX_ACCOUNTING", false));
    }
  }
  // The Roth option matters for anyone whose catch-up may have to be Roth, eligible or not.
  if (
    situation.rothCatchUpRequired !== false &&
    plan.rothDeferralOption !== "yes" &&
    plan.rothDeferralOption !== "no"
  ) {
    if (plan.rothDeferralOption === "unsure" || situation.rothCatchUpRequired === true) {
      questions.push(ask("ROTH_DEFERRAL_OPTION", false));
    }
  }
  if (situation.afterTaxInvolved && (situation.hce.isHce === true || situation.hce.likely)) {
    questions.push(ask("HCE_AFTER_TAX_REFUNDS", false));
  }
  return questions;
}
