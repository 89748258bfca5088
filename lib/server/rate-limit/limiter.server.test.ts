import { afterAll } from "vitest";
import { createSqliteTestDatabase } from "@/lib/server/db/test-database";
import { describeRateLimiter } from "./limiter.suite";

// SQLite always; lib/server/db/postgres.test.ts runs the same suite on PostgreSQL when one is configured.
const database = await createSqliteTestDatabase("rate-limit");
Object.assign(process.env, {
  DATABASE_URL: database.url,
  RATE_LIMIT_SESSION_CREATES_PER_HOUR: "3",
  RATE_LIMIT_RESUMES_PER_HOUR: "5",
  RATE_LIMIT_SECRET: "",
});

describeRateLimiter("SQLite");

afterAll(async () => {
  const { db } = await import("@/lib/server/db/client.server");
  await db.$disconnect();
  await database.drop();
});
