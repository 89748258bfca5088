import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { scannedPdf } from "./scanned-documents";
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

// The second server (playwright.config.ts) reads at most 20 documents and answers at most 30
// evaluations per client and hour.
const RATE_LIMITED_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3107) + 1}`;

test("a load of 60 uploads from one client meets 429s with Retry-After, and never a 500", async ({ playwright }) => {
  test.setTimeout(120_000);
  const client = await playwright.request.newContext({ baseURL: RATE_LIMITED_URL });
  const statuses: number[] = [];
  let refused: { retryAfter?: string; body: { error?: string; problem?: string } } | undefined;
  for (let upload = 0; upload < 60; upload++) {
    const response = await client.post("/api/plan-document", {
      headers: { "content-type": "text/plain" },
      data: `Upload ${upload}. The Plan permits after-tax contributions.`,
    });
    statuses.push(response.status());
    if (response.status() === 429) refused ??= { retryAfter: response.headers()["retry-after"], body: await response.json() };
  }
  console.log(`60 uploads: ${statuses.filter((status) => status === 200).length} read, ${statuses.filter((status) => status === 429).length} refused with 429`);
  expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
  expect(statuses.filter((status) => status === 200)).toHaveLength(20);
  expect(statuses.slice(20).every((status) => status === 429)).toBe(true);
  expect(Number(refused!.retryAfter)).toBeGreaterThan(0);
  expect(Number(refused!.retryAfter)).toBeLessThanOrEqual(3600);
  expect(refused!.body).toMatchObject({ problem: "rate-limited" });
  expect(refused!.body.error).toMatch(/^Too many documents were sent from your network\. Try again in \d+ (?:minutes?|seconds?)\.$/);

  // And /api/evaluate past its 30 calls an hour.
  const statusesForApi: number[] = [];
  for (let call = 0; call < 35; call++) statusesForApi.push((await client.post("/api/evaluate", { data: {} })).status());
  expect(statusesForApi.filter((status) => status === 429).length).toBe(5);
  const limited = await client.post("/api/evaluate", { data: {} });
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  await client.dispose();
});

test("past the upload limit, the upload page explains the wait", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: RATE_LIMITED_URL, javaScriptEnabled: false });
  const page = await context.newPage();
  // Past this client's 20 reads for the hour, whatever ran before.
  for (let upload = 0; upload < 21; upload++) await context.request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: "The Plan permits after-tax contributions." });
  await page.goto("/check/plan-document");
  await page.getByLabel("Or paste the text of the document").fill("The Plan permits after-tax contributions.");
  await page.getByRole("button", { name: "Read my document" }).click();
  await expect(page.getByTestId("plan-document-upload")).toContainText(/Too many documents were read from your network\. Try again in \d+ minutes?/);
  await context.close();
});

// A scan is read by OCR page by page: long enough that the page shows its progress, then the findings.
const SCANNED_PAGES = [
  "SUMMARY PLAN DESCRIPTION\nAfter-Tax Contributions\nYou may make after-tax contributions of up to 10% of your pay, in addition to your pre-tax and Roth contributions.",
  "In-Plan Roth Conversions\nThe Plan permits in-plan Roth conversions of your after-tax contributions at any time.",
];

for (const javaScriptEnabled of [true, false]) {
  test(`a scanned PDF shows 'page N of M' while it is read, then its findings (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/check/plan-document");
    // Without JavaScript, six pages: OCR warmed up by the test before still takes longer than the
    // 2 s a quick read answers within, so the progress page shows and refreshes itself.
    const pages = javaScriptEnabled ? SCANNED_PAGES : [...SCANNED_PAGES, ...SCANNED_PAGES, ...SCANNED_PAGES];
    await page.getByLabel("Your plan document (PDF)").setInputFiles({ name: "scanned-spd.pdf", mimeType: "application/pdf", buffer: Buffer.from(scannedPdf(pages)) });
    await page.getByRole("button", { name: "Read my document" }).click();
    if (javaScriptEnabled) {
      await expect(page.getByTestId("reading-progress")).toHaveText(/Reading scanned page [12] of 2|Opening your document|Waiting for a free reader/, { timeout: 30_000 });
    } else {
      // Without JavaScript the progress page refreshes itself to the read's own address, which shows
      // the progress until the read is done (a quick read may be done by the first refresh).
      await expect(page).toHaveURL(/\/check\/plan-document\?read=[A-Za-z0-9_-]{22}$/, { timeout: 30_000 });
    }
    await expect(page.getByTestId("plan-document-review")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId("finding-afterTaxContributions").getByTestId("document-says")).toHaveText("Yes");
    await expect(page.getByTestId("finding-cap")).toContainText("10% of pay");
    await context.close();
  });
}
