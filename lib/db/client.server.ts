import "server-only";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_DATABASE_URL, sqliteFilePath } from "./url";

function createClient(): PrismaClient {
  const file = sqliteFilePath(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  // Wait for a busy writer instead of failing at once: two tabs or visitors may save together.
  const adapter = new PrismaBetterSQLite3({ url: file, timeout: 5000 });
  return new PrismaClient({ adapter });
}

// One client per process; in development the module reloads, so keep it on globalThis.
const globalForDb = globalThis as unknown as { db?: PrismaClient };
export const db: PrismaClient = globalForDb.db ?? createClient();
if (process.env.NODE_ENV !== "production") globalForDb.db = db;
