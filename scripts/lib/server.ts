// Start the production build on a free port with its own SQLite file, for benchmarks and the
// load test. Needs `npm run build` first.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface RunningServer {
  origin: string;
  databaseUrl: string;
  /**
   * CPU time (user + system) used so far by the server's processes, all their threads (GC,
   * libuv's pool), in ms, as the kernel counts it (Linux /proc, 10 ms ticks); null where there
   * is no /proc.
   */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/** Clock ticks per second of /proc's CPU times: 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** The CPU time of every process in a process group (the server and the workers it spawns). */
function groupCpuMs(groupId: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  let ticks = 0;
  for (const pid of entries) {
    try {
      // After the command's closing parenthesis: state, ppid, pgrp, ... utime (14th field), stime (15th).
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

export async function startServer(options: {
  port: number;
  env?: Record<string, string>;
  /** Flags for the server's Node (a profiler's). */
  nodeArgs?: string[];
  stopSignal?: NodeJS.Signals;
}): Promise<RunningServer> {
  const databaseUrl = options.env?.DATABASE_URL ?? `file:${path.join(mkdtempSync(path.join(tmpdir(), "mbr-bench-")), "bench.db")}`;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env, DATABASE_URL: databaseUrl };
  // A server left running on the port would answer the health check and be measured instead.
  const answering = await fetch(`http://127.0.0.1:${options.port}/api/health`).then(
    () => true,
    () => false,
  );
  if (answering) throw new Error(`Something already answers on port ${options.port}: stop it, or set BENCH_PORT`);
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: "ignore" });
  // Next's binary run by this Node, so a profiler's flags reach the server (`next start` serves in its own process).
  const nextArgs = ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(options.port)];
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), ...nextArgs], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start on port ${options.port} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    origin,
    databaseUrl,
    cpuMs: () => (child.pid ? groupCpuMs(child.pid) : null),
    async stop() {
      if (child.pid) process.kill(-child.pid, options.stopSignal ?? "SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
