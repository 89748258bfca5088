// A closed year's look-back (domain §4, item 8): what counted toward the annual additions limit,
// what went unused (it doesn't carry over), and what to correct, by when. Read off the evaluation
// made as of the same date, so the room table and the look-back show one figure for each thing:
// after April 15 of the next year an unrefunded excess deferral is already counted in full there.
import { formatUsd, toCents } from "../money";
import { CITATIONS } from "./citations";
import type { Evaluation } from "./result";
import type { Answers } from "./schema";
import { refundDeadlineText, yearTiming } from "./year";

export interface LookBackText {
  readonly lines: readonly string[];
  readonly corrections: readonly string[];
}

const money = (dollars: number) => formatUsd(toCents(dollars));

/** The look-back for `evaluation = evaluate(answers, today)`; null when there is no room to look back on. */
export function lookBackFor(evaluation: Evaluation, answers: Answers, today: string): LookBackText | null {
  const { room, limits } = evaluation;
  if (!room || !limits) return null;
  const year = answers.taxYear;
  const timing = yearTiming(year, today);
  const deadline = refundDeadlineText(year);
  const counted = toCents(room.deferralsCounted) + toCents(room.employerContributions) + toCents(room.afterTaxYearToDate);
  const unused = toCents(room.afterTaxRemaining);
  const lines = [
    `${year} has ended: this is a look-back at what counted and what to correct, not an election to make.`,
    `What counted toward the ${money(room.annualAdditionsLimit)} annual additions limit: ${money(room.deferralsCounted)} of your deferrals, ${money(
      room.employerContributions,
    )} of employer money and ${money(room.afterTaxYearToDate)} of after-tax contributions, ${formatUsd(counted)} in all.`,
  ];
  const excessInThisPlan = room.deferralsCounted > limits.electiveDeferral;
  if (excessInThisPlan) {
    lines.push(
      `Your deferrals to this plan count in full, ${money(room.deferralsCounted)} (catch-up excluded): the excess over the ${money(
        limits.electiveDeferral,
      )} limit wasn't paid back by ${deadline}, so it stays an annual addition (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)).`,
    );
  }
  if (room.afterTaxOverContributed <= 0 && unused > 0) {
    lines.push(`${formatUsd(unused)} of after-tax room went unused: it doesn't carry over, because the limit runs year by year (IRC §415(c)).`);
  }

  const corrections: string[] = [];
  if (room.afterTaxOverContributed > 0) {
    corrections.push(
      `Your after-tax contributions went ${money(room.afterTaxOverContributed)} over your room: ask the plan to correct the excess annual addition under the IRS correction program (EPCRS, Rev. Proc. 2021-30). The after-tax money is returned to you (Form 1099-R, code E) and its earnings are taxable and can't be rolled over.`,
    );
  }
  if (room.excessDeferrals > 0) {
    corrections.push(
      !timing.refundDeadlinePassed
        ? `Your deferrals went ${money(room.excessDeferrals)} over your limit across all plans: ask a plan to pay back the excess and its earnings by ${deadline}, even if its notice deadline (often March 1) has passed; the refund comes on Form 1099-R with code 8 or P (${CITATIONS.excessDeferrals}).`
        : `Your deferrals went ${money(room.excessDeferrals)} over your limit across all plans and the ${deadline} deadline to pay them back has passed: the excess is taxed in ${year} and again when paid out (IRC §402(g)(6)).${
            excessInThisPlan
              ? " Your deferrals to this plan alone were over the limit, so the plan must correct it (IRC §401(a)(30)) under EPCRS (Rev. Proc. 2021-30): ask the plan, and a tax adviser."
              : " Ask a tax adviser how to report it."
          }`,
    );
  }
  const lateMoney = answers.plan.lateEmployerMoney === "yes" || answers.plan.lateEmployerMoney === "unsure";
  if (lateMoney) {
    // Money credited after December 31 for the year counts for that year (Treas. Reg. §1.415(c)-1(b)(6)(i)(B)).
    const credited = `Employer money outside the match formula credited after December 31, ${year} for ${year} (profit sharing, forfeitures, an ESOP) counts toward ${year}'s limit and is not in these figures.`;
    corrections.push(
      unused > 0 && room.afterTaxOverContributed <= 0
        ? `${credited} If the plan added more than the ${formatUsd(unused)} left unused, ${year} went over the limit: ask the plan what it added; it corrects an excess under EPCRS (Rev. Proc. 2021-30).`
        : `${credited} Your room was already full, so any such money put ${year} over the limit: ask the plan what it added; it corrects an excess under EPCRS (Rev. Proc. 2021-30), returning after-tax money first (Form 1099-R, code E).`,
    );
  }
  if (corrections.length === 0) lines.push(`Nothing went over the limits in ${year}: there is nothing to correct.`);
  return { lines, corrections };
}
