import "server-only";
import { createHmac, randomBytes } from "node:crypto";
import { db } from "@/lib/server/db/client.server";
import { env } from "@/lib/server/env.server";
import { clientAddress } from "./client-address";

/**
 * Fixed-window rate limits kept in the database, so every instance of the app counts against the
 * same buckets. A bucket is one scope, one hour and one client; its key holds an HMAC of the
 * client address under a server secret, never the address itself.
 */

export type RateLimitScope = "session-create" | "resume";

export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

const WINDOW_MS = 60 * 60 * 1000;

/**
 * At most this many buckets at once. Past it, a client with no bucket yet counts in its scope's
 * one overflow bucket for the rest of the window: a flood of new addresses (an IPv4 botnet) then
 * shares one limit instead of growing the table, while clients already counted keep their own.
 */
export const MAX_BUCKETS = 10_000;

function limitFor(scope: RateLimitScope): number {
  return scope === "session-create" ? env.RATE_LIMIT_SESSION_CREATES_PER_HOUR : env.RATE_LIMIT_RESUMES_PER_HOUR;
}

/** The address of the request's client, under this deployment's TRUSTED_PROXY_HOPS. */
export function requestClient(headers: Headers): string {
  return clientAddress(headers, env.TRUSTED_PROXY_HOPS);
}

/**
 * Counts one request from `client` in `scope` and says whether it is within the limit. The
 * increment and the read are one statement (an upsert with RETURNING, valid on SQLite and
 * PostgreSQL alike), so concurrent requests on any instance each get their own count.
 */
export async function consume(scope: RateLimitScope, client: string, now: Date = new Date()): Promise<RateLimitDecision> {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const windowEnd = new Date((window + 1) * WINDOW_MS);
  const key = `${scope}:${window}:${await clientHash(client)}`;
  await purgeOncePerWindow(window, now);
  const count = (await countIn(key)) ?? (await countIn(await newBucketKey(scope, window, key), windowEnd)) ?? Infinity;
  if (count <= limitFor(scope)) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowEnd.getTime() - now.getTime()) / 1000) };
}

/**
 * Whether the client is already at its limit in `scope`, without counting a request: the next
 * `consume` would be refused. Lets a route answer 429 before the page that counts runs
 * (the resume link, lib/server/http/early-refusal.server.ts).
 */
export async function wouldRefuse(scope: RateLimitScope, client: string, now: Date = new Date()): Promise<RateLimitDecision> {
  const window = Math.floor(now.getTime() / WINDOW_MS);
  const windowEnd = new Date((window + 1) * WINDOW_MS);
  const keys = [`${scope}:${window}:${await clientHash(client)}`, `${scope}:${window}:overflow`];
  const rows = await db.$queryRaw<{ key: string; count: number | bigint }[]>`
    SELECT "key", "count" FROM "RateLimitBucket" WHERE "key" = ${keys[0]} OR "key" = ${keys[1]}`;
  const own = rows.find((row) => row.key === keys[0]);
  // A client with no bucket of its own counts in the overflow bucket once the table is full.
  const count = Number((own ?? rows.find((row) => row.key === keys[1]))?.count ?? 0);
  if (count < limitFor(scope)) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.ceil((windowEnd.getTime() - now.getTime()) / 1000) };
}

/**
 * One more request in the bucket `key`, and the bucket's count now; with no `windowEnd`, only if
 * the bucket exists (null when not). The increment and the read are one statement.
 */
async function countIn(key: string, windowEnd?: Date): Promise<number | null> {
  const rows = windowEnd
    ? await db.$queryRaw<{ count: number | bigint }[]>`
        INSERT INTO "RateLimitBucket" ("key", "count", "expiresAt") VALUES (${key}, 1, ${windowEnd})
        ON CONFLICT ("key") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
        RETURNING "count"`
    : await db.$queryRaw<{ count: number | bigint }[]>`
        UPDATE "RateLimitBucket" SET "count" = "count" + 1 WHERE "key" = ${key} RETURNING "count"`;
  return rows.length > 0 ? Number(rows[0]!.count) : null;
}

/** The client's own new bucket, or the scope's overflow bucket once the table is full. */
async function newBucketKey(scope: RateLimitScope, window: number, key: string): Promise<string> {
  const rows = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS "n" FROM "RateLimitBucket"`;
  return Number(rows[0]?.n ?? 0) >= MAX_BUCKETS ? `${scope}:${window}:overflow` : key;
}

/** Deletes the buckets of windows that have ended; returns how many went. */
export async function purgeExpiredBuckets(now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}

// Buckets of past windows are dead weight: the first request of each window on an instance clears
// them, so a long-running server does not wait for its next start-up purge.
let purgedWindow = -1;
async function purgeOncePerWindow(window: number, now: Date): Promise<void> {
  if (window <= purgedWindow) return;
  purgedWindow = window;
  try {
    await purgeExpiredBuckets(now);
  } catch (error) {
    console.error("Purging expired rate-limit buckets failed:", error instanceof Error ? error.message : error);
  }
}

async function clientHash(client: string): Promise<string> {
  return createHmac("sha256", await hmacKey()).update(client).digest("base64url");
}

const SECRET_NAME = "rate-limit-hmac-key";
let key: Promise<string> | undefined;

/**
 * RATE_LIMIT_SECRET, or the key stored in the database: the first instance to need one inserts a
 * random key, and an instance that loses that race reads the winner's, so all hash alike.
 */
function hmacKey(): Promise<string> {
  if (env.RATE_LIMIT_SECRET) return Promise.resolve(env.RATE_LIMIT_SECRET);
  key ??= (async () => {
    const candidate = randomBytes(32).toString("base64url");
    await db.$executeRaw`
      INSERT INTO "AppSecret" ("name", "value") VALUES (${SECRET_NAME}, ${candidate})
      ON CONFLICT ("name") DO NOTHING`;
    const stored = await db.appSecret.findUniqueOrThrow({ where: { name: SECRET_NAME } });
    return stored.value;
  })().catch((error: unknown) => {
    key = undefined; // try again on the next request rather than failing forever
    throw error;
  });
  return key;
}
