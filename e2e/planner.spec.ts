import AxeBuilder from "@axe-core/playwright";
import { workedExampleDraft } from "../lib/wizard/sample-draft";
import { expect, test, workedExampleWithPlan } from "./fixtures";
import { fillDate } from "./wizard";

// The test server's clock is fixed at APP_TODAY = 2026-07-10 (playwright.config.ts), a pay day:
// bi-weekly, 12 paychecks are left, July 24 to December 25 (lib/planner/plan.test.ts). Each test
// starts from a saved draft seeded into the server's database (e2e/fixtures.ts).
test("the planner section shows the elections to set and the path-to-the-max chart for the worked example", async ({ page, seedSession }) => {
  // Two screenshots, an accessibility scan and a PDF: over a minute on a loaded 2-core machine.
  test.slow();
  await seedSession(workedExampleWithPlan);
  await page.goto("/check/result");

  // The headline is the plan's election, not a second, year-even one.
  await expect(page.getByTestId("headline-election")).toHaveText(
    "Set your after-tax election to 57% of pay ($3,288.46 from each regular paycheck) for the 12 paychecks left.",
  );
  const planner = page.getByTestId("planner");
  await expect(planner.getByRole("heading", { name: "Your paycheck plan" })).toBeVisible();
  await expect(planner).toContainText("12 paychecks left in 2026");
  // 24,500 / (12 x 5,769.23) = 35.39%: set 35%, 2,019.23 a paycheck, never 36%.
  await expect(planner.getByTestId("election-deferral")).toContainText("35%");
  await expect(planner.getByTestId("election-deferral")).toContainText("$2,019.23");
  // Without a take-home figure a paycheck funds at most what Social Security and Medicare leave:
  // 5,769.23 - 7.65% (441.35) = 5,327.88, so after tax 5,327.88 - 2,019.23 = 3,308.65 at most: 57%.
  await expect(planner.getByTestId("election-after-tax")).toContainText("57%");
  await expect(planner.getByTestId("election-after-tax")).toContainText("$3,288.46");
  // 24,230.76 deferred + 2,076.96 match + 12 x 3,288.46 = 39,461.52 after tax = 65,769.24.
  await expect(planner.getByTestId("planner-summary")).toContainText("$65,769.24");
  await planner.getByTestId("planner-warnings-fold").locator("summary").first().click();
  await expect(planner.locator('[data-code="ANNUAL_ADDITIONS_UNREACHABLE"]')).toBeVisible();

  // The chart: an SVG image with a name, one column per paycheck, and its table alternative,
  // folded with the paycheck table under the elections.
  await planner.getByTestId("planner-workings").locator("summary").first().click();
  const chart = planner.getByRole("img", { name: "Path to the max" });
  await expect(chart).toBeVisible();
  await expect(chart.locator("text", { hasText: "§415(c) limit $72,000" })).toBeVisible();
  await expect(planner.getByTestId("path-to-max-table").locator("tbody tr")).toHaveCount(12);
  await expect(planner.getByTestId("paycheck-table").locator("tbody tr")).toHaveCount(12);
  for (const [label, width] of [["desktop", 1280], ["phone", 375]] as const) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/result-with-planner-${label}.png`, fullPage: true });
  }
  const scan = await new AxeBuilder({ page }).include('[data-testid="planner"]').analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("skipping the paychecks page leaves the result without a planner", async ({ page, seedSession }) => {
  await seedSession(workedExampleDraft);
  await page.goto("/check/result");
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
  await expect(page.getByTestId("planner")).toHaveCount(0);
});

test("semi-monthly pay days on the same day are refused next to the field", async ({ page, seedSession }) => {
  await seedSession({ ...workedExampleDraft, payPeriodsPerYear: 24 });
  await page.goto("/check/paychecks?returnTo=answers");
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
  await fillDate(page, "Date of your latest paycheck", "15", "1", "2026");
  await page.getByLabel("First pay day of the month", { exact: true }).fill("15");
  await page.getByLabel("Second pay day of the month", { exact: true }).fill("15");
  await page.getByRole("button", { name: "Save and return to your answers" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The two pay days of the month must be different days");
});

test("a pay stub dated after today is refused next to the date, and every box keeps what was typed", async ({ page, seedSession }) => {
  await seedSession(workedExampleDraft);
  await page.goto("/check/paychecks?returnTo=answers");
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
  await fillDate(page, "Date of your latest paycheck", "24", "7", "2026");
  await page.getByRole("button", { name: "Save and return to your answers" }).click();
  const date = page.getByRole("group", { name: "Date of your latest paycheck" });
  await expect(date).toContainText("The date of your latest paycheck can't be after today, July 10, 2026");
  await expect(page.getByTestId("error-summary")).toContainText("can't be after today");
  await expect(date.getByLabel("Day", { exact: true })).toHaveValue("24");
  await expect(date.getByLabel("Month", { exact: true })).toHaveValue("7");
  await expect(date.getByLabel("Year", { exact: true })).toHaveValue("2026");
});
