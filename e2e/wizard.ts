import { expect, type Page } from "@playwright/test";

/** Answers a yes / no / not sure question page and continues. */
export async function answerChoice(page: Page, question: string | RegExp, answer: string) {
  await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
  await page.getByRole("button", { name: /Continue|Save and return/ }).click();
}

export async function continueOn(page: Page) {
  await page.getByRole("button", { name: /Continue|Save and return/ }).click();
}

/** The optional paycheck planner page: "Not now". */
export async function skipPaychecks(page: Page) {
  await expect(page).toHaveURL(/\/check\/paychecks$/);
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" })
    .getByLabel("Not now, I'll do this later").check();
  await continueOn(page);
}

/** Fills a date (USWDS memorable date, month first on the page): the group named by its legend, then each box by its label. */
export async function fillDate(page: Page, legend: string, day: string, month: string, year: string) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Month", { exact: true }).fill(month);
  await group.getByLabel("Day", { exact: true }).fill(day);
  await group.getByLabel("Year", { exact: true }).fill(year);
}

/** Starts a check and answers the three plan pages of the worked example: ends on "About you". */
export async function answerPlanPages(page: Page) {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page).toHaveURL(/\/check\/after-tax$/);
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await answerChoice(page, "Can you convert after-tax money to Roth inside the plan?", "Yes");

  await expect(page).toHaveURL(/\/check\/plan-details$/);
  await page.getByRole("group", { name: /convert after-tax contributions to Roth automatically/ }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("group", { name: /limit after-tax contributions to a percentage/ }).getByLabel("No", { exact: true }).check();
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/plan-year$/);
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/about-you$/);
}

/**
 * The rest of the worked example, from "About you" to the answers page: 2026, age 35, pay
 * 150,000, 24,500 deferred, match 50% up to 6%. `paychecks` answers the paycheck planner page.
 */
export async function answerWorkedExampleFromAboutYou(
  page: Page,
  paychecks: (page: Page) => Promise<void> = skipPaychecks,
  taxYear = "2026",
  yearlyDeferrals = "24500",
) {
  await expect(page).toHaveURL(/\/check\/about-you$/);
  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel(taxYear).check();
  await page.getByLabel("Your age on December 31 of that year").fill("35");
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/your-pay$/);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("$150,000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Every two weeks (26 paychecks)").check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/last-year$/);
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/contributions$/);
  await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("In dollars for the year").check();
  await page.getByLabel("Pre-tax and Roth contributions for the year").fill(yearlyDeferrals);
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/after-tax-money$/);
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/employer$/);
  await page.getByRole("group", { name: "How does your employer match your contributions?" })
    .getByLabel("A percentage up to a percentage of pay").check();
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/match$/);
  await page.getByRole("textbox", { name: "Match rate", exact: true }).fill("50");
  await page.getByRole("textbox", { name: "Up to this percentage of pay" }).fill("6%");
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/match-after-tax$/);
  await answerChoice(page, "Does the match also apply to after-tax contributions?", "No, only pre-tax and Roth");

  await paychecks(page);
  await expect(page).toHaveURL(/\/check\/answers$/);
}

/** The whole worked example of the specification (domain §6), from the start page to the answers page. */
export async function walkWorkedExample(page: Page, paychecks: (page: Page) => Promise<void> = skipPaychecks, taxYear = "2026") {
  await answerPlanPages(page);
  await answerWorkedExampleFromAboutYou(page, paychecks, taxYear);
}
