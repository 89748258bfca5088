import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { answerChoice, continueOn } from "./wizard";

const DATABASE_FILE = (process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").slice("file:".length);

test("with the database locked, a save says so plainly, keeps what was typed, and works once it is back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await expect(page).toHaveURL(/in-plan-conversion$/);

  // Another process holds the write lock: every save waits out the busy timeout, then fails.
  const locker = new Database(DATABASE_FILE);
  locker.exec("BEGIN EXCLUSIVE");
  try {
    await page.getByLabel("Not sure").check();
    await continueOn(page);
    await expect(page.getByTestId("form-message")).toContainText("We could not save your answers just now", { timeout: 20_000 });
    await expect(page).toHaveURL(/in-plan-conversion$/);
    await expect(page.getByLabel("Not sure")).toBeChecked();
  } finally {
    locker.exec("ROLLBACK");
    locker.close();
  }

  // The database is back: the same answer saves, and the earlier one was never lost.
  await continueOn(page);
  await expect(page).toHaveURL(/in-service-withdrawal$/);
  await page.goto("/check/after-tax");
  await expect(page.getByLabel("Yes", { exact: true })).toBeChecked();
});
