// The warnings (domain §5), each read off the situation, in a fixed order: first what could cost
// money or break a limit, then what to watch. Codes are stable; messages are for the person.
// A closed year (domain §4, item 8) is spoken of in the past: what happened and what to correct,
// never an election to make, and nothing to watch.
import { formatUsd, toCents } from "../money";
import { CITATIONS } from "./citations";
import { KNOWN_TAX_YEARS, ROTH_CATCH_UP_RULE } from "./limits";
import type { Warning } from "./result";
import type { Situation } from "./situation";
import { refundDeadlineText } from "./year";

/**
 * Excess deferrals (IRC §402(g)): refunded with earnings by April 15 of the next year they are
 * taxed once; after that the excess is taxed in the year deferred and again when paid out
 * (§402(g)(6)), and it counts toward the annual additions limit. Across unrelated employers' plans
 * the person tells a plan by its notice deadline (often March 1, Treas. Reg. §1.402(g)-1(e)(2));
 * an excess inside one employer's plans breaks §401(a)(30) and the plan itself corrects it.
 */
export function excessDeferralsMessage(situation: Situation): string {
  const { deferrals, timing, deferralsHere, answers } = situation;
  if (!deferrals) return "";
  const year = answers.taxYear;
  const deadline = refundDeadlineText(year);
  const excess = formatUsd(deferrals.excessDeferrals);
  const limit = formatUsd(deferrals.deferralLimit);
  const total = formatUsd(deferrals.totalDeferrals);
  const inThisPlan = deferralsHere > deferrals.deferralLimit;
  const whoCorrects = inThisPlan
    ? " Your deferrals to this plan alone are over the limit, so the plan itself must correct it: a plan may not take more than the limit from one person (IRC §401(a)(30))."
    : "";
  const codes = "The refund comes on Form 1099-R with code 8 (taxable in the year paid) or P (taxable in the year deferred).";
  if (timing.closed && timing.refundDeadlinePassed) {
    return `Your deferrals across all plans in ${year} (${total}) were ${excess} over your limit of ${limit}, and the ${deadline} deadline to pay back the excess has passed. The excess is taxed in ${year} and again when it is paid out (IRC §402(g)(6)), and it counts toward the plan's annual additions limit for ${year}; the figures here count it in full.${
      inThisPlan
        ? " Your deferrals to this plan alone were over the limit, so the plan must correct it (IRC §401(a)(30)) under the IRS correction program (EPCRS, Rev. Proc. 2021-30): ask the plan, and a tax adviser."
        : " Ask a tax adviser how to report it."
    }`;
  }
  if (timing.closed) {
    return `Your deferrals across all plans in ${year} (${total}) were ${excess} over your limit of ${limit}. Ask a plan to pay back the excess with its earnings by ${deadline}, even if its notice deadline (often March 1) has passed: paid back by then, it is taxed once and doesn't count toward the plan's annual additions limit. After ${deadline} it is taxed in ${year} and again when paid out (IRC §402(g)(6)). ${codes}${whoCorrects} The room here assumes the excess is paid back by ${deadline}.`;
  }
  return `Your deferrals across all plans this year (${total}) are ${excess} over your limit of ${limit}. Lower your election now. ${
    inThisPlan
      ? "Ask the plan to pay back the excess with its earnings"
      : `Tell one plan by its notice deadline (often March 1 of ${year + 1}) which part of the excess it should pay back, with its earnings,`
  } by ${deadline}: paid back by then, it is taxed once and doesn't count toward the plan's annual additions limit. Left in a plan, it is taxed in ${year} and again when paid out (IRC §402(g)(6)). ${codes}${whoCorrects} The after-tax room shown here assumes the excess is paid back by ${deadline}.`;
}

