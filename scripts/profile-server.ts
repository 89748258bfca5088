// Where a wizard page's CPU time goes: the production server runs under `node --cpu-prof` while
// `concurrency` visitors GET one wizard page for a few seconds; the profile's samples
// taken while the requests ran (timed here on the same monotonic clock as the profile) are then
// summed by owner (self time) and by the app's own steps (inclusive time), each divided by the
// number of pages served, in milliseconds of CPU per request.
//
// A save profile (`--save`) counts the form's GET and its POST as one request.
//
//   npm run build && tsx --conditions=react-server scripts/profile-server.ts [/check/about-you] [--save] [--functions]
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "./lib/server";
import { measure } from "./lib/measure";
import { Visitor, walkJourney } from "./lib/visitor";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber?: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** A pause after the warm-up, so its last responses are not in the measured window. */
const QUIET_MS = 300;

export interface CostLine {
  owner: string;
  msPerRequest: number;
  share: number;
}

export interface ServerProfile {
  path: string;
  /** What one request is: a page's GET, or a save (the form's GET and its POST, together). */
  request: "page" | "save";
  requests: number;
  /** Requests that did not answer as they should (none, for a profile worth reading). */
  errors: number;
  requestsPerSecond: number;
  /** Busy CPU per request (idle excluded), in ms, from the profile's samples. */
  cpuMsPerRequest: number;
  /**
   * CPU per request as the kernel counts it for the server's processes over the same window, in
   * ms: every thread (the profile covers the main one), the profiler's overhead included, but
   * not the time the thread waited for a core while other work ran, which the profile's sample
   * intervals do count. Null without /proc.
   */
  kernelCpuMsPerRequest: number | null;
  /** Self time by owner: every sample belongs to exactly one line. */
  byOwner: CostLine[];
  /** Inclusive time of the app's own steps: a sample counts once for each step on its stack. */
  bySteps: CostLine[];
  /** The functions with the most inclusive time, for reading the profile without a viewer. */
  topFunctions: CostLine[];
  topSelf: CostLine[];
}

/** Self time: the code a sample was in, grouped by who wrote it. */
function ownerOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)") return "V8 and native (program)";
  if (url.includes("query_compiler") || url.includes("query_engine") || url.startsWith("wasm://") || functionName.startsWith("js-to-wasm")) return "Prisma query compiler (wasm)";
  if (url.includes("better-sqlite3")) return "better-sqlite3";
  if (url.includes("@prisma/") || url.includes("/generated/")) return "Prisma client";
  if (url.includes("next-server/app-page") || url.includes("react-server-dom") || url.includes("react-dom")) return "React rendering (RSC + HTML, in Next's app-page runtime)";
  if (url.includes("node_modules/next/")) return "Next server (routing, proxy adapter, request handling)";
  if (url.includes("/.next/server/")) return "app server chunks (pages, components, zod, lib)";
  if (url.includes("node:zlib") || url.includes("compression")) return "response compression (zlib)";
  if (url.includes("async_hooks") || url.includes("async_local_storage")) return "AsyncLocalStorage";
  if (url.includes("undici") || url.includes("webstreams") || url.includes("web/streams")) return "web streams and fetch (undici)";
  if (url.startsWith("node:")) return "Node core (http, buffers, timers)";
  if (url === "") return "V8 and native (program)";
  return "other";
}

/** Inclusive time: named steps of a request, matched on the function names on the stack. */
const STEPS: [string, RegExp][] = [
  ["proxy.ts (security headers, nonce, request gate)", /^proxy$/],
  ["session read (loadWizard)", /^loadWizard$/],
  ["Prisma query (whole call)", /^(_executeRequest|_request|executeRequest)$/],
  ["React server components render (RSC payload)", /^(renderModelDestructive|retryTask|performWork)$/],
  ["HTML render from the RSC payload (SSR)", /^(renderElement|renderNodeDestructive|performWork\$1|retryRenderTask)$/],
];

/**
 * The indexes of the samples taken while the measured requests ran. A profile's timestamps are
 * microseconds of the system's monotonic clock, the clock of process.hrtime in this process too,
 * so the window is the one this process timed around the requests.
 */
function measuredWindow(profile: CpuProfile, [from, to]: Window): [number, number] {
  let at = profile.startTime;
  let first = -1;
  let last = profile.samples.length;
  for (let index = 0; index < profile.samples.length; index++) {
    at += profile.timeDeltas[index] ?? 0;
    if (first < 0 && at >= from) first = index;
    if (at > to) {
      last = index;
      break;
    }
  }
  if (first < 0 || profile.startTime > from || profile.endTime < to) {
    throw new Error("the profile does not cover the measured requests (is the profiler's clock this process's monotonic clock?)");
  }
  return [first, last];
}

/** Microseconds of the monotonic clock, as a CPU profile stamps its samples. */
type Window = [from: number, to: number];
const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

