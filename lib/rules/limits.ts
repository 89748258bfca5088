// The IRS and SSA figures the rules use, by tax year, each with the law and the notice that set
// it. This file is the only place a limit is written down; the rules read it through
// `limitsForYear`. To add a year, copy the IRS notice itself (public summary tables contain
// errors), and cite it on every figure.

/** A dollar figure set by law or by an IRS/SSA announcement, in integer cents. */
export interface LegalFigure {
  readonly cents: number;
  readonly label: string;
  readonly source: string;
}

/** A rate set by statute, in basis points (hundredths of a percent). */
export interface LegalRate {
  readonly basisPoints: number;
  readonly label: string;
  readonly source: string;
}

export interface TaxYearLimits {
  readonly taxYear: number;
  /** The announcement that published most of the year's figures. */
  readonly notice: string;
  readonly electiveDeferral: LegalFigure;
  readonly catchUp50: LegalFigure;
  /** Replaces `catchUp50` for ages 60 to 63 at December 31. */
  readonly catchUp60to63: LegalFigure;
  readonly annualAdditions: LegalFigure;
  readonly compensation: LegalFigure;
  /** Applied to pay in the look-back year (the year before the tax year). */
  readonly hceThreshold: LegalFigure;
  /** Applied to FICA wages from this employer in the year before; null while not in force. */
  readonly rothCatchUpWageThreshold: LegalFigure | null;
  /** Shown for comparison only (a backdoor Roth IRA is one of the alternatives). */
  readonly iraContribution: LegalFigure;
  readonly iraCatchUp: LegalFigure;
  /** Used only to estimate payroll taxes for the cash-flow check. */
  readonly socialSecurityWageBase: LegalFigure;
}

const dollars = (amount: number): number => amount * 100;

const LABELS = {
  electiveDeferral: "Elective deferral limit, all plans, per person",
  catchUp50: "Catch-up contributions, age 50 or over by December 31",
  catchUp60to63: "Catch-up contributions, age 60 to 63 by December 31",
  annualAdditions: "Annual additions limit per employer (dollar part)",
  compensation: "Compensation limit for plan formulas",
  hceThreshold: "Highly compensated employee threshold, on look-back-year pay",
  rothCatchUpWageThreshold: "Roth catch-up threshold, on prior-year FICA wages from this employer",
  iraContribution: "IRA contribution limit",
  iraCatchUp: "IRA catch-up contribution, age 50 or over",
  socialSecurityWageBase: "Social Security wage base",
} as const;

const TAX_YEAR_LIMITS: readonly TaxYearLimits[] = [
  {
    taxYear: 2025,
    notice: "IRS Notice 2024-80",
    electiveDeferral: { cents: dollars(23_500), label: LABELS.electiveDeferral, source: "IRC §402(g)(1); Notice 2024-80" },
    catchUp50: { cents: dollars(7_500), label: LABELS.catchUp50, source: "IRC §414(v)(2)(B)(i); Notice 2024-80" },
    catchUp60to63: {
      cents: dollars(11_250),
      label: LABELS.catchUp60to63,
      source: "IRC §414(v)(2)(E); SECURE 2.0 Act §109; Notice 2024-80",
    },
    annualAdditions: { cents: dollars(70_000), label: LABELS.annualAdditions, source: "IRC §415(c)(1)(A); Notice 2024-80" },
    compensation: { cents: dollars(350_000), label: LABELS.compensation, source: "IRC §401(a)(17); Notice 2024-80" },
    // The 2024 figure: HCE status for 2025 is decided by 2024 pay against the 2024 threshold.
    hceThreshold: { cents: dollars(155_000), label: LABELS.hceThreshold, source: "IRC §414(q)(1)(B); Notice 2023-75" },
    // 2025 was the administrative transition period: pre-tax catch-ups were still allowed.
    rothCatchUpWageThreshold: null,
    iraContribution: { cents: dollars(7_000), label: LABELS.iraContribution, source: "IRC §219(b)(5)(A); Notice 2024-80" },
    iraCatchUp: { cents: dollars(1_000), label: LABELS.iraCatchUp, source: "IRC §219(b)(5)(B); Notice 2024-80" },
    socialSecurityWageBase: {
      cents: dollars(176_100),
      label: LABELS.socialSecurityWageBase,
      source: "Social Security Act §230 (42 U.S.C. §430); SSA 2025 COLA announcement",
    },
  },
  {
    taxYear: 2026,
    notice: "IRS Notice 2025-67",
    electiveDeferral: { cents: dollars(24_500), label: LABELS.electiveDeferral, source: "IRC §402(g)(1); Notice 2025-67" },
    catchUp50: { cents: dollars(8_000), label: LABELS.catchUp50, source: "IRC §414(v)(2)(B)(i); Notice 2025-67" },
    catchUp60to63: {
      cents: dollars(11_250),
      label: LABELS.catchUp60to63,
      source: "IRC §414(v)(2)(E); SECURE 2.0 Act §109; Notice 2025-67",
    },
    annualAdditions: { cents: dollars(72_000), label: LABELS.annualAdditions, source: "IRC §415(c)(1)(A); Notice 2025-67" },
    compensation: { cents: dollars(360_000), label: LABELS.compensation, source: "IRC §401(a)(17); Notice 2025-67" },
    // The 2025 figure: HCE status for 2026 is decided by 2025 pay against the 2025 threshold.
    hceThreshold: { cents: dollars(160_000), label: LABELS.hceThreshold, source: "IRC §414(q)(1)(B); Notice 2024-80" },
    rothCatchUpWageThreshold: {
      cents: dollars(150_000),
      label: LABELS.rothCatchUpWageThreshold,
      source: "IRC §414(v)(7)(A); Notice 2025-67; Notice 2023-62; TD 10033",
    },
    iraContribution: { cents: dollars(7_500), label: LABELS.iraContribution, source: "IRC §219(b)(5)(A); Notice 2025-67" },
    iraCatchUp: { cents: dollars(1_100), label: LABELS.iraCatchUp, source: "IRC §219(b)(5)(B); Notice 2025-67" },
    socialSecurityWageBase: {
      cents: dollars(184_500),
      label: LABELS.socialSecurityWageBase,
      source: "Social Security Act §230 (42 U.S.C. §430); SSA 2026 COLA announcement",
    },
  },
];

