import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { describeRateLimiter } from "@/lib/server/rate-limit/limiter.suite";
import { describeSessionStore } from "./session-store.suite";
import { createPostgresTestDatabase, type TestDatabase } from "./test-database";

/**
 * The persistence tests on a real PostgreSQL server: the same suites as on SQLite, and the
 * committed PostgreSQL migrations checked against prisma/postgres/schema.prisma. They need
 * TEST_DATABASE_URL, a server url whose role may create databases; .ci/run sets it.
 */
const adminUrl = process.env.TEST_DATABASE_URL;

if (!adminUrl) {
  describe.skip("PostgreSQL: skipped because TEST_DATABASE_URL is not set (.ci/run sets it)", () => {
    it("runs the persistence suites on PostgreSQL", () => {});
  });
} else {
  const database: TestDatabase = await createPostgresTestDatabase(adminUrl, "persistence");
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    SESSION_TTL_DAYS: "30",
    RATE_LIMIT_SESSION_CREATES_PER_HOUR: "3",
    RATE_LIMIT_RESUMES_PER_HOUR: "5",
    RATE_LIMIT_SECRET: "",
  });

  describeSessionStore("PostgreSQL");
  describeRateLimiter("PostgreSQL");

  describe("committed PostgreSQL migrations", () => {
    it("build exactly the database prisma/postgres/schema.prisma describes", async () => {
      const root = fileURLToPath(new URL("../../..", import.meta.url));
      const dir = mkdtempSync(path.join(os.tmpdir(), "pg-migrations-"));
      const introspected = path.join(dir, "introspected.prisma");
      const prisma = (args: string[]) =>
        promisify(execFile)(path.join(root, "node_modules", ".bin", "prisma"), args, {
          cwd: root,
          env: { ...process.env, DATABASE_URL: database.url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
        });
      try {
        writeFileSync(introspected, `datasource db {\n  provider = "postgresql"\n  url      = env("DATABASE_URL")\n}\n`);
        await prisma(["db", "pull", "--schema", introspected]);
        expect(readFileSync(introspected, "utf8")).toContain("model RateLimitBucket");
        const target = path.join(root, "prisma", "postgres", "schema.prisma");
        const { stdout } = await prisma([
          "migrate", "diff", "--from-schema-datamodel", introspected, "--to-schema-datamodel", target, "--script", "--exit-code",
        ]);
        expect(stdout.trim()).toBe("-- This is an empty migration.");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 60_000);
  });

  afterAll(async () => {
    const { disconnectDatabase } = await import("./client.server");
    await disconnectDatabase();
    await database.drop();
  });
}
