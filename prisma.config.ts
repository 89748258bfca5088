import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { postgresAdapter } from "./lib/server/db/postgres-adapter";
import { DEFAULT_DATABASE_URL, databaseKind, sqliteFilePath } from "./lib/server/db/url";

// Prisma 6 skips .env when a config file exists, and an unresolved url makes the CLI try to
// download a native engine this machine cannot reach. Resolve the url here, always.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;

// The url's scheme picks the database, and with it the schema, its migrations and the adapter:
// prisma/ for SQLite, prisma/postgres/ for PostgreSQL. Both schemas hold the same models.
const folder = databaseKind(url) === "postgresql" ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(folder, "schema.prisma"),
  migrations: { path: path.join(folder, "migrations") },
  async adapter() {
    if (databaseKind(url) === "postgresql") return postgresAdapter(url);
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    return new PrismaBetterSQLite3({ url: file });
  },
});
