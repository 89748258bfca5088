import type { Browser, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { expect, test, workedExampleWithPlan } from "./fixtures";

/** A second browser (its own cookies) that opens the link and continues with the saved answers. */
async function secondBrowserWith(browser: Browser, link: string): Promise<Page> {
  const other = await (await browser.newContext()).newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(other).toHaveURL(/\/check\//);
  return other;
}

async function resumeLinkFromResult(page: Page): Promise<string> {
  await page.goto("/check/result");
  await page.getByRole("button", { name: "Save and come back later" }).click();
  return page.getByLabel("Your resume link").inputValue();
}

test("deleting from the result asks first, then every other browser with the link hears it once", async ({ page, browser, seedSession }) => {
  await seedSession(workedExampleWithPlan);
  const link = await resumeLinkFromResult(page);
  const other = await secondBrowserWith(browser, link);

  await page.goto("/check/result");
  await page.getByTestId("delete-answers").click();
  await expect(page).toHaveURL(/\/check\/delete\?from=result$/);
  await expect(page).toHaveTitle("Are you sure you want to delete your answers? – Mega Backdoor Roth Check");
  await expect(page.getByTestId("delete-warning")).toContainText("Are you sure? This deletes the answers for everyone who has the link.");
  expect(await axeViolations(page)).toEqual([]);
  // "No" keeps everything: back to the result, answers intact.
  await page.getByRole("link", { name: "No, keep my answers" }).click();
  await expect(page).toHaveURL(/\/check\/result$/);
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");

  await page.getByTestId("delete-answers").click();
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByText("Your answers have been deleted.")).toBeVisible();

  // The other browser, on its next page: told, not silently restarted at question 1.
  await other.goto("/check/result");
  await expect(other).toHaveURL(/\/answers-deleted$/);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("These answers were deleted");
  await expect(other).toHaveTitle("These answers were deleted – Mega Backdoor Roth Check");
  expect(await axeViolations(other)).toEqual([]);
  // Once: after that it is a browser without saved answers, like any other.
  await other.goto("/check/result");
  await expect(other).toHaveURL(/\/check\/after-tax$/);
  // The browser that deleted never sees the notice: it already saw "Your answers have been deleted."
  await page.goto("/check/result");
  await expect(page).toHaveURL(/\/check\/after-tax$/);
  // And the link opens nothing.
  await other.goto(link);
  await expect(other).toHaveURL(/\/session-ended$/);
});

test("deleting from the save page goes through the same confirmation; 'Start again' there starts afresh", async ({ page, browser, seedSession }) => {
  await seedSession(workedExampleWithPlan);
  const link = await resumeLinkFromResult(page);
  const other = await secondBrowserWith(browser, link);

  await other.goto("/check/about-you");
  await page.getByRole("link", { name: "Delete my answers" }).click();
  await expect(page).toHaveURL(/\/check\/delete\?from=save$/);
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByText("Your answers have been deleted.")).toBeVisible();

  // A question page in the other browser, mid-answer: its save is the moment it hears of it.
  await other.getByRole("button", { name: "Continue" }).click();
  await expect(other).toHaveURL(/\/answers-deleted$/);
  await other.getByRole("button", { name: "Start again" }).click();
  await expect(other).toHaveURL(/\/check\/after-tax$/);
  await expect(other.getByLabel("Yes", { exact: true })).not.toBeChecked();
});
