import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/**
 * Test support: a fresh, empty database built by `prisma migrate deploy` from the committed
 * migrations, as `npm start` builds one. Each test file makes its own, so files stay isolated.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));
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
