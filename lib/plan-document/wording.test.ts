import { describe, expect, it } from "vitest";
import { readPlanDocument, type Answer, type Feature } from "./index";

// Wording found after the realistic corpus was written, each a case where a keyword reader gives
// a wrong Yes or No (domain section 8: a negation decides its own clause, a condition is not a
// prohibition, a question decides nothing until answered).
const CASES: [string, Feature, Answer][] = [
  ["You may not make after-tax contributions while you are on a leave of absence.", "afterTaxContributions", "unsure"],
  ["Unless you are a highly compensated employee, you may make after-tax contributions.", "afterTaxContributions", "unsure"],
  ["After-tax contributions are available to all employees except highly compensated employees.", "afterTaxContributions", "unsure"],
  ["After-tax contributions may be withdrawn once per year, but not within 6 months of a prior withdrawal.", "inServiceWithdrawal", "yes"],
  ["In-service withdrawals are not permitted, except that you may withdraw your after-tax account at any time.", "inServiceWithdrawal", "yes"],
  ["Can I make after-tax contributions? No.", "afterTaxContributions", "no"],
  ["Can I make after-tax contributions?", "afterTaxContributions", "unsure"],
  ["No in-plan Roth conversions are permitted.", "inPlanRothConversion", "no"],
  ["After-tax contributions that are not matched may be converted to Roth within the plan.", "inPlanRothConversion", "yes"],
  ["There is no limit on after-tax contributions other than the IRS limit, and you may make them at any time.", "afterTaxContributions", "yes"],
  ["Your after-tax contributions can be rolled into the Roth 401(k) within the plan.", "inPlanRothConversion", "yes"],
  ["The following contributions are permitted:\n☒ Roth elective deferrals ☐ After-tax voluntary contributions", "afterTaxContributions", "unsure"],
  ["Contribution sources permitted:\n[X] Voluntary after-tax contributions [ ] Rollover contributions", "afterTaxContributions", "yes"],
];

describe("wording a keyword reader gets wrong", () => {
  it.each(CASES)("%s → %s is %s", (text, feature, answer) => {
    expect(readPlanDocument([text])[feature].answer).toBe(answer);
  });

  it("knows the employer does not match after-tax contributions", () => {
    expect(readPlanDocument(["The company does not match after-tax contributions."]).matchesAfterTax?.value).toBe("no");
  });
});
