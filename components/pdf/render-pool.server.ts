import "server-only";
import os from "node:os";
import { Worker } from "node:worker_threads";
import type { ChecklistModel } from "@/lib/result/checklist-model";
import { renderChecklistPdf } from "./ChecklistDocument";
import type { RenderReply, RenderRequest } from "./render-worker";

/**
 * Checklist PDFs are drawn on worker threads, not on the thread that serves every page: a PDF
 * takes about 50 ms of CPU, and thirty people exporting at once held every page request behind
 * them for seconds (docs/decisions/17-5-checklist-pdfs-on-worker-threads.md). One worker per core,
 * at most 4, started on the first export and kept; a job waits for a free worker in order.
 *
 * Where a worker cannot start (a test runner that does not bundle the worker), the PDF is drawn
 * on this thread as before, and the log says so once.
 */
const POOL_SIZE = Math.max(1, Math.min(4, os.availableParallelism()));

type Job = RenderRequest & { resolve: (pdf: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };

class RenderPool {
  private readonly workers = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  /** Workers that have drawn at least one PDF: they can run here. */
  private readonly answered = new WeakSet<Worker>();
  private nextId = 1;
  private unavailable = false;

  /** Starts every worker now (each warms up on its own thread), so the first exports are not cold. */
  startAll(): void {
    while (!this.unavailable && this.workers.size < POOL_SIZE) {
      const worker = this.start();
      if (!worker) return;
      this.idle.push(worker);
    }
  }

  render(model: ChecklistModel): Promise<Uint8Array<ArrayBuffer>> {
    if (this.unavailable) return renderChecklistPdf(model).then((pdf) => new Uint8Array(pdf));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, model, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? this.start();
      if (!worker) return;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, model: job.model } satisfies RenderRequest);
    }
  }

  /** A new worker while the pool has room; null when it is full (or workers cannot start). */
  private start(): Worker | null {
    if (this.workers.size >= POOL_SIZE || this.unavailable) return null;
    let worker: Worker;
    try {
      worker = new Worker(new URL("./render-worker.ts", import.meta.url));
    } catch (error) {
      this.fallBack(error);
      return null;
    }
    // Idle workers do not keep a stopping server alive.
    worker.unref();
    this.workers.add(worker);
    worker.on("message", (reply: RenderReply) => {
      this.answered.add(worker);
      const job = this.running.get(worker);
      this.running.delete(worker);
      this.idle.push(worker);
      if (job && job.id === reply.id) {
        if ("pdf" in reply) job.resolve(reply.pdf);
        else job.reject(new Error(`The PDF could not be drawn (${reply.error})`));
      }
      this.dispatch();
    });
    worker.on("error", (error) => this.lose(worker, error));
    worker.on("exit", (code) => this.lose(worker, new Error(`A PDF worker stopped (exit code ${code})`)));
    return worker;
  }

  /**
   * A worker died. One that had drawn PDFs before fails its job (the route answers "try again")
   * and the pool starts another when needed; one that never drew any means workers cannot run
   * here, and every job is drawn on this thread from now on.
   */
  private lose(worker: Worker, error: Error): void {
    if (!this.workers.delete(worker)) return;
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    const job = this.running.get(worker);
    this.running.delete(worker);
    if (!this.answered.has(worker)) {
      if (job) this.queue.unshift(job);
      this.fallBack(error);
      return;
    }
    if (job) job.reject(error);
    this.dispatch();
  }

  private fallBack(error: unknown): void {
    if (!this.unavailable) {
      this.unavailable = true;
      console.warn(`PDF worker threads are not available; drawing PDFs on the request thread (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"})`);
    }
    for (const job of this.queue.splice(0)) renderChecklistPdf(job.model).then((pdf) => job.resolve(new Uint8Array(pdf)), job.reject);
  }
}

// One pool per process, whichever bundle (the route's, instrumentation's) reaches it first.
const globalForPool = globalThis as unknown as { checklistRenderPool?: RenderPool };

function pool(): RenderPool {
  globalForPool.checklistRenderPool ??= new RenderPool();
  return globalForPool.checklistRenderPool;
}

/** The checklist PDF for this model, drawn on a worker thread. */
export function renderChecklistPdfOffThread(model: ChecklistModel): Promise<Uint8Array<ArrayBuffer>> {
  return pool().render(model);
}

/** At server start-up (instrumentation.ts): the workers start and warm up before anyone exports. */
export function startChecklistPdfWorkers(): void {
  pool().startAll();
}