function describe(frame: ProfileNode["callFrame"] & { lineNumber?: number }): string {
  const where = frame.url.replace(/^.*node_modules\//, "").replace(/^.*\/\.next\//, ".next/");
  return `${frame.functionName || "(anonymous)"} ${where}:${(frame.lineNumber ?? 0) + 1}`;
}

function analyse(profile: CpuProfile, requests: number, window: Window) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const [first, last] = measuredWindow(profile, window);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMicros = new Map<string, number>();
  const stepMicros = new Map<string, number>();
  const functionMicros = new Map<string, number>();
  const functionSelfMicros = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    if (index < first || index >= last) return;
    const micros = profile.timeDeltas[index + 1] ?? 0;
    const node = byId.get(id)!;
    const owner = ownerOf(node.callFrame);
    if (owner === "idle") return;
    busy += micros;
    selfMicros.set(owner, (selfMicros.get(owner) ?? 0) + micros);
    const self = describe(node.callFrame);
    functionSelfMicros.set(self, (functionSelfMicros.get(self) ?? 0) + micros);
    const seen = new Set<string>();
    const seenFunctions = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const name = frame.functionName;
      const where = describe(frame);
      if (!seenFunctions.has(where)) {
        seenFunctions.add(where);
        functionMicros.set(where, (functionMicros.get(where) ?? 0) + micros);
      }
      for (const [step, pattern] of STEPS) {
        if (!seen.has(step) && pattern.test(name)) {
          seen.add(step);
          stepMicros.set(step, (stepMicros.get(step) ?? 0) + micros);
        }
      }
    }
  });
  const lines = (micros: Map<string, number>) =>
    [...micros]
      .map(([owner, total]) => ({
        owner,
        msPerRequest: Math.round((total / 1000 / requests) * 100) / 100,
        share: Math.round((total / busy) * 1000) / 1000,
      }))
      .sort((a, b) => b.msPerRequest - a.msPerRequest);
  return {
    cpuMsPerRequest: Math.round((busy / 1000 / requests) * 100) / 100,
    byOwner: lines(selfMicros),
    bySteps: lines(stepMicros),
    topFunctions: lines(functionMicros).slice(0, 60),
    topSelf: lines(functionSelfMicros).slice(0, 40),
  };
}

/** The save the server bench measures: the contributions page's form, read and posted. */
const SAVE_PATH = "/check/contributions";
const SAVE_ANSWERS = { deferralMode: "dollars", employeeDeferrals: "24500" };

export async function profileServer(
  options: { path?: string; request?: "page" | "save"; port?: number; concurrency?: number; durationMs?: number } = {},
): Promise<ServerProfile> {
  const kind = options.request ?? "page";
  const pagePath = kind === "save" ? SAVE_PATH : (options.path ?? "/check/about-you");
  // One request of the kind profiled; true when the server answered as it should.
  const once = async (visitor: Visitor): Promise<boolean> => {
    if (kind === "save") return (await visitor.submit(SAVE_PATH, SAVE_ANSWERS)) !== SAVE_PATH;
    const response = await visitor.get(pagePath);
    await response.arrayBuffer();
    return response.status === 200;
  };
  const directory = mkdtempSync(path.join(tmpdir(), "mbr-profile-"));
  const server = await startServer({
    port: options.port ?? 3394,
    env: {
      RATE_LIMIT_SESSION_CREATES_PER_HOUR: "1000000",
      RATE_LIMIT_RESUMES_PER_HOUR: "1000000",
    },
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${directory}`],
    // The profile is written when the server exits of its own accord.
    stopSignal: "SIGINT",
  });
  let figures;
  let measured: Window;
  let kernelCpuMs: number | null;
  try {
    const visitors = await Promise.all(
      Array.from({ length: options.concurrency ?? 8 }, async (_, index) => {
        const visitor = new Visitor(server.origin);
        await walkJourney(visitor, 150_000 + index);
        return visitor;
      }),
    );
    // Warm up, so the profile shows steady work rather than first compilations.
    await Promise.all(visitors.map(once));
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    const from = monotonicMicros();
    const cpuBefore = server.cpuMs();
    figures = await measure(`profiled ${kind}`, { concurrency: visitors.length, durationMs: options.durationMs ?? 6000 }, async (index) => ({
      request: () => once(visitors[index]!),
    }));
    measured = [from, monotonicMicros()];
    const cpuAfter = server.cpuMs();
    kernelCpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  } finally {
    await server.stop();
  }
  // `next start` runs the server in a child process: the largest profile is the server's.
  const profiles = readdirSync(directory)
    .filter((name) => name.endsWith(".cpuprofile"))
    .map((name) => path.join(directory, name))
    .sort((a, b) => statSync(b).size - statSync(a).size);
  if (!profiles[0]) throw new Error(`no CPU profile was written to ${directory}`);
  const profile = JSON.parse(readFileSync(profiles[0], "utf8")) as CpuProfile;
  return {
    path: pagePath,
    request: kind,
    requests: figures.requests, errors: figures.errors,
    requestsPerSecond: figures.requestsPerSecond,
    kernelCpuMsPerRequest: kernelCpuMs === null ? null : Math.round((kernelCpuMs / figures.requests) * 100) / 100,
    ...analyse(profile, figures.requests, measured),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  profileServer({
    path: process.argv.slice(2).find((argument) => argument.startsWith("/")),
    request: process.argv.includes("--save") ? "save" : "page",
    port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + 2 : undefined,
  }).then((result) => {
    console.log(`${result.request} ${result.path}: ${result.requestsPerSecond} req/s under the profiler, ${result.cpuMsPerRequest} ms CPU per request in the profile, ${result.kernelCpuMsPerRequest} ms by the kernel`);
    for (const line of result.byOwner) console.log(`  ${line.msPerRequest.toFixed(2).padStart(6)} ms  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.owner}`);
    console.log("Steps (inclusive):");
    for (const line of result.bySteps) console.log(`  ${line.msPerRequest.toFixed(2).padStart(6)} ms  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.owner}`);
    if (process.argv.includes("--functions")) {
      console.log("Functions (inclusive):");
      for (const line of result.topFunctions) console.log(`  ${line.msPerRequest.toFixed(2).padStart(6)} ms  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.owner}`);
      console.log("Functions (self):");
      for (const line of result.topSelf) console.log(`  ${line.msPerRequest.toFixed(2).padStart(6)} ms  ${(line.share * 100).toFixed(1).padStart(5)}%  ${line.owner}`);
    }
  });
}
