// Passages worded the way Summary Plan Descriptions, benefits guides and Summaries of Material
// Modifications word these features, each with the finding domain section 8 calls for. A
// feature an entry leaves out must come back "unsure": a Yes or No there is a wrong answer too.
import type { Answer, EmployerMatch, Feature } from "./index";

export interface CorpusEntry {
  name: string;
  pages: string[];
  expect: Partial<Record<Feature, Answer>>;
  /** The match the passage states; undefined: it states none (or none the engine can hold). */
  match?: EmployerMatch;
  afterTaxCap?: number;
}

export const CORPUS: CorpusEntry[] = [
  // ---- after-tax contributions
  {
    name: "plain permission",
    pages: ["After-Tax Contributions. You may also make after-tax contributions to the Plan through payroll deduction."],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "voluntary non-Roth after-tax with a percent range",
    pages: ["In addition to pre-tax and Roth contributions, you may elect to make voluntary (non-Roth) after-tax contributions of 1% to 15% of your eligible pay."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 15,
  },
  {
    name: "plain negation",
    pages: ["The Plan does not permit after-tax contributions."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "negation in a list of what the plan does not accept",
    pages: ["Employee after-tax contributions are not accepted by the Plan. Roth contributions are available."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "removed as of a past date overrides an older permission",
    pages: [
      "Your Contributions. You may contribute on a pre-tax basis, a Roth basis, or an after-tax basis.",
      "Effective January 1, 2024, after-tax contributions are no longer permitted under the Plan.",
    ],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "an amendment adds the feature later",
    pages: [
      "The Plan does not permit after-tax contributions.",
      "Summary of Material Modifications. Effective July 1, 2025, the Plan is amended to permit voluntary after-tax contributions of up to 10% of your compensation.",
    ],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 10,
  },
  {
    name: "history alone: previously allowed",
    pages: ["The Plan previously permitted after-tax contributions; amounts contributed before 2019 remain in your after-tax account."],
    expect: {},
  },
  {
    name: "only pre-tax and Roth listed: not a no",
    pages: ["You may contribute from 1% to 75% of your eligible pay as pre-tax contributions, Roth contributions, or a combination of both."],
    expect: {},
  },
  {
    name: "Roth described as after-tax decides nothing",
    pages: ["Roth 401(k) contributions are made on an after-tax basis, and qualified distributions are tax-free."],
    expect: {},
  },
  {
    name: "after-tax insurance premiums decide nothing",
    pages: ["Supplemental life insurance premiums are paid with after-tax dollars through payroll deduction."],
    expect: {},
  },
  {
    name: "HSA contributions decide nothing",
    pages: ["If you enroll in the high deductible plan, you may make after-tax contributions to your HSA and deduct them on your tax return."],
    expect: {},
  },
  {
    name: "passages that disagree without a date",
    pages: ["You may make after-tax contributions to the Plan.", "The Plan does not accept after-tax contributions."],
    expect: { afterTaxContributions: "unsure" },
  },
  {
    name: "a future change",
    pages: ["The Company will begin offering after-tax contributions in a future plan year."],
    expect: {},
  },
  {
    name: "post-tax wording in a benefits guide",
    pages: ["Save more with post-tax savings: you can contribute post-tax contributions on top of your pre-tax and Roth savings."],
    expect: { afterTaxContributions: "yes" },
  },
  // ---- in-plan Roth conversion
  {
    name: "in-plan Roth conversion of any vested money",
    pages: ["The Plan permits in-plan Roth conversions of any portion of your vested account, including your after-tax contributions and their earnings."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "in-plan Roth rollover generic",
    pages: ["In-plan Roth rollovers are available. You may convert all or part of your vested balance to your Roth account at any time."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "Roth in-plan conversion excluding after-tax",
    pages: ["Roth In-Plan Conversion. You may convert pre-tax contributions and matching contributions to Roth, except your after-tax contributions account."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "in-plan conversion not available",
    pages: ["The Plan does not offer in-plan Roth conversions."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "converting to a Roth IRA is not in-plan",
    pages: ["After you leave the Company you may roll over your account to a Roth IRA, which is treated as a conversion for tax purposes."],
    expect: {},
  },
  {
    name: "conversion listed for pre-tax sources only",
    pages: ["In-plan Roth conversions are limited to your pre-tax deferral and rollover accounts only."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "conversion of after-tax money with the after-tax feature",
    pages: [
      "You may make voluntary after-tax contributions of up to 20% of your pay.",
      "You may request an in-plan Roth conversion of your after-tax account at any time online.",
    ],
    expect: { afterTaxContributions: "yes", inPlanRothConversion: "yes" },
    afterTaxCap: 20,
  },
  // ---- automatic conversion
  {
    name: "automatic conversion each payroll",
    pages: ["You may elect to have your after-tax contributions automatically converted to Roth each payroll period through an in-plan Roth conversion."],
    expect: { automaticConversion: "yes", inPlanRothConversion: "yes" },
  },
  {
    name: "no automatic conversion",
    pages: ["Automatic in-plan Roth conversions are not available; each in-plan Roth conversion must be requested separately."],
    expect: { automaticConversion: "no" },
  },
  // ---- in-service withdrawal
  {
    name: "after-tax money at any time",
    pages: ["You may withdraw your after-tax contributions and their earnings at any time while you are employed."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "withdrawal of after-tax contributions, heading and sentence",
    pages: ["Withdrawal of After-Tax Contributions\n\nYou may request an in-service withdrawal of your after-tax account up to twice each plan year."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "hardship only",
    pages: ["While you are employed, in-service withdrawals are available only in the event of a hardship."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "no in-service withdrawals except hardship",
    pages: ["The Plan does not permit in-service withdrawals other than hardship withdrawals."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "after age 59½ depends on the person's age",
    pages: ["You may take an in-service withdrawal of all or part of your vested account after you reach age 59½."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "after age 59 1/2 with a plain-text fraction",
    pages: ["In-service distributions are permitted once you attain age 59 1/2."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "rollover money only",
    pages: ["While you are still employed, you may withdraw only your rollover account, at any time."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "no withdrawals while employed",
    pages: ["You may not withdraw any part of your account while you are employed by the Company."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "at any time for after-tax, 59½ for the rest",
    pages: ["You may withdraw your after-tax account at any time; your pre-tax and matching accounts may be withdrawn after age 59½."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "after you leave is not in-service",
    pages: ["After you leave the Company, you may request a distribution of your entire vested account."],
    expect: {},
  },
  {
    name: "hardship described without saying it is the only kind",
    pages: ["A hardship withdrawal may be made for an immediate and heavy financial need, such as medical expenses."],
    expect: {},
  },
  {
    name: "in-service withdrawals of unnamed money",
    pages: ["The Plan permits in-service withdrawals."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "withdrawal removed by amendment",
    pages: [
      "You may withdraw your after-tax contributions at any time.",
      "Summary of Material Modifications: effective January 1, 2023, in-service withdrawals of after-tax contributions are no longer available.",
    ],
    expect: { inServiceWithdrawal: "no" },
  },
  // ---- separate after-tax accounting
  {
    name: "after-tax money in its own account, withdrawn first",
    pages: ["Your after-tax contributions and their earnings are held in a separate account, and withdrawals are taken from your after-tax account first."],
    expect: { separateAfterTaxAccounting: "yes", inServiceWithdrawal: "unsure" },
  },
  {
    name: "pro rata withdrawals",
    pages: ["Any withdrawal is taken pro rata from all of your accounts in the Plan."],
    expect: { separateAfterTaxAccounting: "no" },
  },
  // ---- match formulas and true-up
  {
    name: "50% of the first 6% of eligible pay",
    pages: ["The Company matches 50% of the first 6% of eligible pay you contribute."],
    expect: {},
    match: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] },
  },
  {
    name: "dollar for dollar then 50 cents on the dollar",
    pages: ["The Company will match your contributions dollar for dollar on the first 3% of pay you contribute and 50 cents on the dollar on the next 2% of pay."],
    expect: {},
    match: {
      kind: "formula",
      tiers: [
        { matchPercent: 100, ofPayPercent: 3 },
        { matchPercent: 50, ofPayPercent: 2 },
      ],
    },
  },
  {
    name: "percentages for two tiers",
    pages: ["Matching contributions equal 100% of the first 3% of compensation you defer plus 50% of the next 2% of compensation."],
    expect: {},
    match: {
      kind: "formula",
      tiers: [
        { matchPercent: 100, ofPayPercent: 3 },
        { matchPercent: 50, ofPayPercent: 2 },
      ],
    },
  },
  {
    name: "50% of the first $4,000 you contribute",
    pages: ["Your employer will match 50% of the first $4,000 you contribute each year."],
    expect: {},
    match: { kind: "dollarCap", matchPercent: 50, maxMatch: 2000 },
  },
  {
    name: "a percentage up to a dollar cap",
    pages: ["The Company matches 100% of your contributions, up to $3,000 per year."],
    expect: {},
    match: { kind: "dollarCap", matchPercent: 100, maxMatch: 3000 },
  },
  {
    name: "discretionary match has no formula",
    pages: ["Each year the Company may make a discretionary matching contribution in an amount it decides."],
    expect: {},
  },
  {
    name: "no match",
    pages: ["The Company does not make matching contributions to the Plan."],
    expect: {},
    match: { kind: "none" },
  },
  {
    name: "true-up",
    pages: ["If you reach the annual limit early, the Company makes a true-up contribution after the end of the plan year so that you receive the full match."],
    expect: { matchTrueUp: "yes" },
  },
  {
    name: "no true-up",
    pages: ["Matching contributions are made each pay period; the Plan does not provide a true-up contribution."],
    expect: { matchTrueUp: "no" },
  },
  {
    name: "match on the whole year's pay",
    pages: ["The matching contribution is calculated annually, based on your compensation for the entire plan year."],
    expect: { matchTrueUp: "yes" },
  },
  // ---- after-tax caps and combined limits
  {
    name: "pre-tax range is not an after-tax cap",
    pages: ["You may defer from 1% to 75% of your eligible pay on a pre-tax basis, and from 1% to 10% of your eligible pay on an after-tax basis."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 10,
  },
  {
    name: "a limit on all contributions together is not an after-tax cap",
    pages: ["Your pre-tax, Roth and after-tax contributions combined may not exceed 80% of your pay each pay period."],
    expect: {},
  },
  // ---- a whole short SPD, several pages
  {
    name: "a short SPD with everything",
    pages: [
      "Summary Plan Description\nAcme Corporation 401(k) Savings Plan\n\nThis summary describes the Plan as in effect on January 1, 2026.",
      "Contributions\n\nYou may contribute from 1% to 50% of your eligible pay as pre-tax or Roth contributions. You may also make voluntary after-tax contributions of 1% to 15% of eligible pay.\n\nCompany Match\n\nThe Company matches 100% of the first 4% of eligible pay that you contribute as pre-tax or Roth contributions. After-tax contributions are not matched.",
      "Withdrawals While Employed\n\nYou may withdraw your after-tax account at any time. Pre-tax and Roth money may be withdrawn after age 59½ or for a hardship.",
      "In-Plan Roth Conversions\n\nYou may convert any vested amount in your after-tax account to your Roth account through an in-plan Roth conversion.",
    ],
    expect: { afterTaxContributions: "yes", inPlanRothConversion: "yes", inServiceWithdrawal: "yes" },
    match: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 4 }] },
    afterTaxCap: 15,
  },
  // ---- more wordings from real plans, several of them hard
  {
    name: "does not currently accept",
    pages: ["Voluntary After-Tax Contributions. The Plan does not currently accept voluntary after-tax contributions."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "one percentage for every kind of contribution together",
    pages: ["You can contribute up to 75% of your pay on a before-tax, Roth 401(k), or after-tax basis, or any combination."],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "after-tax money withdrawn once a quarter",
    pages: ["Employee after-tax contributions may be withdrawn once per calendar quarter."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "a table cell: conversion for all vested sources",
    pages: ["Roth In-Plan Conversion: Available for all vested sources."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "no in-service withdrawals, table wording",
    pages: ["In-service withdrawals: Not available."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "rollover money at any time, without saying only",
    pages: ["Rollover contributions may be withdrawn at any time."],
    expect: {},
  },
  {
    name: "age 59½ from all sources",
    pages: ["Age 59½ in-service withdrawals are permitted from all sources."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "after-tax money not matched (implies the feature)",
    pages: ["After-tax contributions are not eligible for matching contributions."],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "convert to Roth within the plan, sources listed with after-tax",
    pages: ["Convert to Roth: you can convert your vested pre-tax, employer and after-tax money to Roth within the Plan."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "not before age 59½",
    pages: ["The Plan does not permit in-service withdrawals of after-tax contributions before age 59½."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "hardship is the only in-service withdrawal",
    pages: ["Hardship withdrawals are the only in-service withdrawals available."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "after-tax account only on hardship",
    pages: ["Your after-tax account may be withdrawn only if you are experiencing a hardship."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "$1 for every $1 up to 4% of pay",
    pages: ["The Company matches $1 for every $1 you contribute, up to 4% of your pay."],
    expect: {},
    match: { kind: "formula", tiers: [{ matchPercent: 100, ofPayPercent: 4 }] },
  },
  {
    name: "safe harbor match with a band between 3% and 5%",
    pages: ["The Company makes a safe harbor matching contribution equal to 100% of your deferrals up to 3% of compensation plus 50% of your deferrals between 3% and 5% of compensation."],
    expect: {},
    match: {
      kind: "formula",
      tiers: [
        { matchPercent: 100, ofPayPercent: 3 },
        { matchPercent: 50, ofPayPercent: 2 },
      ],
    },
  },
  {
    name: "not trued up at year end",
    pages: ["Employer matching contributions are made each payroll period and are not trued up at year end."],
    expect: { matchTrueUp: "no" },
  },
  {
    name: "an amendment that added conversions",
    pages: ["Effective April 1, 2025, the Plan was amended to add in-plan Roth conversions for all sources, including after-tax contributions."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "life insurance paid with after-tax contributions",
    pages: ["You pay for optional life insurance with after-tax contributions deducted from your pay."],
    expect: {},
  },
  {
    name: "an undated amendment page overrides the SPD",
    pages: [
      "You may make after-tax contributions of up to 10% of your pay.",
      "Summary of Material Modifications\n\nAfter-tax contributions are no longer permitted under the Plan.",
    ],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "pro rata between after-tax contributions and their earnings only",
    pages: ["Amounts withdrawn from your after-tax account are taken proportionally from your after-tax contributions and the earnings on them."],
    expect: {},
  },
  {
    name: "$0.50 for every $1.00, without the word match",
    pages: ["Your employer will contribute $0.50 for every $1.00 you contribute, on contributions up to 6% of your pay."],
    expect: {},
    match: { kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] },
  },
  {
    name: "conversions processed automatically each pay period",
    pages: ["Roth conversions of after-tax contributions are processed automatically each pay period."],
    expect: { automaticConversion: "yes" },
  },
  {
    name: "a feature eliminated as of a date, in the past tense",
    pages: ["Employee after-tax contributions were eliminated effective January 1, 2010."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "no withdrawal of after-tax money while employed",
    pages: ["You cannot take a loan or withdrawal from your after-tax account while employed."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "hardship and age 59½ are the only exceptions",
    pages: ["Withdrawals are not permitted from the Plan prior to termination of employment, except for hardship and age 59½ withdrawals."],
    expect: { inServiceWithdrawal: "unsure" },
  },
  {
    name: "conversion sources listed without after-tax (no 'only')",
    pages: ["In-plan Roth conversions are available for your pre-tax contribution, employer match and rollover sources."],
    expect: {},
  },
];
