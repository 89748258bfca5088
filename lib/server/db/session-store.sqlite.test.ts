import { afterAll } from "vitest";
import { describeSessionStore } from "./session-store.suite";
import { createSqliteTestDatabase } from "./test-database";

// The portable store cases on SQLite; lib/server/db/postgres.test.ts runs them on PostgreSQL.
const database = await createSqliteTestDatabase("session-store");
Object.assign(process.env, { DATABASE_URL: database.url, SESSION_TTL_DAYS: "30" });

describeSessionStore("SQLite");

afterAll(async () => {
  const { disconnectDatabase } = await import("./client.server");
  await disconnectDatabase();
  await database.drop();
});
