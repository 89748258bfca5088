import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createPostgresTestDatabase, type TestDatabase } from "../lib/server/db/test-database";
import { answerPlanPages, answerWorkedExampleFromAboutYou, continueOn } from "./wizard";

/**
 * Two `next start` processes on different ports, sharing one PostgreSQL database: whatever one
 * instance knows about a visitor, the other must know too. Needs TEST_DATABASE_URL (a server
 * whose role may create databases); .ci/run sets it, so CI always runs this.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
const RESUMES_PER_HOUR = 6;
// Clear of the ports playwright.config.ts gives its own servers (E2E_PORT and the one after it).
const basePort = Number(process.env.E2E_PORT ?? 3107);
const ports = [basePort + 4, basePort + 5] as const;
const [first, second] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];

test.describe.configure({ mode: "serial" });
test.skip(!adminUrl, "needs TEST_DATABASE_URL, a PostgreSQL server both instances share (.ci/run sets it)");

let database: TestDatabase | undefined;
const servers: ChildProcess[] = [];

test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(180_000);
  database = await createPostgresTestDatabase(adminUrl!, "e2e_instances");
  const next = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  for (const port of ports) {
    const server = spawn(process.execPath, [next, "start", "--hostname", "127.0.0.1", "--port", String(port)], {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: database.url,
        RATE_LIMIT_SESSION_CREATES_PER_HOUR: "1000",
        RATE_LIMIT_RESUMES_PER_HOUR: String(RESUMES_PER_HOUR),
        // As behind a load balancer: the x-forwarded-for each page claims is the one it appended.
        TRUSTED_PROXY_HOPS: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    });
    servers.push(server);
  }
  await Promise.all([first, second].map(waitUntilHealthy));
});

test.afterAll(async () => {
  await Promise.all(servers.map(stop));
  await database?.drop();
});

async function waitUntilHealthy(origin: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${origin}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${origin} did not become healthy`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.once("exit", () => resolve());
    server.kill("SIGTERM");
  });
}

/** A page on one instance, in a browser of its own; `client` is the address it claims. */
async function pageOn(browser: Browser, origin: string, client = "192.0.2.10"): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin, extraHTTPHeaders: { "x-forwarded-for": client } });
  return context.newPage();
}

async function startAndSave(page: Page): Promise<string> {
  await answerPlanPages(page);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  const link = await page.getByLabel("Your resume link").inputValue();
  return new URL(link).pathname;
}

test("a session started and saved on one instance resumes from its link on the other and finishes there", async ({ browser }) => {
  const one = await pageOn(browser, first);
  const resumePath = await startAndSave(one);

  const two = await pageOn(browser, second);
  await two.goto(resumePath);
  await two.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(two).toHaveURL(`${second}/check/about-you`);
  await answerWorkedExampleFromAboutYou(two);
  await two.getByRole("link", { name: "See your result" }).click();
  await expect(two.getByTestId("after-tax-room")).toHaveText("$43,000");

  // The first instance reads the answers the second saved.
  await one.goto("/check/result");
  await expect(one.getByTestId("after-tax-room")).toHaveText("$43,000");
});

test("saves from both instances to one session at once: one wins, the other is told", async ({ browser }) => {
  const one = await pageOn(browser, first, "192.0.2.20");
  const resumePath = await startAndSave(one);
  const two = await pageOn(browser, second, "192.0.2.20");
  await two.goto(resumePath);
  await two.getByRole("button", { name: "Continue with your saved answers" }).click();
  await expect(two).toHaveURL(/\/check\//);
  await one.goto("/check/after-tax");
  await two.goto("/check/after-tax");
  await one.getByLabel("Not sure", { exact: true }).check();
  await two.getByLabel("No", { exact: true }).check();

  // Both forms carry the version they read; both submit together.
  await Promise.all([continueOn(one), continueOn(two)]);
  const outcome = async (page: Page) =>
    (await page.getByTestId("form-message").isVisible())
      ? "told"
      : page.url().endsWith("/check/after-tax")
        ? "pending"
        : "moved on";
  await expect.poll(async () => [await outcome(one), await outcome(two)].sort()).toEqual(["moved on", "told"]);
  const told = (await outcome(one)) === "told" ? one : two;
  await expect(told.getByTestId("form-message")).toContainText("changed in another window or tab");
});

test("both instances count resume lookups against the same limit", async ({ request }) => {
  const client = `2001:db8:${randomBytes(2).toString("hex")}::1`;
  const lookup = (origin: string) =>
    request.get(`${origin}/resume/${randomBytes(32).toString("base64url")}`, {
      maxRedirects: 0,
      headers: { "x-forwarded-for": client },
    });
  for (let i = 0; i < RESUMES_PER_HOUR; i++) expect((await lookup(i % 2 === 0 ? first : second)).status()).toBe(307);
  for (const origin of [first, second]) expect(await (await lookup(origin)).text()).toContain("Too many resume links were opened");
});
