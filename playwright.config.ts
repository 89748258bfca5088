import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// A dedicated port: Playwright silently reuses any server already listening on its port.
const port = Number(process.env.E2E_PORT ?? 3107);
const baseURL = `http://127.0.0.1:${port}`;
// A second server with low rate limits, for e2e/rate-limits.spec.ts alone; the main one keeps them
// out of the way of the many sessions the other specs start from 127.0.0.1.
const rateLimitedPort = port + 1;
const rateLimitedURL = `http://127.0.0.1:${rateLimitedPort}`;
// A third server whose clock reads late November, for e2e/today.spec.ts alone: two paychecks
// are left in the year, and the year before has ended.
const lateYearPort = port + 2;
const lateYearURL = `http://127.0.0.1:${lateYearPort}`;
const serverCommand = (serverPort: number) =>
  `npx prisma migrate deploy && npx next start --hostname 127.0.0.1 --port ${serverPort}`;

// Playwright cannot download its own browser on every machine; Debian's Chromium works.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /(rate-limits|today|next-year)\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "late-year", testMatch: /(today|next-year)\.spec\.ts$/, use: { ...devices["Desktop Chrome"], baseURL: lateYearURL } },
    { name: "rate-limits", testMatch: /rate-limits\.spec\.ts$/, use: { ...devices["Desktop Chrome"], baseURL: rateLimitedURL } },
  ],
  webServer: [
    {
      command: serverCommand(port),
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
        // A fixed day in the year, so the paycheck plan's figures can be checked by hand.
        APP_TODAY: "2026-07-10",
        RATE_LIMIT_SESSION_CREATES_PER_HOUR: "100000",
        RATE_LIMIT_RESUMES_PER_HOUR: "100000",
        RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
        RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR: "100000",
        RATE_LIMIT_EVALUATIONS_PER_HOUR: "100000",
        // A shorter deadline than the default 20 s keeps the hostile-document tests short.
        PLAN_DOCUMENT_READ_SECONDS: "8",
      },
    },
    {
      command: serverCommand(rateLimitedPort),
      url: `${rateLimitedURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:./data/e2e-rate-limits-${rateLimitedPort}.db`,
        RATE_LIMIT_SESSION_CREATES_PER_HOUR: "3",
        RATE_LIMIT_RESUMES_PER_HOUR: "10",
        RATE_LIMIT_UPLOADS_PER_HOUR: "20",
        RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR: "100000",
        RATE_LIMIT_EVALUATIONS_PER_HOUR: "30",
      },
    },
    {
      command: serverCommand(lateYearPort),
      url: `${lateYearURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: `file:./data/e2e-late-year-${lateYearPort}.db`,
        APP_TODAY: "2026-11-28",
        RATE_LIMIT_SESSION_CREATES_PER_HOUR: "100000",
        RATE_LIMIT_RESUMES_PER_HOUR: "100000",
        RATE_LIMIT_UPLOADS_PER_HOUR: "100000",
        RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR: "100000",
        RATE_LIMIT_EVALUATIONS_PER_HOUR: "100000",
      },
    },
  ],
});
