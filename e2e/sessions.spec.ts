import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { answerChoice, answerPlanPages, answerWorkedExampleFromAboutYou, continueOn } from "./wizard";

// The database file the test server uses (see playwright.config.ts).
const DATABASE_FILE = (process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").slice("file:".length);

/** Three pages answered: the plan questions and their details. */
const answerThreeSteps = answerPlanPages;

async function resumeLink(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Save and come back later" }).click();
  await expect(page.getByText("Anyone with this link can see your answers.")).toBeVisible();
  const link = await page.getByLabel("Your resume link").inputValue();
  expect(link).toMatch(/\/resume\/[A-Za-z0-9_-]{43}$/);
  return link;
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test("a resume link opened in a new browser restores the answers and continues to the same result", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await answerThreeSteps(page);
  const link = await resumeLink(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await freshPage(browser);
  const response = await other.goto(link);
  // The token leaves the address bar at once: it is swapped for an HttpOnly cookie.
  await expect(other).toHaveURL(/\/check\/about-you$/);
  expect(response?.request().redirectedFrom()?.url()).toBe(link);
  const cookies = await other.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "mbr_session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await other.getByRole("link", { name: "Back", exact: true }).click();
  await expect(other.getByRole("group", { name: /automatically/ }).getByLabel("Yes", { exact: true })).toBeChecked();
  await continueOn(other);
  await answerWorkedExampleFromAboutYou(other);
  await other.getByRole("link", { name: "See your result" }).click();
  await expect(other.getByTestId("after-tax-room")).toHaveText("$43,000");

  // The first browser shares the same saved session: it sees the finished answers too.
  await page.goto("/check/result");
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
});

test("an expired link and a tampered link both show the same start-again page", async ({ page, browser }) => {
  await answerThreeSteps(page);
  const link = await resumeLink(page);

  const tampered = await freshPage(browser);
  const last = link.at(-1) === "A" ? "B" : "A";
  await tampered.goto(link.slice(0, -1) + last);
  await expect(tampered).toHaveURL(/\/session-ended$/);
  await expect(tampered.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");

  const database = new Database(DATABASE_FILE);
  try {
    // Stored dates are ISO text; a day in the past means the 30 days ran out.
    database.prepare("UPDATE WizardSession SET expiresAt = ?").run(new Date(Date.now() - 86_400_000).toISOString().replace("Z", "+00:00"));
  } finally {
    database.close();
  }
  const expired = await freshPage(browser);
  await expired.goto(link);
  await expect(expired).toHaveURL(/\/session-ended$/);
  await expect(expired.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await expired.getByRole("button", { name: "Start again" }).click();
  await expect(expired).toHaveURL(/\/check\/after-tax$/);
  await expect(expired.getByLabel("Yes", { exact: true })).not.toBeChecked();
});

test("'Delete my answers' removes the session at once: the link stops working", async ({ page, browser }) => {
  await answerThreeSteps(page);
  const link = await resumeLink(page);
  await page.getByRole("button", { name: "Delete my answers" }).click();
  await expect(page.getByText("Your answers have been deleted.")).toBeVisible();
  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other).toHaveURL(/\/session-ended$/);
  await page.goto("/check/about-you");
  await expect(page).toHaveURL(/\/check\/after-tax$/);
});

test("two tabs editing one session: the stale save is refused and the latest answers are reloaded", async ({ page, context }) => {
  await answerThreeSteps(page);
  const second = await context.newPage();
  await page.goto("/check/after-tax");
  await second.goto("/check/after-tax");
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Not sure");
  await expect(page).toHaveURL(/\/check\/in-plan-conversion$/);

  // The second tab still shows "Yes" from before: its save must not overwrite "Not sure" silently.
  await second.getByLabel("No", { exact: true }).check();
  await continueOn(second);
  await expect(second.getByTestId("form-message")).toContainText("changed in another window or tab");
  await expect(second.getByLabel("Not sure")).toBeChecked();
  // Saving again now, knowingly, works.
  await second.getByLabel("No", { exact: true }).check();
  await continueOn(second);
  await expect(second).toHaveURL(/\/check\/result$/);
});

test("resume links never leave the site: no-referrer on the resume route, same-origin elsewhere", async ({ page, request }) => {
  await answerThreeSteps(page);
  const link = await resumeLink(page);
  const resume = await request.get(link, { maxRedirects: 0 });
  expect(resume.status()).toBe(303);
  expect(resume.headers()["referrer-policy"]).toBe("no-referrer");
  expect(resume.headers()["cache-control"]).toContain("no-store");
  const start = await request.get("/");
  expect(start.headers()["referrer-policy"]).toBe("same-origin");
});