/** Employee payroll tax (FICA) rates: statutory, not indexed, so not by year. */
export const PAYROLL_TAX = {
  socialSecurity: { basisPoints: 620, label: "Social Security (OASDI) tax, employee share", source: "IRC §3101(a)" },
  medicare: { basisPoints: 145, label: "Medicare tax, employee share", source: "IRC §3101(b)(1)" },
  additionalMedicare: {
    basisPoints: 90,
    label: "Additional Medicare tax on wages over the withholding threshold",
    source: "IRC §3101(b)(2)",
  },
  // The employer withholds the additional tax on wages over $200,000 whatever the filing status.
  additionalMedicareThreshold: {
    cents: dollars(200_000),
    label: "Additional Medicare tax withholding threshold",
    source: "IRC §3102(f)(1)",
  },
} as const satisfies Record<string, LegalRate | LegalFigure>;

/**
 * Self-employment tax and the earned income of a self-employed person (a solo 401(k)): statutory
 * rates, not indexed. Earned income (IRC §401(c)(2)) is net earnings from self-employment less
 * the deduction for half the SE tax (IRC §164(f)) and the deductible plan contributions.
 */
export const SELF_EMPLOYMENT_TAX = {
  socialSecurity: { basisPoints: 1_240, label: "Self-employment tax, old-age and disability part", source: "IRC §1401(a)" },
  medicare: { basisPoints: 290, label: "Self-employment tax, hospital insurance part", source: "IRC §1401(b)(1)" },
  // Net earnings are the profit less half the combined 15.3% rate: 100% - 7.65% = 92.35%.
  netEarningsShare: {
    basisPoints: 9_235,
    label: "Share of net profit that is net earnings from self-employment",
    source: "IRC §1402(a)(12)",
  },
  deductibleShare: { basisPoints: 5_000, label: "Share of the SE tax deducted from income", source: "IRC §164(f)(1)" },
  minimumNetEarnings: { cents: dollars(400), label: "Net earnings below which no SE tax is due", source: "IRC §1402(b)(2)" },
} as const satisfies Record<string, LegalRate | LegalFigure>;

/**
 * The 3.8% net investment income tax on dividends and gains above a modified AGI threshold
 * (statutory, not indexed): the projection names it rather than assume who pays it.
 */
export const NET_INVESTMENT_INCOME_TAX = {
  rate: { basisPoints: 380, label: "Net investment income tax", source: "IRC §1411(a)(1)" },
  thresholdSingle: { cents: dollars(200_000), label: "Threshold, single or head of household", source: "IRC §1411(b)(3)" },
  thresholdJoint: { cents: dollars(250_000), label: "Threshold, married filing jointly", source: "IRC §1411(b)(1)" },
} as const satisfies Record<string, LegalRate | LegalFigure>;

const BY_YEAR = new Map(TAX_YEAR_LIMITS.map((limits) => [limits.taxYear, limits]));

/**
 * When catch-ups of high earners must be Roth: the statute applies to years after 2023, but 2024
 * and 2025 were an administrative transition period; the final regulations apply from 2027 and
 * 2026 is a year of good-faith compliance.
 */
export const ROTH_CATCH_UP_RULE = {
  firstYear: 2026,
  finalRegulationsFirstYear: 2027,
  source: "IRC §414(v)(7); SECURE 2.0 Act §603; Notice 2023-62; TD 10033",
} as const;

/**
 * Figures already published for a year whose full table is not known yet. The HCE threshold of a
 * year applies to the pay of the year before (§414(q)(1)(B)), so the notice for year Y already
 * gives the HCE threshold used in Y + 1. Everything else for that year the person types from the
 * IRS page (IRS_COLA_PAGE); nothing is carried forward.
 */
const KNOWN_AHEAD: readonly { readonly taxYear: number; readonly hceThreshold: LegalFigure }[] = [
  // The 2026 figure, applied to 2026 pay: HCE status for 2027.
  { taxYear: 2027, hceThreshold: { cents: dollars(160_000), label: LABELS.hceThreshold, source: "IRC §414(q)(1)(B); Notice 2025-67" } },
];

/** The HCE threshold for a year the table does not fully know, when its look-back year's notice is out. */
export function knownHceThresholdAhead(taxYear: number): LegalFigure | undefined {
  return KNOWN_AHEAD.find((year) => year.taxYear === taxYear)?.hceThreshold;
}

/** Where the IRS publishes each year's plan limits, for a year the table does not know. Linked, never fetched. */
export const IRS_COLA_PAGE = {
  title: "COLA increases for dollar limitations on benefits and contributions",
  url: "https://www.irs.gov/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions",
} as const;

/** The years whose figures the app knows, oldest first. */
export const KNOWN_TAX_YEARS: readonly number[] = TAX_YEAR_LIMITS.map((limits) => limits.taxYear);

/** The figures for a tax year, or undefined when the IRS figures for it are not in the table. */
export function limitsForYear(taxYear: number): TaxYearLimits | undefined {
  return BY_YEAR.get(taxYear);
}
