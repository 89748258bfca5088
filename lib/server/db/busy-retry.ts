// Waiting for a busy SQLite database without freezing the server. better-sqlite3 is synchronous:
// its busy timeout spins inside the one JavaScript thread, so while another process holds the write
// lock every request waits, even those that never touch the database. The client is opened with no
// busy timeout instead, and a statement refused with SQLITE_BUSY is tried again after an
// asynchronous pause, leaving the event loop free (docs/decisions/013-1-sqlite-busy-retry.md).
// Pure: no framework, no database import.

/** How long a statement keeps trying before the caller gets the error: past a held lock of a few seconds. */
export const BUSY_DEADLINE_MS = 5_000;

/** True for an error that means "another connection holds the lock", through Prisma's wrapping. */
export function isBusyError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const candidate = current as {
      code?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } };
      cause?: unknown;
    };
    for (const code of [candidate.code, candidate.originalCode, candidate.meta?.driverAdapterError?.cause?.originalCode]) {
      if (typeof code === "string" && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true;
    }
    current = candidate.cause;
  }
  return false;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it succeeds, fails with anything but a busy error, or `deadlineMs` has
 * passed; pauses grow from 5 ms to 100 ms, with jitter so waiting requests do not retry in step.
 */
export async function withBusyRetry<T>(
  attempt: () => Promise<T>,
  { deadlineMs = BUSY_DEADLINE_MS, now = Date.now }: { deadlineMs?: number; now?: () => number } = {},
): Promise<T> {
  const start = now();
  for (let pause = 5; ; pause = Math.min(100, pause * 2)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || now() - start >= deadlineMs) throw error;
    }
    await sleep(pause / 2 + Math.random() * pause);
  }
}
