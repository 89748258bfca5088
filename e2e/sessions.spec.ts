import { createServer } from "node:http";
import Database from "better-sqlite3";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { answerChoice, answerPlanPages, answerWorkedExampleFromAboutYou, continueOn } from "./wizard";

// The database file the test server uses (see playwright.config.ts).
const DATABASE_FILE = (process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").slice("file:".length);

/** Three pages answered: the plan questions and their details. */
const answerThreeSteps = answerPlanPages;

async function resumeLink(page: Page): Promise<string> {
  // A button (what is typed is saved first); the test of that is below.
  await page.getByRole("button", { name: "Save and come back later" }).or(page.getByRole("link", { name: "Save and come back later" })).click();
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
  await other.goto(link);
  await other.getByRole("button", { name: "Continue with your saved answers" }).click();
  // The token leaves the address bar: the button's post puts a session secret in an HttpOnly cookie.
  await expect(other).toHaveURL(/\/check\/about-you$/);
  const cookies = await other.context().cookies();
  const session = cookies.find((cookie) => cookie.name === "mbr_session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(link).not.toContain(session!.value);

  // Back past the plan-year page to the plan's details, answered in the first browser.
  await other.getByRole("link", { name: "Back", exact: true }).click();
  await expect(other).toHaveURL(/\/check\/plan-year$/);
  await other.getByRole("link", { name: "Back", exact: true }).click();
  await expect(other.getByRole("group", { name: /automatically/ }).getByLabel("Yes", { exact: true })).toBeChecked();
  await continueOn(other);
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
  // Opening a link never sets a cookie, known or not.
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
  await page.getByRole("link", { name: "Delete my answers" }).click();
  await page.getByRole("button", { name: "Yes, delete my answers" }).click();
  await expect(page.getByText("Your answers have been deleted.")).toBeVisible();
  const other = await freshPage(browser);
  await other.goto(link);
  await expect(other).toHaveURL(/\/session-ended$/);
  await page.goto("/check/about-you");
  await expect(page).toHaveURL(/\/check\/after-tax$/);
});

test("two tabs editing one session: the stale save is refused, says so, and keeps what was typed", async ({ page, context }) => {
  await answerThreeSteps(page);
  const second = await context.newPage();
  await page.goto("/check/after-tax");
  await second.goto("/check/after-tax");
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Not sure");
  await expect(page).toHaveURL(/\/check\/in-plan-conversion$/);

  // The second tab still shows "Yes" from before: its save must not overwrite "Not sure" silently,
  // and what was typed there ("No") stays on the form, not the other tab's answer.
  await second.getByLabel("No", { exact: true }).check();
  await continueOn(second);
  await expect(second.getByTestId("form-message")).toContainText("changed in another window or tab");
  await expect(second.getByTestId("form-message")).toContainText("What you typed here is still below");
  await expect(second.getByLabel("No", { exact: true })).toBeChecked();
  // Saving again now, knowingly, works.
  await continueOn(second);
  await expect(second).toHaveURL(/\/check\/result$/);
});

test("resume links never leave the site: only the origin as referrer from the resume page, same-origin elsewhere", async ({ page, request }) => {
  await answerThreeSteps(page);
  const link = await resumeLink(page);
  const resume = await request.get(link, { maxRedirects: 0 });
  expect(resume.status()).toBe(200);
  expect(resume.headers()["referrer-policy"]).toBe("strict-origin");
  expect(resume.headers()["cache-control"]).toContain("no-store");
  expect(resume.headers()["set-cookie"]).toBeUndefined();
  const start = await request.get("/");
  expect(start.headers()["referrer-policy"]).toBe("same-origin");
});

/** A page on another origin: a tiny server of the test's own, on a port of this run's range. */
async function otherOrigin(html: () => string): Promise<{ url: string; close: () => Promise<void> }> {
  const port = Number(process.env.E2E_PORT ?? 3107) + 3;
  const server = createServer((_, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html());
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  // localhost, not 127.0.0.1: another origin and another site than the app's 127.0.0.1.
  return { url: `http://localhost:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const sessionCookie = async (page: Page) => (await page.context().cookies()).find((cookie) => cookie.name === "mbr_session");

test("a page on another origin sending the visitor to someone else's resume link changes nothing: same cookie, same answers", async ({ page, browser }) => {
  // The visitor is part way through their own check.
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Not sure");
  await expect(page).toHaveURL(/\/check\/in-plan-conversion$/);
  const before = await sessionCookie(page);
  expect(before).toBeDefined();

  // Someone else saves answers of their own and gets a link.
  const attacker = await freshPage(browser);
  await attacker.goto("/");
  await attacker.getByRole("button", { name: "Start now" }).click();
  await answerChoice(attacker, "Does your plan allow after-tax contributions?", "No");
  await attacker.goto("/check/answers");
  const link = await resumeLink(attacker);
  const token = new URL(link).pathname.split("/").at(-1)!;
  let actionField = "$ACTION_ID_unknown";

  // Their page navigates the visitor to the link, then posts the resume form itself.
  const site = await otherOrigin(() => `<!doctype html><title>Elsewhere</title>
<form id="swap" method="post" enctype="multipart/form-data" action="${link}">
  <input name="${actionField}" value=""><input name="token" value="${token}">
</form>
<a id="go" href="${link}">Open</a>`);
  try {
    await page.goto(site.url);
    await page.locator("#go").click();
    await page.waitForURL((url) => url.origin !== new URL(site.url).origin);
    await page.waitForLoadState();
    // The visitor's cookie is exactly what it was: nothing was swapped by opening the link.
    expect((await sessionCookie(page))?.value).toBe(before!.value);
    await expect(page).toHaveURL(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Continue with your saved answers");
    // The visitor is told their own answers would be put aside, and given their own link.
    await expect(page.getByTestId("put-aside")).toContainText("will be put aside");
    expect((await sessionCookie(page))?.value).toBe(before!.value);

    // The resume button's action id, as anyone can read it from the link's page.
    const html = await (await attacker.request.get(link)).text();
    actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(html)?.[1] ?? actionField;
    expect(actionField).not.toBe("$ACTION_ID_unknown");
    await page.goto(site.url);
    const [response] = await Promise.all([page.waitForResponse(link), page.locator("#swap").evaluate((form: HTMLFormElement) => form.submit())]);
    expect(response.status()).toBe(403);
    await page.waitForURL(link);
    await page.waitForLoadState();
    expect((await sessionCookie(page))?.value).toBe(before!.value);
  } finally {
    await site.close();
  }

  // Their own answers are still theirs.
  await page.goto("/check/after-tax");
  await expect(page.getByLabel("Not sure")).toBeChecked();
});

for (const javaScriptEnabled of [true, false]) {
  test(`resuming by the button works ${javaScriptEnabled ? "with" : "without"} JavaScript, with a new secret in the cookie`, async ({ page, browser }) => {
    await answerThreeSteps(page);
    const link = await resumeLink(page);
    const context = await browser.newContext({ javaScriptEnabled });
    const other = await context.newPage();
    await other.goto(link);
    expect(await sessionCookie(other)).toBeUndefined();
    await other.getByRole("button", { name: "Continue with your saved answers" }).click();
    await expect(other).toHaveURL(/\/check\/about-you$/);
    const cookie = await sessionCookie(other);
    expect(cookie?.httpOnly).toBe(true);
    // Neither the link's token nor the first browser's secret.
    expect(link).not.toContain(cookie!.value);
    expect(cookie!.value).not.toBe((await sessionCookie(page))!.value);
    // The cookie lives as long as the session: about 30 days from now.
    expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
    await other.goto("/check/after-tax");
    await expect(other.getByLabel("Yes", { exact: true })).toBeChecked();
    await context.close();
  });
}

test("with other answers open, the link's page offers their own link, which brings them back", async ({ page, browser }) => {
  await answerThreeSteps(page);
  const link = await resumeLink(page);

  const other = await freshPage(browser);
  await other.goto("/");
  await other.getByRole("button", { name: "Start now" }).click();
  await answerChoice(other, "Does your plan allow after-tax contributions?", "No");
  await other.goto(link);
  await expect(other.getByTestId("put-aside")).toContainText("will be put aside");
  const asideLink = await other.getByTestId("put-aside").getByLabel("Your resume link").inputValue();
  expect(asideLink).toMatch(/\/resume\/[A-Za-z0-9_-]{43}$/);
  expect(asideLink).not.toBe(link);
  await other.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(other).toHaveURL(/\/check\/about-you$/);

  // The put-aside answers come back with their own link.
  await other.goto(asideLink);
  await other.getByRole("button", { name: "Continue with your saved answers" }).click();
  // "No" to after-tax contributions goes straight to the result.
  await expect(other).toHaveURL(/\/check\/result$/);
  await other.goto("/check/after-tax");
  await expect(other.getByLabel("No", { exact: true })).toBeChecked();
});

test("'Save and come back later' saves what is typed on the page first, and replaces the cookie's secret", async ({ page, browser }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await expect(page).toHaveURL(/\/check\/in-plan-conversion$/);
  const before = await sessionCookie(page);
  // Answered but not continued: the button saves this page too.
  await page.getByLabel("Not sure").check();
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await expect(page.getByText("Anyone with this link can see your answers.")).toBeVisible();
  const link = await page.getByLabel("Your resume link").inputValue();
  expect((await sessionCookie(page))!.value).not.toBe(before!.value);

  const other = await freshPage(browser);
  await other.goto(link);
  await other.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(other).toHaveURL(/\/check\/in-service-withdrawal$/);
  await other.goto("/check/in-plan-conversion");
  await expect(other.getByLabel("Not sure")).toBeChecked();
});
