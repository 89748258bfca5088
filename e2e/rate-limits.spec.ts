import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { answerChoice } from "./wizard";

// This project's server (playwright.config.ts) allows 10 resume lookups and 3 new sessions an hour,
// with the default TRUSTED_PROXY_HOPS=0: no proxy in front, so no header a client sends counts.
const RESUMES_PER_HOUR = 10;
const CREATES_PER_HOUR = 3;
const DATABASE_FILE = `./data/e2e-rate-limits-${Number(process.env.E2E_PORT ?? 3107) + 1}.db`;

const randomToken = () => randomBytes(32).toString("base64url");
const spoofed = () => `198.51.100.${randomBytes(1)[0]}, 2001:db8:${randomBytes(2).toString("hex")}::${randomBytes(2).toString("hex")}`;

/** Every test starts with no counts: the database outlives a run, and every request here comes from 127.0.0.1. */
function resetCounts(): { buckets: () => number; close: () => void } {
  const database = new Database(DATABASE_FILE);
  database.exec(`DELETE FROM "RateLimitBucket"`);
  return {
    buckets: () => (database.prepare(`SELECT count(*) AS n FROM "RateLimitBucket"`).get() as { n: number }).n,
    close: () => database.close(),
  };
}

const lookup = (request: APIRequestContext, headers: Record<string, string>, token = randomToken()) =>
  request.get(`/resume/${token}`, { maxRedirects: 0, headers });

test("a new X-Forwarded-For on every request does not get past the resume limit, nor grow the table", async ({ request }) => {
  const counts = resetCounts();
  try {
    for (let i = 0; i < RESUMES_PER_HOUR; i++) {
      const response = await lookup(request, { "x-forwarded-for": spoofed() });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe("/session-ended");
    }
    // The eleventh, and a claim to be the server itself, are refused like any other.
    for (const header of [spoofed(), "127.0.0.1", "::1"]) {
      const refused = await lookup(request, { "x-forwarded-for": header, "x-mbr-socket-address": "203.0.113.7" });
      expect(refused.status()).toBe(429);
      expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await refused.text()).toContain("Too many resume links were opened from your network");
      expect(refused.headers()["set-cookie"]).toBeUndefined();
    }
    // Thirteen addresses claimed, one bucket kept.
    expect(counts.buckets()).toBe(1);
  } finally {
    counts.close();
  }
});

test("past the limit on new checks, spoofed addresses or not, the first save says so and keeps what was typed", async ({ browser }) => {
  const counts = resetCounts();
  try {
    for (let i = 0; i < CREATES_PER_HOUR; i++) {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": spoofed() } });
      const page = await context.newPage();
      await page.goto("/");
      await page.getByRole("button", { name: "Start now" }).click();
      await expect(page).toHaveURL(/\/check\/after-tax$/);
      expect((await context.cookies()).find((cookie) => cookie.name === "mbr_session")).toBeDefined();
      await context.close();
    }

    const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": spoofed() } });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "Start now" }).click();
    await expect(page).toHaveURL(/\/check\/after-tax$/);
    await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
    await expect(page.getByTestId("form-message")).toHaveText(/^Too many new checks from your network; try again in \d+ minutes?\.$/);
    await expect(page).toHaveURL(/\/check\/after-tax$/);
    await expect(page.getByLabel("Yes", { exact: true })).toBeChecked();
    expect((await context.cookies()).find((cookie) => cookie.name === "mbr_session")).toBeUndefined();
    await context.close();
  } finally {
    counts.close();
  }
});
