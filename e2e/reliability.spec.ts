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

test("while another connection holds the write lock for 3 s, the server keeps answering within 200 ms, and a save made meanwhile lands after it", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await expect(page).toHaveURL(/in-plan-conversion$/);
  await page.getByLabel("Not sure").check();
  // Warm both routes first, so the timings below measure waiting, not a first compile of the route.
  await request.get("/api/health");
  await request.post("/api/evaluate", { data: {} });

  const locker = new Database(DATABASE_FILE);
  locker.exec("BEGIN EXCLUSIVE");
  const lockedAt = Date.now();
  const timings: number[] = [];
  let saving: Promise<void> | undefined;
  try {
    saving = continueOn(page);
    while (Date.now() - lockedAt < 3_000) {
      for (const call of [() => request.get("/api/health"), () => request.post("/api/evaluate", { data: {} })]) {
        const started = performance.now();
        const response = await call();
        timings.push(performance.now() - started);
        expect(response.status()).toBeLessThan(500);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    locker.exec("ROLLBACK");
    locker.close();
  }
  await saving;
  console.log(`During the 3 s lock: ${timings.length} requests, slowest ${Math.max(...timings).toFixed(1)} ms`);
  expect(timings.length).toBeGreaterThan(10);
  expect(Math.max(...timings)).toBeLessThan(200);
  // The save waited for the lock asynchronously and went through once it was released.
  await expect(page).toHaveURL(/in-service-withdrawal$/, { timeout: 10_000 });
  await page.goto("/check/in-plan-conversion");
  await expect(page.getByLabel("Not sure")).toBeChecked();
});

test("with the database locked, starting, deleting and opening a link say plainly that nothing is lost, never a 500", async ({ page, browser }) => {
  test.setTimeout(90_000);
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await expect(page).toHaveURL(/in-plan-conversion$/);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  const link = await page.getByLabel("Your resume link").inputValue();

  // The confirmation page opens before the lock; its button then meets the locked database.
  await page.getByRole("link", { name: "Delete my answers" }).click();
  const locker = new Database(DATABASE_FILE);
  locker.exec("BEGIN EXCLUSIVE");
  try {
    await page.getByRole("button", { name: "Yes, delete my answers" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not delete your answers just now", { timeout: 20_000 });
    await expect(page.getByTestId("nothing-lost")).toContainText("Nothing was changed");

    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto("/");
    await stranger.getByRole("button", { name: "Start now" }).click();
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("We could not start your check just now", { timeout: 20_000 });

    const response = await stranger.goto(link, { timeout: 20_000 });
    expect(response!.status()).toBeLessThan(500);
    await expect(stranger.getByRole("heading", { level: 1 })).toHaveText("We could not open your saved answers just now");
    await expect(stranger.getByTestId("nothing-lost")).toContainText("your link still works");
  } finally {
    locker.exec("ROLLBACK");
    locker.close();
  }
  // Nothing was lost: the link opens the answers.
  await page.goto(link);
  await page.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(page).toHaveURL(/\/check\/in-plan-conversion$/);
  await page.goto("/check/after-tax");
  await expect(page.getByLabel("Yes", { exact: true })).toBeChecked();
});
