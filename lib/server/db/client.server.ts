import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgres/client";
import { withBusyRetry } from "./busy-retry";
import { postgresAdapter } from "./postgres-adapter";
import { createSessionStatements, type SessionStatements } from "./session-statements.server";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "./url";

/**
 * The one database client. DATABASE_URL's scheme picks the database: a Prisma client is generated
 * for one provider and refuses an adapter for another, so there are two generated clients, one per
 * schema (prisma/schema.prisma, prisma/postgres/schema.prisma). Their models are the same
 * (lib/server/db/schema-parity.test.ts), so the PostgreSQL client is typed as the SQLite one: the app
 * uses only what both offer.
 */
function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

function createClient(): PrismaClient {
  const url = databaseUrl();
  if (databaseKind(url) === "postgresql") {
    return new PostgresPrismaClient({ adapter: postgresAdapter(url) }) as unknown as PrismaClient;
  }
  const file = sqliteFilePath(url);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // No busy timeout: better-sqlite3 would wait for another connection's lock synchronously,
  // freezing every request. A busy statement is tried again asynchronously instead (busy-retry.ts).
  const factory = new PrismaBetterSQLite3({ url: file, timeout: 0 });
  // Per-connection settings. secure_delete: deleted rows' bytes are overwritten with zeros, so
  // "Delete my answers" and the purge leave no readable copy in the database file (README, "What
  // deletion guarantees"). foreign_keys: a session's browser secrets go with it, as on PostgreSQL.
  const adapter = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const connection = await factory.connect();
      await connection.executeScript("PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;");
      return connection;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  } satisfies Pick<PrismaBetterSQLite3, "provider" | "adapterName" | "connect" | "connectToShadowDb">;
  const client = new PrismaClient({ adapter }).$extends({
    query: {
      $allOperations: ({ args, query }) => withBusyRetry(() => query(args)),
    },
  });
  // The extension changes no method's signature; the app uses only what the base client offers.
  return client as unknown as PrismaClient;
}

// One client per process; in development the module reloads, so keep it on globalThis.
const globalForDb = globalThis as unknown as { db?: PrismaClient; sessionStatements?: SessionStatements };
export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;

/**
 * The hot session statements on the driver (session-statements.server.ts), on the same database
 * as `db`; opened on first use, so a script that never reads a session opens no second connection.
 */
export function sessionStatements(): SessionStatements {
  globalForDb.sessionStatements ??= createSessionStatements(databaseUrl());
  return globalForDb.sessionStatements;
}

/** Closes both connections (tests, scripts): the Prisma client and the session statements. */
export async function disconnectDatabase(): Promise<void> {
  const statements = globalForDb.sessionStatements;
  globalForDb.sessionStatements = undefined;
  await Promise.all([db.$disconnect(), statements?.close()]);
}
