import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { answerChoice } from "./wizard";

// This project's server (playwright.config.ts) allows 10 resume lookups and 3 new sessions an hour.
const RESUMES_PER_HOUR = 10;
const CREATES_PER_HOUR = 3;

/**
 * A client address of the test's own. `next start` keeps a client's x-forwarded-for as it is
 * (lib/server/rate-limit/client-address.ts; the second test measures it), so each test counts in fresh
 * buckets, whatever earlier runs left in the database this hour.
 */
const newClient = () => `2001:db8:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}::1`;
const randomToken = () => randomBytes(32).toString("base64url");

const lookup = (request: APIRequestContext, client: string, token: string) =>
  request.get(`/resume/${token}`, { maxRedirects: 0, headers: { "x-forwarded-for": client } });

async function savedLink(browser: Browser, client: string): Promise<string> {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": client } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await page.getByRole("link", { name: "Save and come back later" }).click();
  const link = await page.getByLabel("Your resume link").inputValue();
  await context.close();
  return new URL(link).pathname.slice("/resume/".length);
}

test("a guesser trying resume links gets 429s, the same for every token, valid or not", async ({ request, browser }) => {
  const owner = newClient();
  const token = await savedLink(browser, owner);
  const guesser = newClient();

  for (let i = 0; i < RESUMES_PER_HOUR; i++) {
    const response = await lookup(request, guesser, randomToken());
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe("/session-ended");
  }
  const unknown = await lookup(request, guesser, randomToken());
  const valid = await lookup(request, guesser, token);
  for (const response of [unknown, valid]) {
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(0);
    expect(Number(response.headers()["retry-after"])).toBeLessThanOrEqual(3600);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  // Only the minutes to wait may differ, if a minute turned between the two requests.
  const sameBody = async (response: typeof valid) => (await response.text()).replace(/\d+ minutes?/, "N minutes");
  expect(await sameBody(valid)).toBe(await sameBody(unknown));
  expect(await unknown.text()).toContain("Too many resume links were opened from your network");

  // The owner, on another network, still gets back in.
  const resumed = await lookup(request, owner, token);
  expect(resumed.status()).toBe(303);
  expect(resumed.headers().location).toBe("/check/in-plan-conversion");
});

test("next start takes a client's own x-forwarded-for as it is and appends nothing: the right-most entry counts", async ({ request }) => {
  const client = newClient();
  for (let i = 0; i < RESUMES_PER_HOUR; i++) await lookup(request, client, randomToken());
  expect((await lookup(request, client, randomToken())).status()).toBe(429);
  // Anything the client puts to the left of its address is ignored...
  expect((await lookup(request, `203.0.113.9, ${client}`, randomToken())).status()).toBe(429);
  // ...and an entry to its right is another client: had Next appended the socket address, the
  // right-most entry would be 127.0.0.1 for all three, and this one would be refused too.
  expect((await lookup(request, `${client}, 203.0.113.9`, randomToken())).status()).toBe(303);
});

test("past the limit on new checks, the first save says so and keeps what was typed", async ({ browser }) => {
  const client = newClient();
  for (let i = 0; i < CREATES_PER_HOUR; i++) {
    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": client } });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Start now" }).click();
    await expect(page).toHaveURL(/\/check\/after-tax$/);
    await context.close();
  }

  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": client } });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await expect(page).toHaveURL(/\/check\/after-tax$/);
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await expect(page.getByTestId("form-message")).toHaveText(
    /^Too many new checks from your network; try again in \d+ minutes?\.$/,
  );
  await expect(page).toHaveURL(/\/check\/after-tax$/);
  await expect(page.getByLabel("Yes", { exact: true })).toBeChecked();
  expect((await context.cookies()).find((cookie) => cookie.name === "mbr_session")).toBeUndefined();
});
