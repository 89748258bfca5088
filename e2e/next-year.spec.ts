import { axeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { answerPlanPages, continueOn } from "./wizard";
import { workedExampleDraft } from "../lib/wizard/sample-draft";

// On the late-year server (playwright.config.ts): from October on, next year is a tax-year choice,
// its figures typed from the IRS page until the limits table has them.

test("2027 is offered late in 2026; its figures pages link the IRS page, fill in the HCE threshold and refuse swapped limits", async ({ page }) => {
  await answerPlanPages(page);
  const year = page.getByRole("group", { name: "Which tax year are you checking?" });
  await expect(year.getByRole("radio")).toHaveCount(4);
  await year.getByLabel("2027").check();
  await page.getByLabel("Your age on December 31 of that year").fill("36");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/your-pay$/);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150,000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Every two weeks (26 paychecks)").check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/irs-limits$/);
  await expect(page.getByTestId("irs-cola-page").getByRole("link", { name: "COLA increases for dollar limitations on benefits and contributions" }))
    .toHaveAttribute("href", "https://www.irs.gov/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions");
  // The annual additions limit typed as the deferral limit.
  await page.getByLabel("Elective deferral limit for 2027").fill("73,500");
  await page.getByLabel("Catch-up limit at age 50 or over for 2027").fill("8,000");
  await page.getByLabel("Catch-up limit at age 60 to 63 for 2027").fill("11,250");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/irs-limits$/);
  await expect(page.getByTestId("error-summary")).toContainText("must be below the annual additions limit ($72,000 in 2026, and it does not go down)");
  await expect(page).toHaveTitle(/^Error: /);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel("Elective deferral limit for 2027").fill("25,000");
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/irs-limits-plan$/);
  // The 2027 HCE threshold applies to 2026 pay and is published (Notice 2025-67): not asked.
  await expect(page.getByLabel(/Highly compensated employee threshold/)).toHaveCount(0);
  await page.getByLabel("Annual additions limit for 2027").fill("25,000");
  await page.getByLabel("Compensation limit for 2027").fill("370,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/irs-limits-plan$/);
  await expect(page.getByTestId("error-summary")).toContainText("must be above the elective deferral limit you entered ($25,000)");
  await page.getByLabel("Annual additions limit for 2027").fill("73,500");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/last-year$/);
});

test("'Plan 2027 now' on the 2026 result opens a 2027 check with the answers carried over, and a paycheck plan from January", async ({ page, seedSession }) => {
  test.setTimeout(120_000);
  // The worked example (domain §6), last paid Friday November 20, 2026, bi-weekly.
  await seedSession({ ...workedExampleDraft, planPaychecks: "yes", lastPayDay: 20, lastPayMonth: 11, lastPayYear: 2026, matchTrueUp: "no", electionRounding: "whole" });
  await page.goto("/check/result");
  const offer = page.getByTestId("plan-next-year");
  await expect(offer.getByRole("heading")).toHaveText("Plan 2027 now");
  expect(await axeViolations(page)).toEqual([]);
  await offer.getByRole("button", { name: "Plan 2027 now" }).click();

  // Only what changes is asked: 2027's figures, last year's pay (carried: 2026's 150,000), the contributions.
  await expect(page).toHaveURL(/\/check\/irs-limits\?returnTo=answers$/);
  await page.getByLabel("Elective deferral limit for 2027").fill("25,000");
  await page.getByLabel("Catch-up limit at age 50 or over for 2027").fill("8,000");
  await page.getByLabel("Catch-up limit at age 60 to 63 for 2027").fill("11,250");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/irs-limits-plan\?returnTo=answers$/);
  await page.getByLabel("Annual additions limit for 2027").fill("73,500");
  await page.getByLabel("Compensation limit for 2027").fill("370,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/last-year\?returnTo=answers$/);
  await expect(page.getByLabel(/Your pay from this employer in 2026/)).toHaveValue("150,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/contributions\?returnTo=answers$/);
  await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("In dollars for the year").check();
  await page.getByLabel("Pre-tax and Roth contributions for the year").fill("25,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/after-tax-money\?returnTo=answers$/);
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/answers$/);

  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page).toHaveURL(/\/check\/result$/);
  // 73,500 − 25,000 − match 50% of 6% of 150,000 (4,500) = 44,000; the plan starts with Friday, January 1, 2027.
  await expect(page.getByTestId("after-tax-room")).toHaveText("$44,000");
  await expect(page.getByTestId("paycheck-table").locator("tbody tr").first()).toContainText("January 1, 2027");
  // 2027 is not this year: no offer to plan 2028.
  await expect(page.getByTestId("plan-next-year")).toHaveCount(0);
});
