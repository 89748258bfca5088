import "server-only";
import os from "node:os";
import { Piscina } from "piscina";
import type { ChecklistModel } from "@/lib/result/checklist-model";
import { workerFile } from "@/lib/server/worker-file.server";
import { renderChecklistPdf } from "./ChecklistDocument";
import type { RenderJob } from "./render-worker";

/**
 * Checklist PDFs are drawn on worker threads of a piscina pool, not on the thread that serves
 * every page: a PDF takes about 50 ms of CPU, and thirty people exporting at once held every page
 * request behind them for seconds (docs/decisions/17-5-checklist-pdfs-on-worker-threads.md).
 * One worker per core, at most 4, started with the server and kept; a job waits for a free worker
 * in order, and a job that runs past RENDER_TIME_LIMIT_MS is stopped (its worker terminated and
 * replaced) and fails, so the route answers "try again" instead of holding a worker for ever.
 *
 * Where the worker module is not built (vitest, which runs the sources), the PDF is drawn on this
 * thread as before, and the log says so once.
 */
const POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism()));
/** A checklist takes about 50 ms warm, 300 ms cold; this is a stuck render, not a slow one. */
export const RENDER_TIME_LIMIT_MS = 15_000;
/** PDFs waiting for a worker; past this, the route answers "try again". */
const MAX_QUEUE = 64;

type Pool = Piscina<RenderJob, Uint8Array<ArrayBuffer>> | null;

// One pool per process, whichever bundle (the route's, instrumentation's) reaches it first.
const globalForPool = globalThis as unknown as { checklistRenderPool?: Pool };

function pool(): Pool {
  if (globalForPool.checklistRenderPool !== undefined) return globalForPool.checklistRenderPool;
  const filename = workerFile("render-worker");
  if (!filename) {
    console.warn("PDF worker threads are not available (the worker module is not built); drawing PDFs on the request thread");
    globalForPool.checklistRenderPool = null;
    return null;
  }
  const created = new Piscina<RenderJob, Uint8Array<ArrayBuffer>>({
    filename,
    minThreads: POOL_SIZE,
    maxThreads: POOL_SIZE,
    maxQueue: MAX_QUEUE,
    // Idle workers stay (and warm up) for the life of the server.
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  created.on("error", (error: unknown) => {
    console.error(`A PDF worker failed: ${error instanceof Error ? error.name : "unknown error"}`);
  });
  globalForPool.checklistRenderPool = created;
  return created;
}

/** The checklist PDF for this model, drawn on a worker thread. */
export async function renderChecklistPdfOffThread(model: ChecklistModel): Promise<Uint8Array<ArrayBuffer>> {
  const workers = pool();
  if (!workers) return new Uint8Array(await renderChecklistPdf(model));
  return workers.run({ model } satisfies RenderJob, { signal: AbortSignal.timeout(RENDER_TIME_LIMIT_MS) });
}

/** At server start-up (instrumentation.ts): the workers start and warm up before anyone exports. */
export function startChecklistPdfWorkers(): void {
  pool();
}
