// The read worker: piscina runs this module on a worker thread with a heap limit, and terminates
// the thread when the read passes its deadline (read.ts). Built into .next/workers by
// scripts/build-workers.mjs, so it runs without a bundler.
import type { MessagePort } from "node:worker_threads";
import type { ReadOptions } from "@/lib/plan-document";
import { startRecogniser } from "./ocr";
import { runRead, type DocumentReading, type ReadInput } from "./read-task";
import type { ReadProgress } from "./progress";

export type ReadJob = { input: ReadInput; options: ReadOptions; progress: MessagePort; timeLimitMs: number };

export default async function read({ input, options, progress, timeLimitMs }: ReadJob): Promise<DocumentReading> {
  progress.postMessage({ stage: "started" } satisfies ReadProgress);
  try {
    return await runRead(input, options, {
      timeLimitMs,
      startOcr: startRecogniser,
      onProgress: (step: ReadProgress) => progress.postMessage(step),
    });
  } finally {
    progress.close();
  }
}
