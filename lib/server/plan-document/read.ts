// One way in for the upload page and the API: a PDF file or pasted text, to findings. Every read
// runs on a worker thread of a piscina pool (one per core, a short queue), with a heap limit, a
// deadline that terminates the thread, and a watch on the server's memory: a hostile document
// costs its own read, never the server (docs/decisions/26-1-plan-document-reads-on-a-worker-pool.md).
import "server-only";
import os from "node:os";
import { MessageChannel } from "node:worker_threads";
import { Piscina } from "piscina";
import type { ReadOptions } from "@/lib/plan-document";
import { MAX_PASTED_CHARACTERS, MAX_PLAN_DOCUMENT_BYTES } from "@/lib/plan-document/input";
import { env } from "@/lib/server/env.server";
import { workerFile } from "@/lib/server/worker-file.server";
import { MAX_SCANNED_PAGES, OCR_SECONDS_PER_PAGE, READ_MEMORY_GROWTH_MB, READ_QUEUE_PER_WORKER, READ_WORKER_HEAP_MB } from "./limits";
import type { ReadProgress } from "./progress";
import type { DocumentReading, ReadInput, ReadProblem } from "./read-task";
import type { ReadJob } from "./read-worker";

export type { DocumentReading, ReadProblem } from "./read-task";

const WORKERS = Math.max(1, Math.min(4, os.availableParallelism()));

type Running = { stop: (problem: ReadProblem) => void };

class ReadPool {
  private readonly piscina: Piscina<ReadJob, DocumentReading>;
  private readonly running = new Set<Running>();
  private memoryWatch: ReturnType<typeof setInterval> | undefined;
  private baselineRss = 0;

  constructor(filename: string) {
    this.piscina = new Piscina<ReadJob, DocumentReading>({
      filename,
      minThreads: 0,
      maxThreads: WORKERS,
      concurrentTasksPerWorker: 1,
      maxQueue: WORKERS * READ_QUEUE_PER_WORKER,
      idleTimeout: 60_000,
      // The worker awaits OCR's own messages after its task starts: no blocking wait between tasks.
      atomics: "disabled",
      resourceLimits: { maxOldGenerationSizeMb: READ_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    });
    // A worker that fails outside a task (it could not start): logged, never thrown at the server.
    this.piscina.on("error", (error: unknown) => {
      console.error(`A plan-document read worker failed: ${error instanceof Error ? error.name : "unknown error"}`);
    });
  }

  async read(input: ReadInput, options: ReadOptions, onProgress?: (progress: ReadProgress) => void): Promise<DocumentReading> {
    const timeLimitMs = env.PLAN_DOCUMENT_READ_SECONDS * 1000;
    const controller = new AbortController();
    let stoppedFor: ReadProblem | undefined;
    const stop = (problem: ReadProblem) => {
      stoppedFor ??= problem;
      controller.abort();
    };
    const running: Running = { stop };
    // While queued, a read waits at most one deadline for a worker; once started, it has one
    // deadline, extended by OCR_SECONDS_PER_PAGE for each page of a scan.
    let timer = setTimeout(() => stop("busy"), timeLimitMs);
    let startedAt = 0;
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (progress: ReadProgress) => {
      if (progress.stage === "started") {
        startedAt = performance.now();
        clearTimeout(timer);
        timer = setTimeout(() => stop("too-slow"), timeLimitMs);
        this.watch(running);
      } else if (progress.stage === "ocr" && progress.page === 1) {
        clearTimeout(timer);
        const extra = Math.min(progress.pages, MAX_SCANNED_PAGES) * OCR_SECONDS_PER_PAGE * 1000;
        timer = setTimeout(() => stop("too-slow"), Math.max(0, startedAt + timeLimitMs + extra - performance.now()));
      }
      onProgress?.(progress);
    });
    onProgress?.({ stage: "queued" });
    const transferList = input.kind === "pdf" ? [port2, input.bytes.buffer as ArrayBuffer] : [port2];
    try {
      return await this.piscina.run({ input, options, progress: port2, timeLimitMs } satisfies ReadJob, { signal: controller.signal, transferList });
    } catch (error) {
      if (stoppedFor) return { ok: false, problem: stoppedFor };
      const code = (error as { code?: string } | null)?.code;
      if (code === "ERR_WORKER_OUT_OF_MEMORY") return { ok: false, problem: "too-much-memory" };
      if (error instanceof Error && /queue is at limit/i.test(error.message)) return { ok: false, problem: "busy" };
      // The kind only, never the document.
      console.error(`Reading a plan document failed: ${(error as Error)?.name ?? "unknown error"}${code ? ` (${code})` : ""}`);
      return { ok: false, problem: "unreadable" };
    } finally {
      clearTimeout(timer);
      port1.close();
      this.unwatch(running);
    }
  }

  /**
   * ArrayBuffers and WebAssembly memory are outside a worker's heap limit: while reads run, the
   * server's resident memory is checked four times a second, and past READ_MEMORY_GROWTH_MB over
   * where it stood before they started, the running reads are stopped.
   */
  private watch(running: Running): void {
    if (this.running.size === 0) this.baselineRss = process.memoryUsage.rss();
    this.running.add(running);
    this.memoryWatch ??= setInterval(() => {
      if (process.memoryUsage.rss() - this.baselineRss > READ_MEMORY_GROWTH_MB * 1024 * 1024) {
        for (const read of this.running) read.stop("too-much-memory");
      }
    }, 250);
    this.memoryWatch.unref();
  }

  private unwatch(running: Running): void {
    this.running.delete(running);
    if (this.running.size === 0 && this.memoryWatch) {
      clearInterval(this.memoryWatch);
      this.memoryWatch = undefined;
    }
  }
}

// One pool per process, whichever bundle (the route's, the page's) reaches it first.
const globalForPool = globalThis as unknown as { planDocumentReadPool?: ReadPool };

function pool(): ReadPool {
  if (globalForPool.planDocumentReadPool) return globalForPool.planDocumentReadPool;
  const file = workerFile("read-worker");
  // Never fall back to reading on the request thread: that is what let one document hold the server.
  if (!file) throw new Error("The plan-document read worker is not built: run `npm run build` (scripts/build-workers.mjs)");
  globalForPool.planDocumentReadPool = new ReadPool(file);
  return globalForPool.planDocumentReadPool;
}

export async function readDocumentInput(
  { file, text }: { file?: Blob | null; text?: string | null },
  options: ReadOptions = {},
  onProgress?: (progress: ReadProgress) => void,
): Promise<DocumentReading> {
  if (file && file.size > 0) {
    if (file.size > MAX_PLAN_DOCUMENT_BYTES) return { ok: false, problem: "too-large" };
    return pool().read({ kind: "pdf", bytes: new Uint8Array(await file.arrayBuffer()) }, options, onProgress);
  }
  if (text && text.trim() !== "") {
    if (text.length > MAX_PASTED_CHARACTERS) return { ok: false, problem: "too-large" };
    return pool().read({ kind: "text", text }, options, onProgress);
  }
  return { ok: false, problem: "empty" };
}
