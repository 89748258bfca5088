import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import type { WizardSession } from "@/generated/prisma/client";
import { withBusyRetry } from "./busy-retry";
import { databaseKind, sqliteFilePath } from "./url";

/**
 * The statements every page view and every save runs, written as SQL on the database driver:
 * reading the visitor's session by the secret in their cookie (or by a resume link's token), and
 * the save that lands only on the version the visitor read. Through Prisma each read cost about
 * 0.65 ms of CPU (its query compiler builds the same plan on every call, then better-sqlite3
 * prepares the same statement again); prepared once here it costs a few microseconds
 * (docs/decisions/17-2-hot-session-statements-on-the-driver.md). Everything else (creating,
 * resuming, purging, rate limits, migrations) stays on Prisma.
 *
 * The SQL is the same on SQLite and PostgreSQL (quoted identifiers, the tables Prisma's
 * migrations create: lib/server/db/schema-parity.test.ts); only the placeholders and the way a
 * timestamp is written differ. The session-store cases run against both
 * (lib/server/db/session-store.suite.ts).
 */

/** A session's row, as Prisma's model types it (the same columns on both databases). */
export type SessionRow = WizardSession;

export interface VersionedSave {
  id: string;
  expectedVersion: number;
  answers: string;
  schemaVersion: number;
  stepReached: string;
  now: Date;
  expiresAt: Date;
}

export interface SessionStatements {
  bySecretHash(secretHash: string): Promise<SessionRow | null>;
  byTokenHash(tokenHash: string): Promise<SessionRow | null>;
  /** One UPDATE: the answers land only if the row still has `expectedVersion` and has not expired. Rows changed (0 or 1). */
  saveIfVersion(save: VersionedSave): Promise<number>;
  close(): Promise<void>;
}

const COLUMNS = `w."id", w."tokenHash", w."answers", w."schemaVersion", w."stepReached", w."version", w."createdAt", w."updatedAt", w."expiresAt"`;
const BY_SECRET = `SELECT ${COLUMNS} FROM "WizardSession" w JOIN "SessionSecret" s ON s."sessionId" = w."id" WHERE s."secretHash" = ?`;
const BY_TOKEN = `SELECT ${COLUMNS} FROM "WizardSession" w WHERE w."tokenHash" = ?`;
const SAVE = `UPDATE "WizardSession" SET "answers" = ?, "schemaVersion" = ?, "stepReached" = ?, "version" = "version" + 1, "updatedAt" = ?, "expiresAt" = ? WHERE "id" = ? AND "version" = ? AND "expiresAt" > ?`;

type RawRow = Omit<SessionRow, "createdAt" | "updatedAt" | "expiresAt"> & Record<"createdAt" | "updatedAt" | "expiresAt", unknown>;

function toDate(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === "number" || typeof value === "bigint") return new Date(Number(value));
  return new Date(String(value));
}

function sessionRow(raw: RawRow | undefined): SessionRow | null {
  if (!raw) return null;
  return {
    id: raw.id,
    tokenHash: raw.tokenHash,
    answers: raw.answers,
    schemaVersion: Number(raw.schemaVersion),
    stepReached: raw.stepReached,
    version: Number(raw.version),
    createdAt: toDate(raw.createdAt),
    updatedAt: toDate(raw.updatedAt),
    expiresAt: toDate(raw.expiresAt),
  };
}

/**
 * SQLite: timestamps are text, written exactly as Prisma writes them ("2026-03-01T12:00:00.000+00:00"),
 * so Prisma's reads and this UPDATE's `"expiresAt" > ?` compare like with like.
 */
export function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace(/Z$/, "+00:00");
}

function sqliteStatements(file: string): SessionStatements {
  // As Prisma's connection (client.server.ts): no busy timeout (a busy statement is retried
  // asynchronously), secure_delete and foreign keys on.
  const connection = new Database(file, { timeout: 0 });
  connection.pragma("secure_delete = ON");
  connection.pragma("foreign_keys = ON");
  const bySecret = connection.prepare<[string], RawRow>(BY_SECRET);
  const byToken = connection.prepare<[string], RawRow>(BY_TOKEN);
  const save = connection.prepare(SAVE);
  return {
    bySecretHash: (secretHash) => withBusyRetry(async () => sessionRow(bySecret.get(secretHash))),
    byTokenHash: (tokenHash) => withBusyRetry(async () => sessionRow(byToken.get(tokenHash))),
    saveIfVersion: (row) =>
      withBusyRetry(async () => {
        const { changes } = save.run(
          row.answers,
          row.schemaVersion,
          row.stepReached,
          sqliteTimestamp(row.now),
          sqliteTimestamp(row.expiresAt),
          row.id,
          row.expectedVersion,
          sqliteTimestamp(row.now),
        );
        return changes;
      }),
    close: async () => {
      connection.close();
    },
  };
}

/** "$1, $2, ...": PostgreSQL's placeholders for the same statements. */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

const TIMESTAMP_OID = 1114;

/**
 * PostgreSQL: the columns are `timestamp(3)` without a time zone, holding UTC as Prisma writes it.
 * They are read and written as UTC text here whatever the server's own time zone is.
 */
export function postgresTimestamp(date: Date): string {
  return date.toISOString().replace("T", " ").replace(/Z$/, "");
}

function postgresStatements(url: string): SessionStatements {
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    idleTimeoutMillis: 10_000,
    // Idle connections do not keep a script or a test run alive.
    allowExitOnIdle: true,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === TIMESTAMP_OID ? (text: string) => new Date(`${text.replace(" ", "T")}Z`) : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
    },
  });
  // A dropped connection (a restarted database) is replaced on the next query; it must not crash the server.
  pool.on("error", (error) => console.warn(`A PostgreSQL connection for sessions closed: ${error.message}`));
  const bySecret = { name: "session-by-secret", text: numbered(BY_SECRET) };
  const byToken = { name: "session-by-token", text: numbered(BY_TOKEN) };
  const save = { name: "session-save-if-version", text: numbered(SAVE) };
  return {
    bySecretHash: async (secretHash) => sessionRow((await pool.query<RawRow>({ ...bySecret, values: [secretHash] })).rows[0]),
    byTokenHash: async (tokenHash) => sessionRow((await pool.query<RawRow>({ ...byToken, values: [tokenHash] })).rows[0]),
    saveIfVersion: async (row) => {
      const result = await pool.query({
        ...save,
        values: [
          row.answers,
          row.schemaVersion,
          row.stepReached,
          postgresTimestamp(row.now),
          postgresTimestamp(row.expiresAt),
          row.id,
          row.expectedVersion,
          postgresTimestamp(row.now),
        ],
      });
      return result.rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}

export function createSessionStatements(url: string): SessionStatements {
  return databaseKind(url) === "postgresql" ? postgresStatements(url) : sqliteStatements(sqliteFilePath(url));
}
