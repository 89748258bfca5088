import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The built file of a worker thread's module (scripts/build-workers.mjs writes them to
 * .next/workers after `next build`; WORKER_BUNDLE_DIR points elsewhere, as the tests do), or
 * null when it has not been built.
 */
export function workerFile(name: "read-worker" | "render-worker"): string | null {
  const directory = process.env.WORKER_BUNDLE_DIR ?? path.join(/* turbopackIgnore: true */ process.cwd(), ".next", "workers");
  const file = path.join(directory, `${name}.mjs`);
  return existsSync(file) ? file : null;
}
