// The to-do list, in the order a person works through it: confirm the plan's features, set the
// deferral election, set the after-tax election, arrange the move into Roth, watch the last
// paychecks, keep the records. Status: confirmed (you told us yes), to_confirm (not known yet),
// action (something to do). A closed year has no election to make and no paycheck to watch: its
// list is the move into Roth of what went in, and the records (the look-back holds the corrections).
import { formatUsd, fromCents } from "../money";
import type { ChecklistItem, ChecklistStatus } from "./result";
import type { YesNoUnsure } from "./schema";
import type { Situation } from "./situation";

const confirmStatus = (answer: YesNoUnsure | undefined): ChecklistStatus => (answer === "yes" ? "confirmed" : "to_confirm");

export function checklistFor(situation: Situation): ChecklistItem[] {
  const { answers, decision, room, deferrals, perPaycheck } = situation;
  const { plan } = answers;
  const items: ChecklistItem[] = [];
  const { conversionPossible, oldBalanceWithEarnings } = situation;
  const closed = situation.timing.closed;
  const year = answers.taxYear;
  // A withdrawal is the route, may be, or is the only way to split an old balance's earnings off.
  const withdrawalMayBeRoute =
    plan.inServiceWithdrawal !== "no" && (decision.route !== "in_plan_conversion" || oldBalanceWithEarnings);

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

  if (!closed) {
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
  }

  if (!situation.afterTaxInvolved) {
    items.push({
      code: "KEEP_RECORDS",
      text: closed ? `Keep your pay stubs, W-2 and plan statements for ${year}.` : "Keep your pay stubs and plan statements for the year.",
      status: "action",
    });
    return items;
  }

  if (!closed && room) {
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
  } else if (!closed) {
    items.push({
      code: "SET_AFTER_TAX_ELECTION",
      text: situation.selfEmployment?.refused
        ? "Set your after-tax contribution election once your earned income is worked out (IRS Publication 560)."
        : "Set your after-tax contribution election once you know this year's IRS limits.",
      status: "action",
    });
  }

  const withdrawalRoute = decision.route === "in_service_withdrawal" || !conversionPossible;
  if (closed) {
    items.push({
      code: withdrawalRoute ? "SCHEDULE_WITHDRAWALS" : "SCHEDULE_CONVERSIONS",
      text: withdrawalRoute
        ? `If after-tax money from ${year} is still in the plan, withdraw it: the after-tax part to a Roth IRA, the earnings to a traditional IRA or to Roth as taxable income.`
        : `If after-tax money from ${year} is still in the plan as after-tax money, convert it to Roth in the plan: its earnings are taxed when converted.`,
      status: "action",
    });
  } else if (withdrawalRoute) {
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

  if (!closed) {
    items.push({
      code: "WATCH_LAST_PAYCHECKS",
      text: "Watch your last paychecks of the year: stop after-tax contributions once you reach your room, because payroll may not stop them.",
      status: "action",
    });
  }
  items.push({ code: "KEEP_RECORDS", text: recordsText(withdrawalRoute, situation.afterTaxSplit !== null), status: "action" });
  return items;
}

// The records a person keeps (domain §5, records). Rollover of basis to a Roth IRA: Form 1099-R
// code G with the basis in box 5, recorded on Form 8606 Part III line 24 for later Roth IRA
// withdrawals. The 5-year rule on the taxable part of a conversion before 59½ (§402A(c)(4)(D),
// §408A(d)(3)(F)); the Roth IRA ordering rule (§408A(d)(4)(B)); 20% withheld when paid to the
// person rather than rolled over (§3405(c)).
const RECORDS = {
  conversion:
    "Keep records: the plan reports each in-plan conversion on Form 1099-R (code G), and you report it on Form 1040 lines 5a and 5b (only the earnings are taxable). An in-plan conversion withholds no tax: if the taxable earnings are large, pay estimated tax. The taxable part of a conversion taken out within 5 years, before 59½, carries the 10% additional tax (IRC §402A(c)(4)(D)).",
  withdrawal:
    "Keep records: the plan reports each rollover on Form 1099-R (code G for a direct rollover), with your after-tax contributions (basis) in box 5, and you report it on Form 1040 lines 5a and 5b. Record the basis rolled to your Roth IRA on Form 8606 Part III (line 24, rollovers from qualified plans): you need it when you later take money out of the Roth IRA. There, converted money comes out in order, the taxable part before the basis (IRC §408A(d)(4)(B)), and a taxable part taken out within 5 years, before 59½, carries the 10% additional tax (IRC §408A(d)(3)(F)). Have the plan pay the rollover directly to the IRAs: paid to you, 20% of the taxable part is withheld (IRC §3405(c)).",
} as const;

/** `splitOffered`: an old balance may be withdrawn and split, so both routes' records apply. */
function recordsText(withdrawalRoute: boolean, splitOffered: boolean): string {
  if (withdrawalRoute) return RECORDS.withdrawal;
  return splitOffered ? `${RECORDS.conversion} If you withdraw your balance instead: ${RECORDS.withdrawal.replace("Keep records: the", "the")}` : RECORDS.conversion;
}
