// Server speed: requests per second and p99 for a wizard page, a save and a resume, each also
// as a ratio to serving a static file from the same server in the same run. A save's latency is
// its POST alone (reading its form first is not timed), its requests per second are whole
// read-and-post cycles; a resume is two requests, the link's page and its
// button's POST, timed together, so its "requests per second" are whole resumes per second.
import { startServer } from "./lib/server";
import { measure, type LoadFigures } from "./lib/measure";
import { Visitor, walkJourney } from "./lib/visitor";

export interface ServerBenchResult {
  concurrency: number;
  durationMs: number;
  static: LoadFigures;
  wizardPage: LoadFigures;
  save: LoadFigures;
  resume: LoadFigures;
  ratiosToStatic: { wizardPage: number; save: number; resume: number };
}

const BENCH_ENV = {
  // The benchmark hammers one address on purpose: lift the per-client limits for its server.
  RATE_LIMIT_SESSION_CREATES_PER_HOUR: "1000000",
  RATE_LIMIT_RESUMES_PER_HOUR: "1000000",
};

export async function benchServer(options: { port?: number; concurrency?: number; durationMs?: number } = {}): Promise<ServerBenchResult> {
  const concurrency = options.concurrency ?? 8;
  const durationMs = options.durationMs ?? 5000;
  const server = await startServer({ port: options.port ?? 3391, env: BENCH_ENV });
  try {
    const { origin } = server;
    const visitors = await Promise.all(
      Array.from({ length: concurrency }, async (_, index) => {
        const visitor = new Visitor(origin);
        await walkJourney(visitor, 150_000 + index);
        return visitor;
      }),
    );
    const startPage = await (await fetch(`${origin}/`)).text();
    const staticPath = /src="(\/_next\/static\/[^"]+\.js)"/.exec(startPage)?.[1];
    if (!staticPath) throw new Error("no static script found on the start page");
    const run = { concurrency, durationMs };

    const staticFile = await measure("static file", run, async () => ({
      request: async () => {
        const response = await fetch(origin + staticPath);
        await response.arrayBuffer();
        return response.ok;
      },
    }));
    const wizardPage = await measure("wizard page", run, async (index) => ({
      request: async () => {
        const response = await visitors[index]!.get("/check/about-you");
        await response.arrayBuffer();
        return response.status === 200;
      },
    }));
    // A save is the form post a browser makes; reading the form first is not timed.
    const save = await measure("save", run, async (index) => {
      const visitor = visitors[index]!;
      return {
        request: async () => {
          const html = await visitor.html("/check/contributions");
          const begin = performance.now();
          const next = await visitor.submit("/check/contributions", { deferralMode: "dollars", employeeDeferrals: "24500" }, html);
          // A save moves on to the next page; a refused one would stay on this page.
          return { ok: next.startsWith("/check/") && next !== "/check/contributions", ms: performance.now() - begin };
        },
      };
    });
    // Real resume tokens, from the link the save page shows (the cookie holds a session secret, not a token).
    const tokens = await Promise.all(visitors.map((visitor) => visitor.saveForLater()));
    // A whole resume as a person on another device makes it, timed end to end: the link's page
    // (GET, 200) and "Continue with your saved answers" (POST, sets the cookie, 303 to the answers).
    const resume = await measure("resume (link page GET + continue POST)", run, async (index) => ({
      request: async () => (await new Visitor(origin).resume(tokens[index]!)) === "/check/answers",
    }));
    const ratio = (figures: LoadFigures) => Math.round((figures.requestsPerSecond / staticFile.requestsPerSecond) * 1000) / 1000;
    return {
      concurrency,
      durationMs,
      static: staticFile,
      wizardPage,
      save: save,
      resume,
      ratiosToStatic: { wizardPage: ratio(wizardPage), save: ratio(save), resume: ratio(resume) },
    };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchServer({ port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined }).then((result) => console.log(JSON.stringify(result, null, 2)));
}
