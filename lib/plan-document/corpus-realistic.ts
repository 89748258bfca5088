// A second corpus, written in the shapes real plan material takes rather than in the sentences
// the reader was first built on: benefits-site pages, highlights tables written as "Feature:
// value" lines, SPD sections, adoption-agreement checkboxes, recordkeeper questions and answers,
// university 403(b) pages, amendments, and papers that are no plan at all. The wording is ours;
// each entry carries the findings domain section 8 calls for. A feature an entry leaves out must
// come back "unsure", and a figure it leaves out must be absent: anything else is a wrong answer.
import type { Answer, EmployerMatch, Feature } from "./index";

export type Shape =
  | "benefits page"
  | "highlights table"
  | "SPD section"
  | "adoption agreement"
  | "recordkeeper Q&A"
  | "university 403(b)"
  | "amendment"
  | "decides nothing";

export interface RealisticEntry {
  name: string;
  shape: Shape;
  pages: string[];
  expect: Partial<Record<Feature, Answer>>;
  match?: EmployerMatch;
  afterTaxCap?: number;
  /** Whether the employer matches after-tax contributions, when the passage says so. */
  matchesAfterTax?: "yes" | "no";
  /** A cap on all contributions from one paycheck together, as a percent of the paycheck. */
  perPaycheckCap?: number;
  /** The paper is not about a retirement plan at all. */
  notAPlan?: true;
}

const formula = (...tiers: [number, number][]): EmployerMatch => ({
  kind: "formula",
  tiers: tiers.map(([matchPercent, ofPayPercent]) => ({ matchPercent, ofPayPercent })),
});

