import "server-only";
import { db } from "@/lib/server/db/client.server";
import { databaseKind } from "@/lib/server/db/url";
import { env } from "@/lib/server/env.server";
import { purgeExpiredBuckets } from "@/lib/server/rate-limit/limiter.server";
import { purgeExpiredSessions } from "@/lib/server/sessions/store.server";

/** How often a running server deletes expired sessions and ended rate-limit windows. */
export const HOUSEKEEPING_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Deletes expired sessions and the buckets of ended windows. On SQLite it then checkpoints the
 * write-ahead log: deleted rows' old pages can sit in the -wal file until a checkpoint copies the
 * zeroed pages back (secure_delete) and truncates it. Failures are logged, never thrown: this is
 * housekeeping, and the app serves on.
 */
export async function housekeeping(when: string, now: Date = new Date()): Promise<void> {
  try {
    const count = await purgeExpiredSessions(now);
    if (count > 0) console.info(`Purged ${count} expired session${count === 1 ? "" : "s"} ${when}`);
  } catch (error) {
    console.error(`Purging expired sessions ${when} failed:`, describe(error));
  }
  try {
    await purgeExpiredBuckets(now);
  } catch (error) {
    console.error(`Purging expired rate-limit buckets ${when} failed:`, describe(error));
  }
  if (databaseKind(env.DATABASE_URL) === "sqlite") {
    try {
      await db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (error) {
      console.error(`Checkpointing the SQLite log ${when} failed:`, describe(error));
    }
  }
}

let timer: ReturnType<typeof setInterval> | undefined;

/** Runs housekeeping every hour from now on; once per process. Does not keep the process alive. */
export function startHousekeeping(intervalMs: number = HOUSEKEEPING_INTERVAL_MS): void {
  if (timer) return;
  timer = setInterval(() => void housekeeping("while running"), intervalMs);
  timer.unref();
}

export function stopHousekeeping(): void {
  clearInterval(timer);
  timer = undefined;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
