import { expect, test, type Page } from "@playwright/test";
import { walkWorkedExample } from "./wizard";

async function expectWorkedExampleResult(page: Page) {
  await expect(page).toHaveURL(/\/check\/result$/);
  await expect(page.getByTestId("verdict")).toHaveText("Yes: your plan lets you do a mega backdoor Roth.");
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
  await expect(page.getByTestId("after-tax-remaining")).toHaveText("$43,000");
  await expect(page.getByTestId("per-paycheck")).toContainText("$1,653.84");
  await expect(page.getByTestId("per-paycheck")).toContainText("28% of pay");
  await expect(page.getByTestId("route")).toContainText("in-plan Roth conversion");
}

test("the worked example reaches an eligible result with $43,000 of room (domain §6)", async ({ page }) => {
  await walkWorkedExample(page);
  await expect(page.getByText("$150,000")).toBeVisible();
  await page.getByRole("link", { name: "See your result" }).click();
  await expectWorkedExampleResult(page);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the same journey works and gives the same result", async ({ page }) => {
    await walkWorkedExample(page);
    await page.getByRole("link", { name: "See your result" }).click();
    await expectWorkedExampleResult(page);
  });
});
