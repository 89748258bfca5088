import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The committed migrations must build exactly the database prisma/schema.prisma describes, or
 * `npm start` on a fresh machine serves a schema the client was not generated for.
 *
 * `migrate diff --from-url` / `--from-schema-datasource` refuse to run while prisma.config.ts
 * defines a driver adapter, and `--from-migrations` needs a shadow database that the SQLite
 * adapter cannot replay into. So: apply the migrations with `migrate deploy` (the README's own
 * path), introspect the result with `db pull` into a scratch schema, and let Prisma diff the two
 * datamodels.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("../../..", import.meta.url));
const prisma = path.join(root, "node_modules", ".bin", "prisma");
const schema = path.join(root, "prisma", "schema.prisma");
const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
const childEnv = { ...process.env, DATABASE_URL: `file:${path.join(dir, "fresh.db")}`, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const introspected = path.join(dir, "introspected.prisma");

async function prismaCli(args: string[]) {
  return run(prisma, args, { cwd: root, env: childEnv });
}

/** Prisma's migration from the fresh database to `target`: exit code 0 and no SQL when equal. */
async function diffFreshDatabaseTo(target: string): Promise<{ exitCode: number; script: string }> {
  const args = ["migrate", "diff", "--from-schema-datamodel", introspected, "--to-schema-datamodel", target];
  try {
    const { stdout } = await prismaCli([...args, "--script", "--exit-code"]);
    return { exitCode: 0, script: stdout };
  } catch (error) {
    const { code, stdout, stderr } = error as { code?: number; stdout: string; stderr: string };
    if (code !== 2) throw new Error(`prisma migrate diff failed (${code}):\n${stderr}`);
    return { exitCode: 2, script: stdout };
  }
}

beforeAll(async () => {
  await prismaCli(["migrate", "deploy"]);
  writeFileSync(introspected, `datasource db {\n  provider = "sqlite"\n  url      = env("DATABASE_URL")\n}\n`);
  await prismaCli(["db", "pull", "--schema", introspected]);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("committed migrations", () => {
  it("a fresh database from the committed migrations matches the Prisma schema", async () => {
    expect(readFileSync(introspected, "utf8")).toContain("model WizardSession");
    const { exitCode, script } = await diffFreshDatabaseTo(schema);
    expect(script.trim()).toBe("-- This is an empty migration.");
    expect(exitCode).toBe(0);
  }, 30_000);

  it("and the comparison does notice a schema the migrations do not build", async () => {
    const drifted = path.join(dir, "drifted.prisma");
    const withExtraColumn = readFileSync(schema, "utf8").replace(
      /(model WizardSession \{\n)/,
      "$1  driftProbe Int?\n",
    );
    expect(withExtraColumn).toContain("driftProbe Int?");
    writeFileSync(drifted, withExtraColumn);
    const { exitCode, script } = await diffFreshDatabaseTo(drifted);
    expect(exitCode).toBe(2);
    expect(script).toContain(`ALTER TABLE "WizardSession" ADD COLUMN "driftProbe" INTEGER`);
  }, 30_000);
});
