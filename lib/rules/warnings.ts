// The warnings (domain §5), each read off the situation, in a fixed order: first what could cost
// money or break a limit, then what to watch. Codes are stable; messages are for the person.
import { formatUsd } from "../money";
import { CITATIONS } from "./citations";
import { KNOWN_TAX_YEARS, ROTH_CATCH_UP_RULE } from "./limits";
import type { Warning } from "./result";
import type { Situation } from "./situation";

export function warningsFor(situation: Situation): Warning[] {
  const { answers, decision, figures, deferrals, room, hce } = situation;
  const { plan } = answers;
  const warnings: Warning[] = [];

  if (!figures) {
    warnings.push({
      code: "UNKNOWN_YEAR",
      message: `The app doesn't have the IRS limits for ${answers.taxYear}: they change every year and the IRS publishes the next year's figures each autumn. Enter the figures from the IRS notice for ${answers.taxYear}, or choose ${KNOWN_TAX_YEARS.join(" or ")}. Until then we can't work out your room.`,
      citation: CITATIONS.yearlyFigures,
    });
  }

  if (deferrals && deferrals.excessDeferrals > 0) {
    warnings.push({
      code: "EXCESS_DEFERRALS",
      message: `Your deferrals across all plans this year (${formatUsd(deferrals.totalDeferrals)}) are ${formatUsd(
        deferrals.excessDeferrals,
      )} over your limit of ${formatUsd(deferrals.deferralLimit)}. Lower your election now, and ask a plan to pay back the excess with its earnings by April 15 of next year; if it stays in a plan, it is taxed twice and counts toward that plan's annual additions limit. The after-tax room shown here assumes the excess is paid back by April 15.`,
      citation: CITATIONS.excessDeferrals,
    });
  }

  if (figures && situation.pay > figures.compensation) {
    warnings.push({
      code: "PAY_CAP_STOPS_CONTRIBUTIONS",
      message: `Your pay is over the ${formatUsd(figures.compensation)} compensation limit for ${figures.taxYear}. Plan formulas count pay only up to that limit, and many plans stop taking a percent-of-pay election once your pay so far reaches it, which can be months before December. The percentages here are worked out on ${formatUsd(
        figures.compensation,
      )} of pay; ask your plan whether contributions stop at the limit, or set a dollar amount per paycheck instead.`,
      citation: CITATIONS.payCap,
    });
  }

  if (situation.rothCatchUpRequired === true) {
    const noRoth = deferrals?.catchUpLostWithoutRoth === true;
    warnings.push({
      code: "ROTH_CATCH_UP_REQUIRED",
      message: noRoth
        ? "Your wages from this employer last year were over the Roth catch-up threshold, so any catch-up contributions must be Roth, and your plan has no Roth option: you can't make catch-up contributions this year. Your deferral limit is the regular limit only."
        : `Your wages from this employer last year were over the Roth catch-up threshold${
            figures?.rothCatchUpWageThreshold ? ` (${formatUsd(figures.rothCatchUpWageThreshold)})` : ""
          }, so your catch-up contributions this year must be Roth, not pre-tax. Check that your deferral election sends the catch-up to Roth.${
            answers.taxYear < ROTH_CATCH_UP_RULE.finalRegulationsFirstYear
              ? ` The final rules apply from ${ROTH_CATCH_UP_RULE.finalRegulationsFirstYear}; until then plans follow them in good faith.`
              : ""
          }`,
      citation: CITATIONS.rothCatchUp,
    });
  } else if (situation.rothCatchUpRequired === null) {
    warnings.push({
      code: "ROTH_CATCH_UP_REQUIRED",
      message:
        "At 50 or over, your catch-up contributions must be Roth if last year's Social Security (FICA) wages from this employer were over the threshold, and without a Roth option in the plan you can't make catch-ups at all. Check box 3 of last year's W-2 from this employer.",
      citation: CITATIONS.rothCatchUp,
    });
  }

  if (situation.afterTaxInvolved) {
    const earnings = situation.taxableEarningsEstimate;
    const estimate =
      earnings === null
        ? answers.contributions.afterTaxBalance !== undefined
          ? " Ask the plan how much of your after-tax balance is earnings: that part is what would be taxed."
          : ""
        : earnings === 0
          ? " Your after-tax balance has no earnings now, so converting it now would add no taxable income."
          : ` Moving your after-tax balance now would make about ${formatUsd(earnings)} of earnings taxable (or send it to a traditional IRA on a rollover).`;
    const byRoute =
      decision.route === "in_service_withdrawal"
        ? "Growth on after-tax money before you withdraw it is pre-tax money: it goes to a traditional IRA, or is taxed as income if you roll it to a Roth IRA."
        : "Growth on after-tax money before it is converted is taxed as ordinary income when you convert it.";
    const split = situation.afterTaxSplit;
    const splitText = split
      ? ` Your plan offers both routes for your ${formatUsd(split.basisToRothIra + split.earningsToTraditionalIra)} after-tax balance: an in-plan conversion makes the ${formatUsd(
          split.earningsToTraditionalIra,
        )} of earnings taxable now; an in-service withdrawal can send the ${formatUsd(
          split.basisToRothIra,
        )} of after-tax contributions to a Roth IRA with no tax and the ${formatUsd(
          split.earningsToTraditionalIra,
        )} of earnings to a traditional IRA, untaxed until you take it out (Notice 2014-54).`
      : "";
    warnings.push({
      code: "EARNINGS_TAXABLE_ON_CONVERSION",
      message: `${byRoute} Move after-tax money to Roth as soon as you can; automatic in-plan conversion keeps the taxable part near zero.${estimate}${splitText}`,
      citation: CITATIONS.earningsTaxable,
    });

    if (plan.inServiceWithdrawal === "yes" && earnings !== null && earnings > 0) {
      warnings.push({
        code: "BACKDOOR_IRA_PRO_RATA",
        message: `If you take the withdrawal route and send the ${formatUsd(
          earnings,
        )} of earnings to a traditional IRA, a backdoor Roth IRA becomes partly taxable: every conversion from your IRAs is taxed in proportion to the pre-tax money in all your traditional, SEP and SIMPLE IRAs at the end of the year. Converting the earnings in the plan instead, or rolling the traditional IRA into a workplace plan that accepts it, avoids that. Form 8606 tracks it.`,
        citation: CITATIONS.backdoorIraProRata,
      });
    }

    if (decision.route === "in_service_withdrawal" && plan.separateAfterTaxAccounting !== "yes") {
      warnings.push({
        code: "PRO_RATA_DISTRIBUTION",
        message:
          plan.separateAfterTaxAccounting === "no"
            ? "Your plan can't pay out after-tax money on its own, so an in-service withdrawal will carry a share of pre-tax money. Roll that pre-tax share directly to a traditional IRA and it is not taxed; paid to you, it is taxable (plus 10% before 59½). Ask how the plan orders withdrawals before you take one."
            : "Unless your plan keeps after-tax money in its own account, an in-service withdrawal carries a proportional share of pre-tax money. Roll that pre-tax share directly to a traditional IRA and it is not taxed; paid to you, it is taxable (plus 10% before 59½). Ask the plan whether after-tax contributions can be withdrawn on their own.",
        citation: CITATIONS.proRata,
      });
    }

    if (hce.isHce === true || hce.likely) {
      warnings.push({
        code: "ACP_TEST_RISK",
        message: `${
          hce.fivePercentOwner
            ? "You own more than 5% of the business, this year or last, so you are a highly compensated employee whatever your pay."
            : hce.isHce
              ? "Your pay last year was over the threshold, so you are likely a highly compensated employee (unless your employer limits that group to the top-paid 20% of staff and you are not in it)."
              : "Your pay is over the highly compensated employee threshold, so you are likely one next year, and may already be one if last year's pay was over it too."
        } Highly paid employees' after-tax contributions count in the plan's yearly nondiscrimination (ACP) test, and safe-harbor plans still test after-tax money; if the plan fails, part of your after-tax money can be refunded after the year ends. Ask whether highly paid employees' after-tax contributions were refunded or capped last year.`,
        citation: CITATIONS.acpTest,
      });
    }

    if (room && (room.afterTaxRemaining > 0 || room.afterTaxOverContributed > 0)) {
      warnings.push({
        code: "OVERSHOOT_RISK",
        message:
          room.afterTaxOverContributed > 0
            ? `You have already contributed ${formatUsd(room.afterTaxOverContributed)} more after tax than fits under this year's limit. Stop after-tax contributions now and ask the plan to correct the excess: it corrects it under the IRS correction program (EPCRS, Rev. Proc. 2021-30) by returning the after-tax money; the earnings on it are taxable and can't be rolled over.`
            : "Payroll may not stop after-tax contributions when you reach the annual additions limit. Round your per-paycheck election down to the plan's increment, watch your last paychecks of the year, and stop contributions once you reach your room. An excess is corrected by the plan under EPCRS (Rev. Proc. 2021-30): the after-tax money comes back and its earnings are taxable and can't be rolled over.",
        citation: CITATIONS.overshoot,
      });
    }
  }

  if (situation.afterTaxInvolved && room && (plan.lateEmployerMoney === "yes" || plan.lateEmployerMoney === "unsure")) {
    warnings.push({
      code: "EMPLOYER_MONEY_AFTER_YEAR_END",
      message: `${
        plan.lateEmployerMoney === "yes" ? "Your employer adds money for the year after it ends" : "You are not sure whether your employer adds money for the year after it ends"
      } (a match true-up, profit sharing decided later, forfeitures, or another plan of the same employer such as an ESOP). That money still counts toward this year's ${formatUsd(
        room.annualAdditionsLimit,
      )} limit, and the room here does not include it. Leave a buffer: hold back about ${formatUsd(
        situation.employerMoneyBuffer,
      )} of after-tax contributions (5% of your pay up to the compensation limit, a rule of thumb) until you know what the employer added last year, and use that figure instead.`,
      citation: CITATIONS.lateEmployerMoney,
    });
  }

  if (situation.afterTaxInvolved && plan.calendarPlanYear === "no") {
    warnings.push({
      code: "PLAN_YEAR_NOT_CALENDAR",
      message:
        "Your plan year does not run from January to December. The deferral limit and catch-ups run by calendar year, but the annual additions limit, the ACP test and any true-up run by the plan's limitation year. The room here is worked out for a calendar year: ask the plan for its limitation year and count your contributions and employer money within it.",
      citation: CITATIONS.planYear,
    });
  }

  const leftAfterContributions = situation.pay - situation.payrollTax - situation.employeeContributions;
  if (leftAfterContributions < 0) {
    warnings.push({
      code: "CASH_FLOW",
      message: `Your contributions for the year (${formatUsd(situation.employeeContributions)}) are more than your pay after payroll taxes (about ${formatUsd(
        situation.pay - situation.payrollTax,
      )}), before any income tax is withheld. Your paychecks can't fund them all: plan a smaller election.`,
      citation: CITATIONS.cashFlow,
    });
  }

  return warnings;
}
