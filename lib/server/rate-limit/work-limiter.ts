/**
 * Hourly limits on work that costs this instance's CPU: reading plan documents, drawing checklist
 * PDFs, evaluating answers through the API. Counted in memory, per instance: the cost they guard
 * is this instance's cores, and a count in the database would make every such request wait on a
 * write (and fail while the database is busy). Session starts and resume links keep their limits
 * in the database (limiter.server.ts), shared by every instance, since those guard guessing.
 *
 * Fixed windows of an hour, keyed by the client address (client-address.ts). At most MAX_CLIENTS
 * clients are counted per scope; past that, new clients share one overflow count for the rest of
 * the window, so a flood of addresses cannot grow the map.
 */

export type WorkScope = "upload" | "checklist-pdf" | "evaluate";

export type WorkDecision = { allowed: boolean; retryAfterSeconds: number };

const WINDOW_MS = 60 * 60 * 1000;
export const MAX_CLIENTS = 10_000;
const OVERFLOW = "\u0000overflow";

// One count per process: the API's routes and the pages' actions are separate bundles, each with
// its own copy of this module.
const globalForCounts = globalThis as unknown as { workLimitCounts?: Map<WorkScope, { window: number; byClient: Map<string, number> }> };
const counts = (globalForCounts.workLimitCounts ??= new Map());

export function consumeWork(scope: WorkScope, client: string, limit: number, now: number = Date.now()): WorkDecision {
  const window = Math.floor(now / WINDOW_MS);
  let current = counts.get(scope);
  if (!current || current.window !== window) {
    current = { window, byClient: new Map() };
    counts.set(scope, current);
  }
  const key = current.byClient.has(client) || current.byClient.size < MAX_CLIENTS ? client : OVERFLOW;
  const count = (current.byClient.get(key) ?? 0) + 1;
  current.byClient.set(key, count);
  if (count <= limit) return { allowed: true, retryAfterSeconds: 0 };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(((window + 1) * WINDOW_MS - now) / 1000)) };
}

/** Forgets every count (tests). */
export function resetWorkLimits(): void {
  counts.clear();
}