export function warningsFor(situation: Situation): Warning[] {
  const { answers, decision, figures, deferrals, room, hce } = situation;
  const { plan } = answers;
  const closed = situation.timing.closed;
  const year = answers.taxYear;
  const warnings: Warning[] = [];

  if (!figures) {
    warnings.push({
      code: "UNKNOWN_YEAR",
      message: `The app doesn't have the IRS limits for ${answers.taxYear}: they change every year and the IRS publishes the next year's figures each autumn. Enter the figures from the IRS notice for ${answers.taxYear}, or choose ${KNOWN_TAX_YEARS.join(" or ")}. Until then we can't work out your room.`,
      citation: CITATIONS.yearlyFigures,
    });
  }

  if (deferrals && deferrals.excessDeferrals > 0) {
    warnings.push({ code: "EXCESS_DEFERRALS", message: excessDeferralsMessage(situation), citation: CITATIONS.excessDeferrals });
  }

  if (figures && situation.pay > figures.compensation) {
    const cap = formatUsd(figures.compensation);
    warnings.push({
      code: "PAY_CAP_STOPS_CONTRIBUTIONS",
      message: closed
        ? `Your pay was over the ${cap} compensation limit for ${year}. Plan formulas counted pay only up to that limit, and many plans stopped a percent-of-pay election once pay so far reached it; the figures here use ${cap} of pay.`
        : `Your pay is over the ${cap} compensation limit for ${figures.taxYear}. Plan formulas count pay only up to that limit, and many plans stop taking a percent-of-pay election once your pay so far reaches it, which can be months before December. The percentages here are worked out on ${cap} of pay; ask your plan whether contributions stop at the limit, or set a dollar amount per paycheck instead.`,
      citation: CITATIONS.payCap,
    });
  }

  if (situation.rothCatchUpRequired === true) {
    const noRoth = deferrals?.catchUpLostWithoutRoth === true;
    const threshold = figures?.rothCatchUpWageThreshold ? ` (${formatUsd(figures.rothCatchUpWageThreshold)})` : "";
    warnings.push({
      code: "ROTH_CATCH_UP_REQUIRED",
      message: closed
        ? noRoth
          ? `Your wages from this employer in ${year - 1} were over the Roth catch-up threshold${threshold} and your plan had no Roth option, so no catch-up contributions were allowed in ${year}: your deferral limit was the regular limit only.`
          : `Your wages from this employer in ${year - 1} were over the Roth catch-up threshold${threshold}, so your catch-up contributions in ${year} had to be Roth. If any went in pre-tax, ask the plan how it corrects them.`
        : noRoth
          ? "Your wages from this employer last year were over the Roth catch-up threshold, so any catch-up contributions must be Roth, and your plan has no Roth option: you can't make catch-up contributions this year. Your deferral limit is the regular limit only."
          : `Your wages from this employer last year were over the Roth catch-up threshold${threshold}, so your catch-up contributions this year must be Roth, not pre-tax. Check that your deferral election sends the catch-up to Roth.${
              year < ROTH_CATCH_UP_RULE.finalRegulationsFirstYear
                ? ` The final rules apply from ${ROTH_CATCH_UP_RULE.finalRegulationsFirstYear}; until then plans follow them in good faith.`
                : ""
            }`,
      citation: CITATIONS.rothCatchUp,
    });
  } else if (situation.rothCatchUpRequired === null) {
    warnings.push({
      code: "ROTH_CATCH_UP_REQUIRED",
      message: closed
        ? `At 50 or over, catch-up contributions in ${year} had to be Roth if your ${year - 1} Social Security (FICA) wages from this employer were over the threshold. Check box 3 of your ${year - 1} W-2 from this employer.`
        : "At 50 or over, your catch-up contributions must be Roth if last year's Social Security (FICA) wages from this employer were over the threshold, and without a Roth option in the plan you can't make catch-ups at all. Check box 3 of last year's W-2 from this employer.",
      citation: CITATIONS.rothCatchUp,
    });
  }

  if (situation.afterTaxInvolved) {
    const earnings = situation.taxableEarningsEstimate;
    const withdrawalOnly = !situation.conversionPossible;
    const byRoute = withdrawalOnly
      ? "Growth on after-tax money before you withdraw it is pre-tax money: it goes to a traditional IRA, or is taxed as income if you roll it to a Roth IRA."
      : decision.route === "in_service_withdrawal"
        ? "Growth on after-tax money before you move it is pre-tax money: withdrawn, it goes to a traditional IRA (or is taxed if you roll it to a Roth IRA); converted in the plan, it is taxed as ordinary income."
        : "Growth on after-tax money before it is converted is taxed as ordinary income when you convert it.";
    const promptly = withdrawalOnly
      ? "Move after-tax money to Roth as soon as you can: withdrawing often keeps the earnings small."
      : "Move after-tax money to Roth as soon as you can; automatic in-plan conversion keeps the taxable part near zero.";
    warnings.push({
      code: "EARNINGS_TAXABLE_ON_CONVERSION",
      message: `${byRoute} ${promptly}${oldBalanceText(situation)}`,
      citation: CITATIONS.earningsTaxable,
    });

    if (plan.inServiceWithdrawal !== "no" && earnings !== null && earnings > 0) {
      warnings.push({
        code: "BACKDOOR_IRA_PRO_RATA",
        message: `If you take the withdrawal route and send the ${formatUsd(
          earnings,
        )} of earnings to a traditional IRA, a backdoor Roth IRA becomes partly taxable: every conversion from your IRAs is taxed in proportion to the pre-tax money in all your traditional, SEP and SIMPLE IRAs at the end of the year. ${
          situation.conversionPossible
            ? "Converting the earnings in the plan instead, or rolling the traditional IRA into a workplace plan that accepts it, avoids that."
            : "Rolling the traditional IRA into a workplace plan that accepts it avoids that."
        } Form 8606 tracks it.`,
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
      const who = hce.fivePercentOwner
        ? `You own more than 5% of the business, ${closed ? `in ${year} or ${year - 1}` : "this year or last"}, so you are a highly compensated employee whatever your pay.`
        : hce.isHce
          ? `Your pay in ${year - 1} was over the threshold, so you are likely a highly compensated employee for ${year} (unless your employer limits that group to the top-paid 20% of staff and you are not in it).`
          : "Your pay is over the highly compensated employee threshold, so you are likely one the year after, and may already be one if the year before's pay was over it too.";
      warnings.push({
        code: "ACP_TEST_RISK",
        message: closed
          ? `${who} Highly paid employees' after-tax contributions count in the plan's yearly nondiscrimination (ACP) test, and safe-harbor plans still test after-tax money; if the plan failed the test for ${year}, part of your after-tax money is refunded after the year, reported on Form 1099-R with code 8. Ask the plan whether it refunded any for ${year}.`
          : `${who} Highly paid employees' after-tax contributions count in the plan's yearly nondiscrimination (ACP) test, and safe-harbor plans still test after-tax money; if the plan fails, part of your after-tax money can be refunded after the year ends (Form 1099-R, code 8). Ask whether highly paid employees' after-tax contributions were refunded or capped last year.`,
        citation: CITATIONS.acpTest,
      });
    }

    if (room && room.afterTaxOverContributed > 0) {
      warnings.push({
        code: "OVERSHOOT_RISK",
        message: closed
          ? `You contributed ${formatUsd(room.afterTaxOverContributed)} more after tax than fitted under ${year}'s limit. Ask the plan to correct the excess: it corrects it under the IRS correction program (EPCRS, Rev. Proc. 2021-30) by returning the after-tax money, reported on Form 1099-R with code E; the earnings on it are taxable and can't be rolled over.`
          : `You have already contributed ${formatUsd(room.afterTaxOverContributed)} more after tax than fits under this year's limit. Stop after-tax contributions now and ask the plan to correct the excess: it corrects it under the IRS correction program (EPCRS, Rev. Proc. 2021-30) by returning the after-tax money, reported on Form 1099-R with code E; the earnings on it are taxable and can't be rolled over.`,
        citation: CITATIONS.overshoot,
      });
    } else if (room && room.afterTaxRemaining > 0 && !closed) {
      warnings.push({
        code: "OVERSHOOT_RISK",
        message:
          "Payroll may not stop after-tax contributions when you reach the annual additions limit. Round your per-paycheck election down to the plan's increment, watch your last paychecks of the year, and stop contributions once you reach your room. An excess is corrected by the plan under EPCRS (Rev. Proc. 2021-30): the after-tax money comes back (Form 1099-R, code E) and its earnings are taxable and can't be rolled over.",
        citation: CITATIONS.overshoot,
      });
    }
  }

  if (situation.afterTaxInvolved && room && (plan.lateEmployerMoney === "yes" || plan.lateEmployerMoney === "unsure")) {
    warnings.push({ code: "EMPLOYER_MONEY_AFTER_YEAR_END", message: lateEmployerMoneyMessage(situation), citation: CITATIONS.lateEmployerMoney });
  }

  if (situation.afterTaxInvolved && plan.calendarPlanYear === "no") {
    warnings.push({
      code: "PLAN_YEAR_NOT_CALENDAR",
      message:
        "Your plan year does not run from January to December. The deferral limit and catch-ups run by calendar year, but the annual additions limit, the ACP test and any true-up run by the plan's limitation year. The room here is worked out for a calendar year: ask the plan for its limitation year and count your contributions and employer money within it.",
      citation: CITATIONS.planYear,
    });
  }

  // A closed year's contributions were paid already: there is nothing left to fund.
  const leftAfterContributions = situation.pay - situation.payrollTax - situation.employeeContributions;
  if (leftAfterContributions < 0 && !closed) {
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

/**
 * An after-tax balance already in the plan, with earnings (domain §5): the choice, in dollars,
 * between converting it in the plan (earnings taxable now), splitting it under Notice 2014-54
 * (basis to a Roth IRA, earnings to a traditional IRA, no tax now), and leaving it.
 */
function oldBalanceText(situation: Situation): string {
  const { answers, taxableEarningsEstimate: earnings, conversionPossible, afterTaxSplit } = situation;
  const { plan, contributions } = answers;
  if (contributions.afterTaxBalance === undefined) return "";
  if (earnings === null) return " Ask the plan how much of your after-tax balance is earnings: that part is what would be taxed.";
  if (earnings === 0) return " Your after-tax balance has no earnings now, so moving it to Roth now would add no taxable income.";
  const balance = formatUsd(toCents(contributions.afterTaxBalance), { cents: true });
  const gains = formatUsd(earnings, { cents: true });
  const choices: string[] = [];
  if (conversionPossible) {
    choices.push(
      `convert it in the plan${plan.inPlanRothConversion === "yes" ? "" : " (if the plan allows it)"}: the ${gains} of earnings is taxable now, with no tax withheld`,
    );
  }
  if (afterTaxSplit) {
    choices.push(
      `withdraw it${plan.inServiceWithdrawal === "yes" ? "" : " (if the plan allows in-service withdrawals: ask)"} and split it under Notice 2014-54: the ${formatUsd(
        afterTaxSplit.basisToRothIra,
        { cents: true },
      )} of contributions to a Roth IRA and the ${gains} of earnings to a traditional IRA, with no tax now`,
    );
  }
  choices.push(`leave it in the plan: the earnings keep growing tax-deferred and are taxed when you move them later`);
  const listed = choices.length === 1 ? choices[0] : `${choices.slice(0, -1).join("; ")}; or ${choices.at(-1)}`;
  return ` Your ${balance} after-tax balance has ${gains} of earnings. Your choices: ${listed}.`;
}

/**
 * Employer money credited after the year ends still counts toward that year's limit (Treas. Reg.
 * §1.415(c)-1(b)(6)(i)(B)). The room already counts the match on its yearly formula, as a true-up
 * pays it; what can't be known is money outside the formula: profit sharing decided later,
 * forfeitures, an ESOP or another plan of the same employer (§415(f)).
 */
function lateEmployerMoneyMessage(situation: Situation): string {
  const { answers, room, timing, employerMoneyBuffer } = situation;
  const year = answers.taxYear;
  const limit = formatUsd(room?.annualAdditionsLimit ?? 0);
  const unsure = answers.plan.lateEmployerMoney === "unsure";
  const what = "(profit sharing decided later, forfeitures, an ESOP or another plan of the same employer)";
  const formula = "A match true-up needs no allowance: the room already counts the match on its yearly formula.";
  if (timing.closed) {
    return `${
      unsure ? `You are not sure whether your employer added money outside the match formula for ${year}` : `Your employer can add money outside the match formula for ${year}`
    } ${what}. Money credited after December 31, ${year} for ${year} counts toward ${year}'s ${limit} limit, and the figures here do not include it. Ask the plan what it added for ${year}: if it brought the total over the limit, the plan corrects the excess under the IRS correction program (EPCRS, Rev. Proc. 2021-30), returning after-tax money first (Form 1099-R, code E).`;
  }
  const opening = unsure
    ? `You are not sure whether your employer adds money outside the match formula for the year after it ends ${what}, so the check assumes it may: the safe side.`
    : `Your employer can add money outside the match formula for the year after it ends ${what}.`;
  const counts = `That money still counts toward ${year}'s ${limit} limit, and the room here does not include it. ${formula}`;
  if (employerMoneyBuffer > 0) {
    return `${opening} ${counts} Leave a buffer: keep about ${formatUsd(
      employerMoneyBuffer,
    )} of your room unused (5% of your pay up to the compensation limit, a rule of thumb) until you know what the employer added last year, and use that figure instead.`;
  }
  return `${opening} ${counts} Your room is already full, so any such money would put the year over the limit: the plan would then correct it under EPCRS (Rev. Proc. 2021-30) by returning after-tax money. Ask the plan what it expects to add.`;
}
