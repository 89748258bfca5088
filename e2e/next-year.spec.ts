import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { answerPlanPages, answerWorkedExampleFromAboutYou, continueOn, fillDate } from "./wizard";

// On the late-year server (playwright.config.ts): from October on, next year is a tax-year choice,
// its figures typed from the IRS page until the limits table has them.

test("2027 is offered late in 2026; its figures page links the IRS page, fills in the HCE threshold and refuses swapped limits", async ({ page }) => {
  await answerPlanPages(page);
  const year = page.getByRole("group", { name: "Which tax year are you checking?" });
  await expect(year.getByRole("radio")).toHaveCount(4);
  await year.getByLabel("2027").check();
  await page.getByLabel("Your age on December 31 of that year").fill("36");
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150,000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Every two weeks (26 paychecks)").check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/irs-limits$/);
  await expect(page.getByTestId("irs-cola-page").getByRole("link", { name: "COLA increases for dollar limitations on benefits and contributions" }))
    .toHaveAttribute("href", "https://www.irs.gov/retirement-plans/cola-increases-for-dollar-limitations-on-benefits-and-contributions");
  // The 2027 HCE threshold applies to 2026 pay and is published (Notice 2025-67): not asked.
  await expect(page.getByLabel(/Highly compensated employee threshold/)).toHaveCount(0);
  await expect(page.getByLabel("Elective deferral limit for 2027")).toBeVisible();

  // The deferral limit and the annual additions limit swapped.
  await page.getByLabel("Elective deferral limit for 2027").fill("73,500");
  await page.getByLabel("Catch-up limit at age 50 or over for 2027").fill("8,000");
  await page.getByLabel("Catch-up limit at age 60 to 63 for 2027").fill("11,250");
  await page.getByLabel("Annual additions limit for 2027").fill("25,000");
  await page.getByLabel("Compensation limit for 2027").fill("370,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/irs-limits$/);
  const errors = page.getByTestId("error-summary");
  await expect(errors).toContainText("must be below the annual additions limit ($25,000): check that the two are not swapped");
  await expect(errors).toContainText("lower than 2026's $72,000");
  await expect(page).toHaveTitle(/^Error: /);
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel("Elective deferral limit for 2027").fill("25,000");
  await page.getByLabel("Annual additions limit for 2027").fill("73,500");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/last-year$/);
});

test("'Plan 2027 now' on the 2026 result opens a 2027 check with the answers carried over, and a paycheck plan from January", async ({ page }) => {
  test.setTimeout(120_000);
  await answerPlanPages(page);
  await answerWorkedExampleFromAboutYou(page, async (page) => {
    await expect(page).toHaveURL(/\/check\/paychecks$/);
    await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
    await fillDate(page, "Date of your latest paycheck", "20", "11", "2026");
    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/pay-stub$/);
    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/paycheck-rules$/);
    await page.getByRole("group", { name: "Does your plan true up the match after the year?" }).getByLabel("No", { exact: true }).check();
    await page.getByRole("group", { name: "How does your plan let you set your contributions?" }).getByLabel("Whole percentages of pay (1%, 2%, ...)").check();
    await continueOn(page);
  });
  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page).toHaveURL(/\/check\/result$/);
  const offer = page.getByTestId("plan-next-year");
  await expect(offer.getByRole("heading")).toHaveText("Plan 2027 now");
  expect(await axeViolations(page)).toEqual([]);
  await offer.getByRole("button", { name: "Plan 2027 now" }).click();

  // Only what changes is asked: 2027's figures, the look-back pay (carried: 2026's 150,000), the contributions.
  await expect(page).toHaveURL(/\/check\/irs-limits\?returnTo=answers$/);
  await page.getByLabel("Elective deferral limit for 2027").fill("25,000");
  await page.getByLabel("Catch-up limit at age 50 or over for 2027").fill("8,000");
  await page.getByLabel("Catch-up limit at age 60 to 63 for 2027").fill("11,250");
  await page.getByLabel("Annual additions limit for 2027").fill("73,500");
  await page.getByLabel("Compensation limit for 2027").fill("370,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/last-year\?returnTo=answers$/);
  await expect(page.getByLabel("Your pay from this employer in 2026")).toHaveValue("150,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/contributions\?returnTo=answers$/);
  await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("In dollars for the year").check();
  await page.getByLabel("Pre-tax and Roth contributions for the year").fill("25,000");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/answers$/);
  // Carried over: the age a year on, the plan, the match.
  await expect(page.getByText("36", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page).toHaveURL(/\/check\/result$/);
  // 73,500 − 25,000 − match 50% of 6% of 150,000 (4,500) = 44,000; the plan starts with Friday, January 1, 2027.
  await expect(page.getByTestId("after-tax-room")).toHaveText("$44,000");
  await expect(page.getByTestId("paycheck-table").getByRole("row").nth(1)).toContainText("January 1, 2027");
  // 2027 is not this year: no offer to plan 2028.
  await expect(page.getByTestId("plan-next-year")).toHaveCount(0);
});
