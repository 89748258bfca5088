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
      )} over your limit of ${formatUsd(deferrals.deferralLimit)}. Lower your election now, or ask a plan to pay back the excess (with its earnings) by April 15 of next year; if you don't, it is taxed twice.`,
      citation: CITATIONS.excessDeferrals,
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
    warnings.push({
      code: "EARNINGS_TAXABLE_ON_CONVERSION",
      message: `${byRoute} Move after-tax money to Roth as soon as you can; automatic in-plan conversion keeps the taxable part near zero.${estimate}`,
      citation: CITATIONS.earningsTaxable,
    });

    if (decision.route === "in_service_withdrawal" && plan.separateAfterTaxAccounting !== "yes") {
      warnings.push({
        code: "PRO_RATA_DISTRIBUTION",
        message:
          plan.separateAfterTaxAccounting === "no"
            ? "Your plan can't pay out after-tax money on its own, so an in-service withdrawal will carry a share of pre-tax money that is taxable (and may be penalized before 59½). Ask how the plan orders withdrawals before you take one."
            : "Unless your plan keeps after-tax money in its own account, an in-service withdrawal carries a proportional share of pre-tax money that is taxable. Ask the plan whether after-tax contributions can be withdrawn on their own.",
        citation: CITATIONS.proRata,
      });
    }

    if (hce.isHce === true || hce.likely) {
      warnings.push({
        code: "ACP_TEST_RISK",
        message: hce.isHce
          ? "Your pay last year makes you a highly compensated employee. After-tax contributions count in the plan's yearly nondiscrimination (ACP) test; if the plan fails it, part of your after-tax money can be refunded after the year ends. Ask whether highly paid employees' after-tax contributions were refunded or capped last year."
          : "Your pay is over the highly compensated employee threshold, so you are likely one next year, and may already be one if last year's pay was too. After-tax contributions of highly paid employees can be refunded if the plan fails its ACP test. Ask whether that happened last year.",
        citation: CITATIONS.acpTest,
      });
    }

    if (room && (room.afterTaxRemaining > 0 || room.afterTaxOverContributed > 0)) {
      warnings.push({
        code: "OVERSHOOT_RISK",
        message:
          room.afterTaxOverContributed > 0
            ? `You have already contributed ${formatUsd(room.afterTaxOverContributed)} more after tax than fits under this year's limit. Stop after-tax contributions and ask the plan to refund the excess before your tax return is due.`
            : "Payroll may not stop after-tax contributions when you reach the annual additions limit. Round your per-paycheck election down, watch your last paychecks of the year, and stop contributions once you reach your room.",
        citation: CITATIONS.overshoot,
      });
    }
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
