import { expect, test, type Page } from "@playwright/test";
import { answerPlanPages, continueOn, walkWorkedExample } from "./wizard";

// Pictures at 375 px of the three pages a phone user judges us by: an error, the answers, the result.
const label = process.env.SHOTS_LABEL ?? "after";

test(`screenshots at 375 px (${label})`, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await walkWorkedExample(page);
  await page.screenshot({ path: `test-results/screenshots/${label}-check-answers-375.png`, fullPage: true });
  await page.goto("/check/result");
  await page.screenshot({ path: `test-results/screenshots/${label}-result-375.png`, fullPage: true });
  await page.screenshot({ path: `test-results/screenshots/${label}-result-375-first-screen.png` });
  await page.goto("/check/about-you");
  await page.getByLabel("Your age on December 31 of that year").fill("");
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150k");
  await continueOn(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `test-results/screenshots/${label}-error-375.png`, fullPage: true });
});

/** About you with a missing age and a salary typed as "150k": two problems. */
async function failAboutYou(page: Page) {
  await answerPlanPages(page);
  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel("2026").check();
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150k");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Monthly (12 paychecks)").check();
  await continueOn(page);
}

async function expectErrorPattern(page: Page) {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: About you – Mega Backdoor Roth Check$/);
  // The summary comes before the page heading, in reading order.
  const order = await page.evaluate(() => {
    const summaryBox = document.querySelector('[data-testid="error-summary"]')!;
    const heading = document.querySelector("h1")!;
    return summaryBox.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // Each message says what to do, with the field's own example, and never repeats the label.
  await expect(summary.getByRole("link")).toHaveText([
    "Enter your age on December 31, between 18 and 120",
    "Enter an amount in dollars using numbers only, like 150,000",
  ]);
}

test.describe("errors, with JavaScript", () => {
  test("the summary sits above the heading, takes focus, titles the page, and its links focus the input with its question in view", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await failAboutYou(page);
    await expectErrorPattern(page);
    await page.getByTestId("error-summary").getByRole("link", { name: /like 150,000/ }).click();
    const input = page.getByLabel("Your pay from this employer for the year, before tax");
    await expect(input).toBeFocused();
    await expect(page.getByText("Your pay from this employer for the year, before tax", { exact: true })).toBeInViewport();
    // Corrected, the title loses its "Error: ".
    await input.fill("150,000");
    await page.getByLabel("Your age on December 31 of that year").fill("35");
    await expect(page).toHaveTitle(/^About you – /);
  });
});

test.describe("errors, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the server's page has the same summary, focus and title", async ({ page }) => {
    await failAboutYou(page);
    await expectErrorPattern(page);
  });
});
