import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * Test support: a fresh, empty database built by `prisma migrate deploy` from the committed
 * migrations, as `npm start` builds one. Each test file makes its own, so files stay isolated.
 */

const run = promisify(execFile);
// Vitest and Playwright both run from the repository root. (Not import.meta: Playwright loads
// this file as CommonJS from e2e/instances.spec.ts.)
const root = process.cwd();
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");

export interface TestDatabase {
  url: string;
  /** Removes the database; the caller disconnects its clients first. */
  drop(): Promise<void>;
}

export async function migrate(url: string): Promise<void> {
  await run(prismaBin, ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}

export async function createSqliteTestDatabase(prefix: string): Promise<TestDatabase> {
  const dir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  const url = `file:${path.join(dir, "test.db")}`;
  await migrate(url);
  return { url, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A database of its own on the PostgreSQL server that `adminUrl` reaches (TEST_DATABASE_URL);
 * its role needs CREATEDB. Dropped again by drop(), connections and all.
 */
export async function createPostgresTestDatabase(adminUrl: string, prefix: string): Promise<TestDatabase> {
  const { default: pg } = await import("pg");
  const name = `${prefix}_${randomBytes(6).toString("hex")}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}