export const REALISTIC_CORPUS: RealisticEntry[] = [
  // ---------------------------------------------------------------- benefits-site pages
  {
    name: "savings page: after-tax up to 10%, convert any time, or automatically",
    shape: "benefits page",
    pages: [
      "Keep saving after you hit the limit\nOnce your pre-tax and Roth savings reach the IRS limit, you can keep going with voluntary after-tax contributions of up to 10% of eligible pay.\nYou can convert your after-tax savings to the Roth 401(k) inside the plan whenever you like, or sign up to have them converted automatically every pay period.",
    ],
    expect: { afterTaxContributions: "yes", inPlanRothConversion: "yes", automaticConversion: "yes" },
    afterTaxCap: 10,
  },
  {
    name: "company match in words: dollar for dollar then 50 cents per dollar",
    shape: "benefits page",
    pages: ["Company match\nWe match your savings dollar for dollar on the first 3% of pay, plus 50 cents per dollar on the next 2% of pay."],
    expect: {},
    match: formula([100, 3], [50, 2]),
  },
  {
    name: "automatic 1% in the same sentence as the match",
    shape: "benefits page",
    pages: ["Every pay period the company deposits a 1% automatic contribution for you, and a dollar-for-dollar match on up to 5% of the pay you save."],
    expect: {},
    match: formula([100, 5]),
  },
  {
    name: "4% matching plus profit sharing: no match formula stated",
    shape: "benefits page",
    pages: ["You can receive up to 11% of pay in company contributions (4% matching plus up to 7% profit sharing) when you save at least 6%."],
    expect: {},
  },
  {
    name: "automatic 1% and a match on the first 6%",
    shape: "benefits page",
    pages: ["The company puts in an automatic 1% of pay for everyone and matches 50% of your contributions up to 6% of pay."],
    expect: {},
    match: formula([50, 6]),
  },
  {
    name: "benefits page: after-tax not matched, match on pre-tax and Roth only",
    shape: "benefits page",
    pages: ["Matching contributions apply to your pre-tax and Roth savings only; after-tax contributions are not matched."],
    expect: { afterTaxContributions: "yes" },
    matchesAfterTax: "no",
  },
  {
    name: "benefits page: every kind of savings is matched",
    shape: "benefits page",
    pages: ["The company matches 100% of your pre-tax, Roth and after-tax contributions, up to 5% of pay."],
    expect: { afterTaxContributions: "yes" },
    match: formula([100, 5]),
    matchesAfterTax: "yes",
  },
  {
    name: "benefits page: per-paycheck cap on everything together",
    shape: "benefits page",
    pages: ["You can also save on an after-tax basis. Your pre-tax, Roth and after-tax contributions together may not exceed 80% of your pay each pay period."],
    expect: { afterTaxContributions: "yes" },
    perPaycheckCap: 80,
  },
  {
    name: "benefits page: total contributions capped per pay period",
    shape: "benefits page",
    pages: ["How much you can save\nYou may save 1% to 50% of your pay on a pre-tax or Roth basis. Total contributions are limited to 50% of your pay per pay period."],
    expect: {},
    perPaycheckCap: 50,
  },
  {
    name: "benefits page: withdrawal of after-tax savings up to twice a year",
    shape: "benefits page",
    pages: ["Getting to your money while you work\nYou may take an in-service withdrawal from your after-tax account up to two times each plan year."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "benefits page: conversion up to once a quarter",
    shape: "benefits page",
    pages: ["You may request an in-plan Roth conversion of your after-tax account up to once per quarter."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "benefits page: true-up when you reach the limit early",
    shape: "benefits page",
    pages: ["If you reach the IRS limit before the end of the year, the company makes a true-up contribution after year end so you still get the full match."],
    expect: { matchTrueUp: "yes" },
  },
  {
    name: "benefits page: match per pay period, no true-up",
    shape: "benefits page",
    pages: ["The match is calculated each pay period; there is no year-end true-up."],
    expect: { matchTrueUp: "no" },
  },
  {
    name: "benefits page: after-tax with the wait for a year of service",
    shape: "benefits page",
    pages: ["You may not make after-tax contributions until you have completed one year of service. After that, you may contribute up to 12% of pay on an after-tax basis."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 12,
  },
  {
    name: "benefits page: only pre-tax and Roth described",
    shape: "benefits page",
    pages: ["The plan accepts pre-tax and Roth 401(k) contributions from your first paycheck. You choose a percentage of pay from 1% to 60%."],
    expect: {},
  },
  // ---------------------------------------------------------------- highlights tables
  {
    name: "highlights lines: after-tax not available, conversion available",
    shape: "highlights table",
    pages: ["Plan highlights\nPre-tax contributions: 1% to 50% of pay\nRoth contributions: Available\nAfter-tax contributions: Not available\nIn-plan Roth conversions: Available\nLoans: Available"],
    expect: { afterTaxContributions: "no", inPlanRothConversion: "yes" },
  },
  {
    name: "highlights lines: a 'Not available' must not bleed into the next line",
    shape: "highlights table",
    pages: ["Roth in-plan conversion: Not available\nAfter-tax contributions: Available, 1% to 10% of pay"],
    expect: { inPlanRothConversion: "no", afterTaxContributions: "yes" },
    afterTaxCap: 10,
  },
  {
    name: "highlights lines: after-tax yes, in-service hardship only",
    shape: "highlights table",
    pages: ["After-tax contributions: Yes, up to 15% of pay\nIn-service withdrawals: Not permitted, except hardship"],
    expect: { afterTaxContributions: "yes", inServiceWithdrawal: "no" },
    afterTaxCap: 15,
  },
  {
    name: "bullets with dashes",
    shape: "highlights table",
    pages: ["• After-tax (non-Roth) contributions — Yes\n• Automatic Roth conversion of after-tax money — No\n• In-plan Roth conversion — Yes, including after-tax money"],
    expect: { afterTaxContributions: "yes", automaticConversion: "no", inPlanRothConversion: "yes" },
  },
  {
    name: "pipe table with a header row",
    shape: "highlights table",
    pages: ["| Feature | Available |\n| After-tax contributions | Yes |\n| In-plan Roth conversion | No |\n| In-service withdrawal of after-tax money | Yes, at any time |"],
    expect: { afterTaxContributions: "yes", inPlanRothConversion: "no", inServiceWithdrawal: "yes" },
  },
  {
    name: "highlights: voluntary after-tax yes, in-service hardship only",
    shape: "highlights table",
    pages: ["Voluntary after-tax: Yes\nIn-service withdrawal: Hardship only"],
    expect: { afterTaxContributions: "yes", inServiceWithdrawal: "no" },
  },
  {
    name: "highlights: matching contribution as a line",
    shape: "highlights table",
    pages: ["Matching contribution: 100% of the first 4% of pay\nVesting: Immediate"],
    expect: {},
    match: formula([100, 4]),
  },
  {
    name: "highlights: employer match none",
    shape: "highlights table",
    pages: ["Employer match: None\nVesting: Not applicable"],
    expect: {},
    match: { kind: "none" },
  },
  {
    name: "highlights: automatic conversion not available",
    shape: "highlights table",
    pages: ["In-plan Roth conversion: Available for all vested money, including after-tax\nAutomatic in-plan Roth conversion: Not available"],
    expect: { inPlanRothConversion: "yes", automaticConversion: "no" },
  },
  {
    name: "highlights: after-tax discontinued as of a date",
    shape: "highlights table",
    pages: ["After-tax contributions: Discontinued as of January 1, 2024"],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "highlights: in-service withdrawals none, next line about loans",
    shape: "highlights table",
    pages: ["In-service withdrawals: None\nLoans: Up to 50% of your vested balance"],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "highlights: contradiction between the summary and the contributions page",
    shape: "highlights table",
    pages: ["Highlights\nAfter-tax contributions: Not offered", "Contributions\nYou may also contribute on an after-tax basis, up to 10% of your pay."],
    expect: {},
  },
  // ---------------------------------------------------------------- SPD sections
  {
    name: "SPD: a 'not' in a relative clause",
    shape: "SPD section",
    pages: ["After-Tax Contributions\nYou may make after-tax contributions, which are not Roth contributions, of up to 8% of eligible pay."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 8,
  },
  {
    name: "SPD: accounted for separately without any pro rata share",
    shape: "SPD section",
    pages: ["Your after-tax contributions and their earnings are accounted for separately, and a withdrawal from that account is paid without any pro rata share of your pre-tax money."],
    expect: { separateAfterTaxAccounting: "yes" },
  },
  {
    name: "SPD: ranges for pre-tax and after-tax in one sentence",
    shape: "SPD section",
    pages: ["You may contribute 1% to 75% of pay as pre-tax or Roth deferrals and 1% to 15% of pay as after-tax contributions."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 15,
  },
  {
    name: "SPD: hardship is the only way out while employed",
    shape: "SPD section",
    pages: ["While you are employed, you may withdraw money from the Plan only in the case of a hardship."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "SPD: after age 59½, all of the vested balance",
    shape: "SPD section",
    pages: ["After you reach age 59½, you may withdraw all or part of your vested balance while still employed."],
    expect: {},
  },
  {
    name: "SPD: rollover account only, nothing else while employed",
    shape: "SPD section",
    pages: ["While employed, you may withdraw your rollover account at any time. No other in-service withdrawals are available."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "SPD: after-tax money at any time, for any reason",
    shape: "SPD section",
    pages: ["You may withdraw your after-tax contributions and their earnings at any time, for any reason."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "SPD: conversion only when a distribution is allowed",
    shape: "SPD section",
    pages: ["An in-plan Roth conversion is available only when you are eligible to take a distribution from the Plan, such as after you leave the company or reach age 59½."],
    expect: {},
  },
  {
    name: "SPD: automatically converted when you request a conversion",
    shape: "SPD section",
    pages: ["Your after-tax contributions are automatically converted to your Roth account when you request an in-plan conversion."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "SPD: elect automatic conversion of each after-tax contribution",
    shape: "SPD section",
    pages: ["You can elect automatic in-plan Roth conversion, which converts each after-tax contribution to Roth as soon as it is deposited."],
    expect: { automaticConversion: "yes", inPlanRothConversion: "yes" },
  },
  {
    name: "SPD: conversion for named sources, after-tax excluded",
    shape: "SPD section",
    pages: ["In-plan Roth conversions are available for your pre-tax deferral, matching and rollover accounts. Your after-tax account may not be converted."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "SPD: a 'not' in a relative clause about conversion",
    shape: "SPD section",
    pages: ["You may convert after-tax contributions, whose earnings have not yet been taxed, to Roth inside the plan."],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "SPD: employer money may not be withdrawn, after-tax may at any time",
    shape: "SPD section",
    pages: ["Employer contributions, which may not be withdrawn while you are employed, are kept apart from your after-tax account, which you may withdraw at any time."],
    // The after-tax account is kept apart and withdrawn on its own: separate accounting too.
    expect: { inServiceWithdrawal: "yes", separateAfterTaxAccounting: "yes" },
  },
  {
    name: "SPD: after-tax contributions in a separate subaccount",
    shape: "SPD section",
    pages: ["After-tax contributions are held in a separate subaccount."],
    expect: { separateAfterTaxAccounting: "yes" },
  },
  {
    name: "SPD: every withdrawal carries a pro rata share",
    shape: "SPD section",
    pages: ["Any withdrawal of after-tax money includes a pro rata share of your pre-tax money and earnings."],
    expect: { separateAfterTaxAccounting: "no" },
  },
  {
    name: "SPD: 50% of the first $4,000",
    shape: "SPD section",
    pages: ["The Company will match 50% of the first $4,000 you contribute each year."],
    expect: {},
    match: { kind: "dollarCap", matchPercent: 50, maxMatch: 2000 },
  },
  {
    name: "SPD: discretionary match",
    shape: "SPD section",
    pages: ["The Company may make a discretionary matching contribution each year."],
    expect: {},
  },
  {
    name: "SPD: match figured on the year's pay",
    shape: "SPD section",
    pages: ["The matching contribution is calculated on your total compensation for the plan year and deposited after the year ends."],
    expect: { matchTrueUp: "yes" },
  },
  {
    name: "SPD: two tiers in percentages",
    shape: "SPD section",
    pages: ["We will match 100% of the first 3% of pay you contribute and 50% of the next 2%."],
    expect: {},
    match: formula([100, 3], [50, 2]),
  },
  {
    name: "SPD: 50 cents per dollar on the first 6%",
    shape: "SPD section",
    pages: ["The company matches 50 cents per dollar on the first 6% of pay you save."],
    expect: {},
    match: formula([50, 6]),
  },
  {
    name: "SPD: true-up at the company's discretion",
    shape: "SPD section",
    pages: ["The Company may, at its discretion, make a true-up contribution after the plan year."],
    expect: {},
  },
  {
    name: "SPD: highly compensated employees excluded",
    shape: "SPD section",
    pages: ["Participants who are Highly Compensated Employees may not make after-tax contributions."],
    expect: {},
  },
  {
    name: "SPD: legal style, not to exceed 10% of compensation",
    shape: "SPD section",
    pages: ["4.4 Employee After-Tax Contributions. Each Participant may elect to make Employee After-Tax Contributions in an amount not to exceed 10% of Compensation."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 10,
  },
  {
    name: "SPD: apart from loans, only hardship",
    shape: "SPD section",
    pages: ["Apart from loans, the only way to take money out while you work is a hardship withdrawal."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "SPD: money rolled in from a prior employer, other money stays",
    shape: "SPD section",
    pages: ["You may withdraw amounts you rolled into the plan from a prior employer at any time; other money stays in the plan until you leave."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "SPD: only pre-tax and employer sources may be converted",
    shape: "SPD section",
    pages: ["Only pre-tax deferrals and vested employer contributions are eligible for in-plan Roth conversion."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "SPD: rollover when you take an eligible distribution",
    shape: "SPD section",
    pages: ["You may elect an in-plan Roth rollover when you take an eligible distribution."],
    expect: {},
  },
  {
    name: "SPD: no automatic conversion, request each one",
    shape: "SPD section",
    pages: ["The plan does not offer automatic conversion of after-tax contributions; you must request each conversion online."],
    expect: { automaticConversion: "no" },
  },
  {
    name: "SPD: in-service after 59½ only",
    shape: "SPD section",
    pages: ["In-service withdrawals are permitted only after age 59½."],
    expect: {},
  },
  {
    name: "SPD: after-tax contributions through payroll, heading then text",
    shape: "SPD section",
    pages: ["Voluntary After-Tax Contributions\n\nIn addition to pre-tax and Roth deferrals, you may elect to save from 1% to 20% of your eligible compensation as voluntary after-tax contributions through payroll deduction."],
    expect: { afterTaxContributions: "yes" },
    afterTaxCap: 20,
  },
  {
    name: "SPD: after-tax not accepted",
    shape: "SPD section",
    pages: ["The Plan does not accept employee after-tax contributions. You may contribute on a pre-tax or Roth basis."],
    expect: { afterTaxContributions: "no" },
  },
  // ---------------------------------------------------------------- adoption agreements
  {
    name: "adoption agreement: does not permit marked",
    shape: "adoption agreement",
    pages: ["4.03 AFTER-TAX VOLUNTARY EMPLOYEE CONTRIBUTIONS\nThe Plan ☐ does ☒ does not permit After-Tax Voluntary Employee Contributions."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "adoption agreement: does permit marked",
    shape: "adoption agreement",
    pages: ["4.03 AFTER-TAX VOLUNTARY EMPLOYEE CONTRIBUTIONS\nThe Plan ☒ does ☐ does not permit After-Tax Voluntary Employee Contributions."],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "adoption agreement: blank form decides nothing",
    shape: "adoption agreement",
    pages: ["4.03 AFTER-TAX VOLUNTARY EMPLOYEE CONTRIBUTIONS\nThe Plan ☐ does ☐ does not permit After-Tax Voluntary Employee Contributions."],
    expect: {},
  },
  {
    name: "adoption agreement: in-plan Roth rollover sources with [X]",
    shape: "adoption agreement",
    pages: ["6.05 IN-PLAN ROTH ROLLOVERS\n[X] In-plan Roth rollovers are permitted from the following sources:\n[ ] Elective deferrals\n[ ] Matching contributions\n[X] Voluntary after-tax contributions"],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "adoption agreement: in-plan Roth rollovers marked No",
    shape: "adoption agreement",
    pages: ["In-plan Roth rollovers: [ ] Yes [X] No"],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "adoption agreement: yes marked with an x in brackets",
    shape: "adoption agreement",
    pages: ["Voluntary after-tax employee contributions permitted: [x] Yes [ ] No"],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "adoption agreement: blank yes/no boxes",
    shape: "adoption agreement",
    pages: ["In-plan Roth rollovers: [ ] Yes [ ] No"],
    expect: {},
  },
  // ---------------------------------------------------------------- recordkeeper Q&A
  {
    name: "Q&A: yes to after-tax",
    shape: "recordkeeper Q&A",
    pages: ["Q: Can I make after-tax contributions?\nA: Yes. Your plan allows after-tax contributions in addition to pre-tax and Roth."],
    expect: { afterTaxContributions: "yes" },
  },
  {
    name: "Q&A: no to in-plan conversions, answer names 'this feature'",
    shape: "recordkeeper Q&A",
    pages: ["Q: Does my plan offer in-plan Roth conversions?\nA: No, your plan does not currently offer this feature."],
    expect: { inPlanRothConversion: "no" },
  },
  {
    name: "Q&A: after-tax money while working",
    shape: "recordkeeper Q&A",
    pages: ["Q: Can I withdraw my after-tax money while I'm still working?\nA: Yes, you may withdraw your after-tax contributions at any time."],
    expect: { inServiceWithdrawal: "yes" },
  },
  {
    name: "Q&A: only for a hardship",
    shape: "recordkeeper Q&A",
    pages: ["Q: Can I take money out while I'm still employed?\nA: Only for a financial hardship."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "Q&A: not at this time",
    shape: "recordkeeper Q&A",
    pages: ["Q: Are after-tax contributions allowed in my plan?\nA: Not at this time."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "Q&A: is after-tax money matched? no",
    shape: "recordkeeper Q&A",
    pages: ["Q: Is my after-tax money matched?\nA: No. Only pre-tax and Roth contributions receive the company match."],
    expect: { afterTaxContributions: "yes" },
    matchesAfterTax: "no",
  },
  {
    name: "Q&A: about Roth IRAs decides nothing",
    shape: "recordkeeper Q&A",
    pages: ["Q: Can I convert my traditional IRA to a Roth IRA?\nA: Yes, you can convert at any time, but the converted amount is taxable."],
    expect: {},
  },
  // ---------------------------------------------------------------- university 403(b) pages
  {
    name: "403(b) page: withdrawals at separation or after 59½, hardship allowed",
    shape: "university 403(b)",
    pages: ["403(b) Plan\nContributions: Pre-tax or Roth\nWithdrawals: Permitted upon separation or after age 59½\nLoans/Hardship withdrawals: Allowed"],
    expect: {},
  },
  {
    name: "403(b) page: university matches up to 6%",
    shape: "university 403(b)",
    pages: ["The University matches 100% of your contributions up to 6% of eligible salary each year."],
    expect: {},
    match: formula([100, 6]),
  },
  {
    name: "403(b) page: 'after-tax Roth' is Roth",
    shape: "university 403(b)",
    pages: ["Employees may make pre-tax and/or after-tax Roth contributions to either plan, up to the IRS limits. The university does not contribute to these plans."],
    expect: {},
    match: { kind: "none" },
  },
  {
    name: "403(b) page: no non-Roth after-tax",
    shape: "university 403(b)",
    pages: ["The 403(b) plan does not accept after-tax (non-Roth) contributions."],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "403(b) page: comparison table with post-tax Roth column",
    shape: "university 403(b)",
    pages: ["| | Traditional 403(b) | Roth 403(b) |\n| Contributions: | Pre-tax | Post-tax |\n| Withdrawals: | Taxable | Tax-free |"],
    expect: {},
  },
  // ---------------------------------------------------------------- amendments and SMMs
  {
    name: "SMM: removal dated after the SPD's permission",
    shape: "amendment",
    pages: [
      "The Plan permits after-tax contributions of up to 10% of pay.",
      "Summary of Material Modifications\nEffective January 1, 2025, the Plan no longer accepts after-tax contributions.",
    ],
    expect: { afterTaxContributions: "no" },
  },
  {
    name: "amendment adds in-plan conversion of after-tax money",
    shape: "amendment",
    pages: [
      "The Plan does not offer in-plan Roth conversions.",
      "Amendment\nBeginning July 1, 2024, you may convert any vested portion of your account, including after-tax contributions, to your Roth account within the Plan.",
    ],
    expect: { inPlanRothConversion: "yes" },
  },
  {
    name: "amendment: in-service after-tax withdrawal eliminated",
    shape: "amendment",
    pages: ["The in-service withdrawal of after-tax contributions was eliminated effective March 1, 2023."],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "SMM: adds after-tax and conversion in one sentence",
    shape: "amendment",
    pages: ["Summary of Material Modifications\nEffective April 1, 2025, the Plan is amended to permit participants to make after-tax contributions and to convert them to Roth within the Plan."],
    expect: { afterTaxContributions: "yes", inPlanRothConversion: "yes" },
  },
  {
    name: "SMM: automatic conversion each pay period from a date",
    shape: "amendment",
    pages: ["Summary of Material Modifications\nEffective January 1, 2025, after-tax contributions are converted to Roth automatically each pay period unless you opt out."],
    expect: { automaticConversion: "yes", inPlanRothConversion: "yes" },
  },
  {
    name: "SMM: withdrawal removed, overriding the SPD",
    shape: "amendment",
    pages: [
      "You may withdraw your after-tax account at any time.",
      "Summary of Material Modifications\nEffective July 1, 2024, in-service withdrawals of after-tax contributions are no longer available.",
    ],
    expect: { inServiceWithdrawal: "no" },
  },
  {
    name: "contradiction on withdrawals without a date",
    shape: "amendment",
    pages: ["In-service withdrawals: None", "You may withdraw your after-tax contributions at any time."],
    expect: {},
  },
  // ---------------------------------------------------------------- papers that decide nothing
  {
    name: "a pay stub",
    shape: "decides nothing",
    pages: ["Earnings Statement\nPay period: 06/01/2025 - 06/15/2025\nGross pay 4,230.77\n401(k) pre-tax 253.85\nRoth 401(k) 126.92\nAfter-tax 401(k) 211.54\nFederal income tax 512.00\nNet pay 2,650.10"],
    expect: {},
    notAPlan: true,
  },
  {
    name: "a to-do checklist",
    shape: "decides nothing",
    pages: ["Mega backdoor Roth checklist\n[ ] Confirm the plan takes after-tax contributions\n[ ] Ask about in-plan Roth conversion\n[ ] Set the after-tax election"],
    expect: {},
    notAPlan: true,
  },
  {
    name: "insurance premiums after tax",
    shape: "decides nothing",
    pages: ["Supplemental life insurance is paid with after-tax dollars. Accident insurance premiums are also deducted after tax, so benefits are paid tax-free."],
    expect: {},
    notAPlan: true,
  },
  {
    name: "HSA page",
    shape: "decides nothing",
    pages: ["Health Savings Account\nYou can contribute to your HSA after tax and claim the deduction on your tax return, or through payroll before tax."],
    expect: {},
    notAPlan: true,
  },
  {
    name: "stock purchase plan with a percent range",
    shape: "decides nothing",
    pages: ["Employee Stock Purchase Plan\nYou buy company shares at a discount through after-tax payroll deductions of 1% to 10% of pay."],
    expect: {},
    notAPlan: true,
  },
  {
    name: "Roth IRA article",
    shape: "decides nothing",
    pages: ["You may convert a traditional IRA to a Roth IRA at any time. The converted amount is taxed in the year of the conversion."],
    expect: {},
  },
  {
    name: "plan overview that says nothing about the features",
    shape: "decides nothing",
    pages: ["Your 401(k) plan helps you save for retirement. You can change your contribution rate at any time online or by phone, and choose from a range of investment funds."],
    expect: {},
  },
];
