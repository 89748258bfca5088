// How long the checklist PDF of the worked example (domain §6) takes to make: the first render
// (fonts and modules loading) and warm renders, as the PDF route sees them after its first request.
// Run with `npx tsx scripts/bench-pdf.ts`.
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { checklistModel } from "../lib/result/checklist-model";
import { resultForAnswers } from "../lib/result/result";
import { answersWith } from "../lib/rules/sample-answers";

export const TARGET_MS_PER_CHECKLIST = 50;

export interface PdfBenchResult {
  /** The median of the timed warm renders: robust to other work on the machine. */
  msPerChecklistWarm: number;
  msPerChecklistWarmMean: number;
  /** Throughput over all the timed renders. */
  pdfsPerSecond: number;
  firstRenderMs: number;
}

export interface PdfBenchOptions {
  warmUpRenders?: number;
  timedRenders?: number;
}

export async function benchPdf(options: PdfBenchOptions = {}): Promise<PdfBenchResult> {
  if (reactIsServerBuild()) return benchInChildProcess(options);
  allowRequireOfReactPdf();
  const { renderChecklistPdf } = await import("../components/pdf/ChecklistDocument");
  const model = checklistModel(resultForAnswers(answersWith({ person: { payPeriodsPerYear: 26 } }), "2026-01-01"), {
    madeAt: new Date(),
  });

  const firstStart = performance.now();
  await renderChecklistPdf(model);
  const firstRenderMs = performance.now() - firstStart;

  for (let i = 0; i < (options.warmUpRenders ?? 10); i++) await renderChecklistPdf(model);

  const timedRenders = options.timedRenders ?? 100;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < timedRenders; i++) {
    const start = performance.now();
    bytes += (await renderChecklistPdf(model)).length;
    times.push(performance.now() - start);
  }
  if (bytes === 0) throw new Error("The checklist rendered to nothing");

  const totalMs = times.reduce((sum, ms) => sum + ms, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return {
    msPerChecklistWarm: round(median, 2),
    msPerChecklistWarmMean: round(totalMs / timedRenders, 2),
    pdfsPerSecond: round((timedRenders / totalMs) * 1000, 1),
    firstRenderMs: round(firstRenderMs, 1),
  };
}

/**
 * Under `--conditions=react-server` (how scripts/bench.ts runs, so server-only modules load),
 * "react" is the server build, which cannot drive @react-pdf's reconciler. The route itself runs
 * with the full build, so measure there: in a child process without that condition.
 */
function reactIsServerBuild(): boolean {
  if (typeof require === "undefined") return false;
  try {
    return /react-server/.test(require.resolve("react"));
  } catch {
    return false;
  }
}

function benchInChildProcess(options: PdfBenchOptions): PdfBenchResult {
  const output = execFileSync(process.execPath, ["--import", "tsx", __filename, "--json", JSON.stringify(options)], {
    encoding: "utf8",
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  return JSON.parse(output.trim().split("\n").at(-1)!) as PdfBenchResult;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/**
 * tsx runs this project's .ts files as CommonJS, so @react-pdf's ES modules are loaded with
 * require(), and @react-pdf/hyphenate exports its language files for `import` only. Resolve
 * those as an import would. (Next and vitest load ES modules and need none of this.)
 */
export function allowRequireOfReactPdf(): void {
  if (typeof require === "undefined") return;
  const Module = createRequire(__filename)("node:module") as {
    _resolveFilename: (request: string, parent: { paths?: string[] } | undefined, ...rest: unknown[]) => string;
  };
  const resolve = Module._resolveFilename;
  if ((resolve as { reactPdfHyphenate?: boolean }).reactPdfHyphenate) return;
  const patched = function (this: unknown, request: string, parent: { paths?: string[] } | undefined, ...rest: unknown[]) {
    const language = /^@react-pdf\/hyphenate\/([a-z-]+)$/.exec(request)?.[1];
    if (language) {
      for (const folder of parent?.paths ?? []) {
        try {
          return resolve.call(this, path.join(folder, "@react-pdf/hyphenate/lib", `${language}.js`), parent, ...rest);
        } catch {
          // Not in this node_modules folder: try the next one up.
        }
      }
    }
    return resolve.call(this, request, parent, ...rest);
  };
  Object.assign(patched, { reactPdfHyphenate: true });
  Module._resolveFilename = patched;
}

// Run directly (npx tsx scripts/bench-pdf.ts), not when imported; `--json [options]` prints the
// result for benchInChildProcess. React is measured as the server runs it: in production mode,
// unless NODE_ENV says otherwise.
if (process.argv[1] && /bench-pdf\.ts$/.test(process.argv[1])) {
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
  const json = process.argv.indexOf("--json");
  const options = json === -1 ? {} : (JSON.parse(process.argv[json + 1] ?? "{}") as PdfBenchOptions);
  void benchPdf(options).then((result) => {
    if (json !== -1) {
      console.log(JSON.stringify(result));
      return;
    }
    console.log(
      `pdf: ${result.msPerChecklistWarm} ms per checklist warm (median; mean ${result.msPerChecklistWarmMean} ms), ${result.pdfsPerSecond} PDFs/second, first render ${result.firstRenderMs} ms (target < ${TARGET_MS_PER_CHECKLIST} ms warm)`,
    );
    if (result.msPerChecklistWarm >= TARGET_MS_PER_CHECKLIST) process.exitCode = 1;
  });
}
