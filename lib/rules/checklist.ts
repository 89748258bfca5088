// The to-do list, in the order a person works through it: confirm the plan's features, set the
// deferral election, set the after-tax election, arrange the move into Roth, watch the last
// paychecks, keep the records. Status: confirmed (you told us yes), to_confirm (not known yet),
// action (something to do).
import { formatUsd, fromCents } from "../money";
import type { ChecklistItem, ChecklistStatus } from "./result";
import type { YesNoUnsure } from "./schema";
import type { Situation } from "./situation";

const confirmStatus = (answer: YesNoUnsure | undefined): ChecklistStatus => (answer === "yes" ? "confirmed" : "to_confirm");

export function checklistFor(situation: Situation): ChecklistItem[] {
  const { answers, decision, room, deferrals, perPaycheck } = situation;
  const { plan } = answers;
  const items: ChecklistItem[] = [];
  const conversionPossible = plan.inPlanRothConversion !== "no";
  const withdrawalMayBeRoute = plan.inServiceWithdrawal !== "no" && decision.route !== "in_plan_conversion";

  if (!situation.afterTaxInvolved) {
    items.push({
      code: "ASK_EMPLOYER_TO_ADD_FEATURE",
      text:
        plan.afterTaxContributions === "no"
          ? "Ask your employer to add after-tax contributions and in-plan Roth conversions to the plan."
          : "Ask your employer to add in-plan Roth conversions (or in-service withdrawals) of after-tax money to the plan.",
      status: "action",
    });
  } else {
    items.push({
      code: "CONFIRM_AFTER_TAX_CONTRIBUTIONS",
      text: "Confirm the plan accepts after-tax (non-Roth) contributions, and any plan limit on them.",
      status: confirmStatus(plan.afterTaxContributions),
    });
    if (conversionPossible) {
      items.push({
        code: "CONFIRM_IN_PLAN_ROTH_CONVERSION",
        text: "Confirm the plan allows in-plan Roth conversions of after-tax money.",
        status: confirmStatus(plan.inPlanRothConversion),
      });
      if (plan.automaticConversion !== "no") {
        items.push({
          code: "CONFIRM_AUTOMATIC_CONVERSION",
          text: "Confirm whether the plan can convert after-tax contributions to Roth automatically.",
          status: confirmStatus(plan.automaticConversion),
        });
      }
    }
    if (withdrawalMayBeRoute) {
      items.push({
        code: "CONFIRM_IN_SERVICE_WITHDRAWAL",
        text: "Confirm the plan allows in-service withdrawals of after-tax money, and how often.",
        status: confirmStatus(plan.inServiceWithdrawal),
      });
      items.push({
        code: "CONFIRM_SEPARATE_AFTER_TAX_ACCOUNTING",
        text: "Confirm after-tax money is kept in its own account and can be withdrawn without pre-tax money.",
        status: confirmStatus(plan.separateAfterTaxAccounting),
      });
    }
    if (situation.hce.isHce === true || situation.hce.likely) {
      items.push({
        code: "CONFIRM_HCE_LIMITS",
        text: "Ask whether highly paid employees' after-tax contributions were refunded or capped last year (ACP test).",
        status: "to_confirm",
      });
    }
  }

  const deferralText =
    situation.rothCatchUpRequired === true && deferrals && deferrals.catchUpLimit > 0
      ? ` Make the catch-up part (${formatUsd(deferrals.catchUpLimit)} at most) as Roth.`
      : "";
  items.push({
    code: "SET_DEFERRAL_ELECTION",
    text:
      deferrals && deferrals.excessDeferrals > 0
        ? `Lower your deferral election: you are ${formatUsd(deferrals.excessDeferrals)} over your limit of ${formatUsd(
            deferrals.deferralLimit,
          )} across all plans.`
        : `Set your pre-tax or Roth deferral election to ${formatUsd(situation.deferralsHere)} for the year.${deferralText}`,
    status: "action",
    amount: fromCents(situation.deferralsHere),
  });

  if (!situation.afterTaxInvolved) {
    items.push({ code: "KEEP_RECORDS", text: "Keep your pay stubs and plan statements for the year.", status: "action" });
    return items;
  }

  if (room) {
    const perCheck = perPaycheck
      ? ` That is ${formatUsd(perPaycheck.amount)} per paycheck over ${perPaycheck.periods} paychecks${
          perPaycheck.percentOfPayWhole !== null ? `, or ${perPaycheck.percentOfPayWhole}% of pay as a whole-percent election` : ""
        } (rounded down so you don't go over).`
      : "";
    items.push({
      code: "SET_AFTER_TAX_ELECTION",
      text:
        room.afterTaxRemaining > 0
          ? `Set your after-tax contribution election to ${formatUsd(room.afterTaxRemaining)} for ${
              room.afterTaxYearToDate > 0 ? "the rest of the year" : "the year"
            }.${perCheck}`
          : "You have no after-tax room left this year: set your after-tax election to zero.",
      status: "action",
      amount: fromCents(room.afterTaxRemaining),
    });
  } else {
    items.push({
      code: "SET_AFTER_TAX_ELECTION",
      text: "Set your after-tax contribution election once you know this year's IRS limits.",
      status: "action",
    });
  }

  if (decision.route === "in_service_withdrawal") {
    items.push({
      code: "SCHEDULE_WITHDRAWALS",
      text: "Withdraw after-tax money often (each month or quarter): the after-tax part to a Roth IRA, the earnings to a traditional IRA or to Roth as taxable income.",
      status: "action",
    });
  } else if (plan.automaticConversion === "no") {
    items.push({
      code: "SCHEDULE_CONVERSIONS",
      text: "Convert after-tax money to Roth in the plan often (each month or quarter) so little earnings build up.",
      status: "action",
    });
  } else {
    items.push({
      code: "TURN_ON_AUTOMATIC_CONVERSION",
      text: "Turn on automatic in-plan Roth conversion of after-tax contributions; if the plan has none, convert often instead.",
      status: "action",
    });
  }

  items.push({
    code: "WATCH_LAST_PAYCHECKS",
    text: "Watch your last paychecks of the year: stop after-tax contributions once you reach your room, because payroll may not stop them.",
    status: "action",
  });
  items.push({
    code: "KEEP_RECORDS",
    text:
      decision.route === "in_service_withdrawal"
        ? "Keep records: the plan reports each rollover on Form 1099-R (code G for a direct rollover), and you report it on Form 1040 lines 5a and 5b. Keep a record of the after-tax contributions (basis) rolled to your Roth IRA: you need it when you later take money out of the Roth IRA. Form 8606 is for IRAs: it matters for the traditional IRA that took the earnings, not for the plan."
        : "Keep records: the plan reports each in-plan conversion on Form 1099-R (code G), and you report it on Form 1040 lines 5a and 5b (only the earnings are taxable). An in-plan conversion withholds no tax: if the taxable earnings are large, pay estimated tax.",
    status: "action",
  });
  return items;
}
