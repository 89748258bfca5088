import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { formatUsd } from "../lib/money";
import { planPaychecks } from "../lib/planner/plan";
import { plannerInputFor } from "../lib/wizard/planner-input";
import { continueOn, walkWorkedExample } from "./wizard";

// The server plans from the real date, so the test works out the same plan for today's date.
const now = new Date();
const lastPay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 7));
const today = now.toISOString().slice(0, 10);

async function planMyPaychecks(page: Page) {
  await expect(page).toHaveURL(/\/check\/paychecks$/);
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
  await page.getByLabel("Date of your latest paycheck: day", { exact: true }).fill(String(lastPay.getUTCDate()));
  await page.getByLabel("Date of your latest paycheck: month", { exact: true }).fill(String(lastPay.getUTCMonth() + 1));
  await page.getByLabel("Date of your latest paycheck: year", { exact: true }).fill(String(lastPay.getUTCFullYear()));
  await page.getByRole("group", { name: "Does your plan true up the match after the year?" }).getByLabel("No", { exact: true }).check();
  await page.getByRole("group", { name: "How does your plan let you set your contributions?" })
    .getByLabel("Whole percentages of pay (1%, 2%, ...)").check();
  await continueOn(page);
}

/** The worked example's draft with the same planner answers, for the expected figures. */
function expectedPlan() {
  const input = plannerInputFor({
    afterTaxContributions: "yes",
    inPlanRothConversion: "yes",
    automaticConversion: "yes",
    hasAfterTaxCap: "no",
    taxYear: 2026,
    ageAtYearEnd: 35,
    compensation: 150_000_00,
    payPeriodsPerYear: 26,
    deferralMode: "dollars",
    employeeDeferrals: 24_500_00,
    matchKind: "formula",
    matchPercent: 50,
    matchUpToPercent: 6,
    matchesAfterTax: "no",
    planPaychecks: "yes",
    lastPayDay: lastPay.getUTCDate(),
    lastPayMonth: lastPay.getUTCMonth() + 1,
    lastPayYear: lastPay.getUTCFullYear(),
    matchTrueUp: "no",
    electionRounding: "whole",
  })!;
  const plan = planPaychecks(input, today);
  if (!plan.ok) throw new Error("the worked example should plan");
  return plan;
}

test("the planner section shows the elections to set and the path-to-the-max chart for the worked example", async ({ page }) => {
  const plan = expectedPlan();
  test.skip(plan.rows.length === 0, `no paychecks are left in ${plan.taxYear} on ${today}`);

  await walkWorkedExample(page, planMyPaychecks);
  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page).toHaveURL(/\/check\/result$/);

  const planner = page.getByTestId("planner");
  await expect(planner.getByRole("heading", { name: "Your paycheck plan" })).toBeVisible();
  await expect(planner.getByTestId("election-deferral")).toContainText(plan.elections.deferral.label);
  await expect(planner.getByTestId("election-deferral")).toContainText(formatUsd(plan.elections.deferral.perPaycheck, { cents: true }));
  await expect(planner.getByTestId("election-after-tax")).toContainText(plan.elections.afterTax.label);

  // The chart: an SVG image with a name, one column per paycheck, and its table alternative.
  const chart = planner.getByRole("img", { name: "Path to the max" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("text", { hasText: "§415(c) limit $72,000" })).toBeVisible();
  await expect(planner.getByTestId("path-to-max-table").locator("tbody tr")).toHaveCount(plan.rows.length);
  await expect(planner.getByTestId("paycheck-table").locator("tbody tr")).toHaveCount(plan.rows.length);
  await expect(planner.getByTestId("left-by-rounding")).toContainText(formatUsd(plan.leftOnTable.byRounding, { cents: true }));
  for (const warning of plan.warnings) {
    await expect(planner.locator(`[data-code="${warning.code}"]`)).toBeVisible();
  }
  const scan = await new AxeBuilder({ page }).include('[data-testid="planner"]').analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("skipping the paychecks page leaves the result without a planner", async ({ page }) => {
  await walkWorkedExample(page);
  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
  await expect(page.getByTestId("planner")).toHaveCount(0);
});

test("semi-monthly pay days on the same day are refused next to the field", async ({ page }) => {
  await walkWorkedExample(page);
  await page.getByRole("link", { name: "Change your pay from this employer for the year, before tax" }).click();
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Twice a month (24 paychecks)").check();
  await page.getByRole("button", { name: "Save and return to your answers" }).click();
  await page.goto("/check/paychecks?returnTo=answers");
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
  await page.getByLabel("Date of your latest paycheck: day", { exact: true }).fill("15");
  await page.getByLabel("Date of your latest paycheck: month", { exact: true }).fill("1");
  await page.getByLabel("Date of your latest paycheck: year", { exact: true }).fill("2026");
  await page.getByLabel("First pay day of the month", { exact: true }).fill("15");
  await page.getByLabel("Second pay day of the month", { exact: true }).fill("15");
  await page.getByRole("group", { name: "Does your plan true up the match after the year?" }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("group", { name: "How does your plan let you set your contributions?" }).getByLabel("A dollar amount per paycheck").check();
  await page.getByRole("button", { name: "Save and return to your answers" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The two pay days of the month must be different days");
});
