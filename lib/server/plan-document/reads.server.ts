import "server-only";
import { randomBytes } from "node:crypto";
import type { ReadProgress } from "./progress";

/**
 * Reads in progress, so a page can show "page N of M" while a long document (a scan) is read,
 * with JavaScript (polling) or without (a page that refreshes itself). Held in this process's
 * memory only, never stored: an entry holds the read's progress and, once done, what the page
 * shows next (the findings, or the problem); it is dropped RESULT_LIFETIME_MS after the read ends.
 * Only the client that started a read can see it, by an unguessable id.
 */

/** How long findings wait to be shown after the read ends. */
export const RESULT_LIFETIME_MS = 10 * 60 * 1000;
/** At most this many reads are remembered; the oldest finished ones go first. */
const MAX_ENTRIES = 500;

type Entry<T> = { client: string; progress: ReadProgress; outcome?: T; endedAt?: number; startedAt: number };

const globalForReads = globalThis as unknown as { planDocumentReads?: Map<string, Entry<unknown>> };
const reads = (globalForReads.planDocumentReads ??= new Map());

export type ReadStatus<T> = { done: false; progress: ReadProgress } | { done: true; outcome: T };

/**
 * Starts `run` and remembers it under a new id; `run` reports progress through its argument and
 * gives what the page shows next. Resolves with the id and a promise of the outcome.
 */
export function startTrackedRead<T>(client: string, run: (onProgress: (progress: ReadProgress) => void) => Promise<T>): { id: string; outcome: Promise<T> } {
  sweep();
  const id = randomBytes(16).toString("base64url");
  const entry: Entry<T> = { client, progress: { stage: "queued" }, startedAt: Date.now() };
  reads.set(id, entry as Entry<unknown>);
  const outcome = run((progress) => {
    entry.progress = progress;
  }).then((value) => {
    entry.outcome = value;
    entry.endedAt = Date.now();
    return value;
  });
  // A failure is the caller's to handle; the entry just ends.
  outcome.catch(() => reads.delete(id));
  return { id, outcome };
}

/** The read's progress or outcome, for the client that started it; null when unknown, expired or another client's. */
export function trackedRead<T>(id: unknown, client: string): ReadStatus<T> | null {
  sweep();
  if (typeof id !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(id)) return null;
  const entry = reads.get(id) as Entry<T> | undefined;
  if (!entry || entry.client !== client) return null;
  return entry.endedAt !== undefined ? { done: true, outcome: entry.outcome as T } : { done: false, progress: entry.progress };
}

function sweep(now = Date.now()): void {
  for (const [id, entry] of reads) {
    if (entry.endedAt !== undefined && now - entry.endedAt > RESULT_LIFETIME_MS) reads.delete(id);
  }
  if (reads.size < MAX_ENTRIES) return;
  const finished = [...reads].filter(([, entry]) => entry.endedAt !== undefined).sort((a, b) => a[1].endedAt! - b[1].endedAt!);
  for (const [id] of finished.slice(0, reads.size - MAX_ENTRIES + 1)) reads.delete(id);
}
