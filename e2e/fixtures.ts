import { randomUUID } from "node:crypto";
import { test as base, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { hashResumeToken, hashSessionSecret, newResumeToken, newSessionSecret, sealResumeToken } from "../lib/server/sessions/token";
import { DRAFT_SCHEMA_VERSION, type Draft } from "../lib/wizard/draft";
import { applicableSteps } from "../lib/wizard/journey";
import { workedExampleDraft } from "../lib/wizard/sample-draft";

/**
 * A saved session seeded straight into the test server's database, and its cookie set in the
 * browser, so a test of the result, the PDF or the planner opens its page instead of walking the
 * wizard. The full journeys stay in journey.spec.ts and pages.spec.ts.
 *
 * The row is the one `createSession` (lib/server/sessions/store.server.ts) writes, in the SQLite
 * form Prisma's adapter stores (dates as ISO text): that module is server-only and the generated
 * client is an ES module Playwright's loader cannot run, so this writes with the same driver. If
 * the store's columns or the cookie change, change them here too; a seeded test then fails on its
 * first page, not silently.
 */

// The cookie the app reads, holding the session secret (app/_server/wizard-session.ts, also server-only).
const SESSION_COOKIE = "mbr_session";
// As playwright.config.ts gives the main test server.
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

/** The worked example (domain §6) with a paycheck plan from a pay stub dated July 10, 2026, the test server's day. */
export const workedExampleWithPlan: Draft = {
  ...workedExampleDraft,
  planPaychecks: "yes",
  lastPayDay: 10,
  lastPayMonth: 7,
  lastPayYear: 2026,
  matchTrueUp: "no",
  electionRounding: "whole",
};

/** The database of the server the running test talks to: the late-year server has its own (playwright.config.ts). */
function databaseUrl(): string {
  const project = test.info().project;
  if (project.name !== "late-year") return DATABASE_URL;
  return `file:./data/e2e-late-year-${new URL(project.use.baseURL!).port}.db`;
}

/** "2026-11-28T08:37:40.692+00:00", as Prisma's SQLite adapter writes a DateTime. */
function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

async function seedSession(page: Page, draft: Draft): Promise<void> {
  // Every page the draft calls for counts as answered, as if the person had pressed Continue on each.
  // Which pages apply depends on which are done (the plan pages open the rest), so repeat to a fixed point.
  let completed: string[] = [];
  for (;;) {
    const next = applicableSteps({ ...draft, completed }).map((step) => step.slug);
    if (next.length === completed.length) break;
    completed = next;
  }
  const answers = { ...draft, completed };
  const token = newResumeToken();
  // The cookie holds a session secret, not the resume token (resume links are their own thing).
  const secret = newSessionSecret();
  const now = new Date();
  const id = randomUUID();
  const db = new Database(databaseUrl().slice("file:".length));
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "WizardSession" ("id", "tokenHash", "answers", "schemaVersion", "stepReached", "version", "createdAt", "updatedAt", "expiresAt")
         VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)`,
      ).run(
        id,
        hashResumeToken(token),
        JSON.stringify(answers),
        DRAFT_SCHEMA_VERSION,
        completed.at(-1) ?? "start",
        sqliteDate(now),
        sqliteDate(now),
        sqliteDate(new Date(now.getTime() + 24 * 60 * 60 * 1000)),
      );
      db.prepare(`INSERT INTO "SessionSecret" ("secretHash", "sessionId", "resumeTokenSealed", "createdAt") VALUES (?, ?, ?, ?)`).run(
        hashSessionSecret(secret),
        id,
        sealResumeToken(token, secret),
        sqliteDate(now),
      );
    })();
  } finally {
    db.close();
  }
  const baseURL = test.info().project.use.baseURL!;
  await page.context().addCookies([{ name: SESSION_COOKIE, value: secret, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

export const test = base.extend<{ seedSession: (draft: Draft) => Promise<void> }>({
  // Playwright's fixture callback is named `use` by convention; it is not a React hook.
  seedSession: async ({ page }, provide) => {
    await provide((draft) => seedSession(page, draft));
  },
});

export { expect } from "@playwright/test";
