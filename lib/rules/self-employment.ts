// A self-employed person's compensation for a solo 401(k) (domain §4, item 10): earned income,
// IRC §401(c)(2), not the business's profit. Earned income is the net earnings from
// self-employment (92.35% of the profit, §1402(a)(12)) counted before the deduction for half the
// SE tax (§164(f)) and for the plan's deductible (employer) contributions (§404(a)(8)(D)). Elective
// deferrals and after-tax contributions are not deducted in working it out. Amounts in cents.
import { percentOfCents } from "../money";
import { SELF_EMPLOYMENT_TAX } from "./limits";

export interface SelfEmploymentIncome {
  readonly netProfit: number;
  readonly netEarnings: number;
  /** SE tax: 12.4% up to the Social Security wage base plus 2.9% of all net earnings (§1401). */
  readonly selfEmploymentTax: number;
  /** Half of it, deducted from income (§164(f)). */
  readonly halfSelfEmploymentTax: number;
  /** Profit less half the SE tax: earned income before the plan's own deductible contributions. */
  readonly earnedIncomeBeforeContributions: number;
}

/**
 * The SE tax on a year's net profit. Without a wage base (figures entered by hand without it),
 * the 12.4% part is taken on all net earnings: it overstates the tax, so earned income errs low.
 * Assumes no wages from an employer in the year, which would use up part of the wage base.
 */
export function selfEmploymentIncome(netProfit: number, socialSecurityWageBase: number | null): SelfEmploymentIncome {
  const profit = Math.max(0, netProfit);
  const netEarnings = percentOfCents(profit, SELF_EMPLOYMENT_TAX.netEarningsShare.basisPoints);
  const taxed = netEarnings >= SELF_EMPLOYMENT_TAX.minimumNetEarnings.cents;
  const selfEmploymentTax = taxed
    ? percentOfCents(
        socialSecurityWageBase === null ? netEarnings : Math.min(netEarnings, socialSecurityWageBase),
        SELF_EMPLOYMENT_TAX.socialSecurity.basisPoints,
      ) + percentOfCents(netEarnings, SELF_EMPLOYMENT_TAX.medicare.basisPoints)
    : 0;
  const halfSelfEmploymentTax = percentOfCents(selfEmploymentTax, SELF_EMPLOYMENT_TAX.deductibleShare.basisPoints);
  return {
    netProfit: profit,
    netEarnings,
    selfEmploymentTax,
    halfSelfEmploymentTax,
    earnedIncomeBeforeContributions: Math.max(0, profit - halfSelfEmploymentTax),
  };
}

/**
 * Earned income when the plan's deductible contributions depend on it: the largest whole-cent
 * compensation c with c + employerMoney(c) <= the income before contributions. employerMoney
 * never falls as c rises, so c + employerMoney(c) rises strictly and the amounts that fit form an
 * interval: a binary search finds its end exactly. With no employer money, c is that income;
 * with a 25% profit share it is income / 1.25 (20% of the income goes to the plan).
 */
export function earnedIncome(incomeBeforeContributions: number, employerMoney: (compensation: number) => number): number {
  let fitting = 0;
  let tooMuch = incomeBeforeContributions + 1;
  while (tooMuch - fitting > 1) {
    const middle = fitting + Math.floor((tooMuch - fitting) / 2);
    if (middle + employerMoney(middle) <= incomeBeforeContributions) fitting = middle;
    else tooMuch = middle;
  }
  return fitting;
}
