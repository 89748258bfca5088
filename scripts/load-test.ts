// Load test: N concurrent visitors each start a session, save every wizard page, resume from
// their link in a fresh browser, and fetch their PDF, against the production build. Afterwards
// every session in the database must hold exactly the answers its visitor saved.
//
//   npm run build && npm run load-test -- --visitors 40
//
// Loopback only; bounded by the number of visitors.
import { startServer, type RunningServer } from "./lib/server";
import { Visitor, walkJourney } from "./lib/visitor";

export interface LoadTestResult {
  visitors: number;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  sessionsChecked: number;
  lostOrCrossedUpdates: number;
}

class TimedVisitor extends Visitor {
  constructor(origin: string, private readonly latencies: number[]) {
    super(origin);
  }
  override async get(path: string) {
    const begin = performance.now();
    const response = await super.get(path);
    this.latencies.push(performance.now() - begin);
    return response;
  }
  override async submit(path: string, answers: Record<string, string>, html?: string) {
    const begin = performance.now();
    const next = await super.submit(path, answers, html);
    this.latencies.push(performance.now() - begin);
    return next;
  }
}

export async function loadTest(options: { visitors?: number; server?: RunningServer; port?: number } = {}): Promise<LoadTestResult> {
  const visitors = options.visitors ?? 20;
  const server =
    options.server ??
    (await startServer({
      port: options.port ?? 3392,
      env: { RATE_LIMIT_SESSION_CREATES_PER_HOUR: "1000000", RATE_LIMIT_RESUMES_PER_HOUR: "1000000" },
    }));
  const latencies: number[] = [];
  let errors = 0;
  const saved: { token: string; pay: number }[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: visitors }, async (_, index) => {
        const pay = 100_000 + index * 1_013;
        try {
          const visitor = new TimedVisitor(server.origin, latencies);
          await walkJourney(visitor, pay);
          const token = visitor.sessionToken()!;
          saved.push({ token, pay });
          // Resume on "another device": a fresh cookie jar with only the link.
          const other = new TimedVisitor(server.origin, latencies);
          const resumed = await other.get(`/resume/${token}`);
          if (resumed.headers.get("location") !== "/check/answers") throw new Error("resume went elsewhere");
          const answers = await (await other.get("/check/answers")).text();
          if (!answers.includes(formatWhole(pay))) throw new Error("the resumed answers lack this visitor's pay");
          const pdf = await other.get("/api/checklist.pdf");
          const bytes = new Uint8Array(await pdf.arrayBuffer());
          if (pdf.status !== 200 || String.fromCharCode(...bytes.slice(0, 4)) !== "%PDF") throw new Error("no PDF");
        } catch (error) {
          errors += 1;
          console.error(`visitor ${index}: ${(error as Error).message}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Read every session back through the one persistence module, from the server's database.
    process.env.DATABASE_URL = server.databaseUrl;
    const { loadSession } = await import("../lib/sessions/store.server");
    const { readDraft } = await import("../lib/wizard/draft");
    let lost = 0;
    for (const { token, pay } of saved) {
      const session = await loadSession(token);
      const draft = session ? readDraft(session.answers) : undefined;
      const exact =
        draft?.compensation === pay * 100 &&
        draft.employeeDeferrals === 24_500_00 &&
        draft.matchPercent === 50 &&
        draft.afterTaxContributions === "yes" &&
        (draft.completed?.length ?? 0) >= 7;
      if (!exact) lost += 1;
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
    return {
      visitors,
      requests: latencies.length,
      errors,
      seconds: Math.round(seconds * 100) / 100,
      requestsPerSecond: Math.round((latencies.length / seconds) * 10) / 10,
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      sessionsChecked: saved.length,
      lostOrCrossedUpdates: lost + (visitors - saved.length),
    };
  } finally {
    if (!options.server) await server.stop();
  }
}

function formatWhole(dollars: number): string {
  return dollars.toLocaleString("en-US");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf("--visitors");
  const visitors = flag === -1 ? 20 : Number(process.argv[flag + 1]);
  loadTest({ visitors }).then((result) => {
    console.log(JSON.stringify(result, null, 2));
    if (result.errors > 0 || result.lostOrCrossedUpdates > 0) process.exitCode = 1;
  });
}
