// Load test: N concurrent visitors each start a session, save every wizard page, resume from
// their link in a fresh browser, and fetch their PDF, against the production build. Afterwards
// every session in the database must hold exactly the answers its visitor saved.
//
//   npm run build && npm run load-test -- --visitors 40
//   npm run load-test -- --visitors 40 --instances 2 --database-url postgresql://user:pw@127.0.0.1/db
//
// With several instances (on one shared PostgreSQL database), each visitor saves on one instance
// and resumes and fetches the PDF on the next, as behind a load balancer.
// Loopback only; bounded by the number of visitors.
import { startServer, type RunningServer } from "./lib/server";
import { Visitor, walkJourney } from "./lib/visitor";

export interface LoadTestResult {
  visitors: number;
  instances: number;
  database: "sqlite" | "postgresql";
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

export async function loadTest(
  options: { visitors?: number; instances?: number; databaseUrl?: string; port?: number } = {},
): Promise<LoadTestResult> {
  const visitors = options.visitors ?? 20;
  const instances = options.instances ?? 1;
  const env: Record<string, string> = { RATE_LIMIT_SESSION_CREATES_PER_HOUR: "1000000", RATE_LIMIT_RESUMES_PER_HOUR: "1000000" };
  const first = await startServer({ port: options.port ?? 3392, env: options.databaseUrl ? { ...env, DATABASE_URL: options.databaseUrl } : env });
  const servers: RunningServer[] = [first];
  for (let index = 1; index < instances; index++) {
    servers.push(await startServer({ port: (options.port ?? 3392) + index, env: { ...env, DATABASE_URL: first.databaseUrl } }));
  }
  const latencies: number[] = [];
  let errors = 0;
  const saved: { token: string; pay: number }[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: visitors }, async (_, index) => {
        const pay = 100_000 + index * 1_013;
        try {
          const visitor = new TimedVisitor(servers[index % instances]!.origin, latencies);
          await walkJourney(visitor, pay);
          const token = visitor.sessionToken()!;
          saved.push({ token, pay });
          // Resume on "another device" (and another instance): a fresh cookie jar with only the link.
          const other = new TimedVisitor(servers[(index + 1) % instances]!.origin, latencies);
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
    process.env.DATABASE_URL = first.databaseUrl;
    const { loadSession } = await import("../lib/server/sessions/store.server");
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
      instances,
      database: first.databaseUrl.startsWith("file:") ? "sqlite" : "postgresql",
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
    await Promise.all(servers.map((server) => server.stop()));
  }
}

function formatWhole(dollars: number): string {
  return dollars.toLocaleString("en-US");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const argument = (name: string) => {
    const index = process.argv.indexOf(name);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  loadTest({
    visitors: Number(argument("--visitors") ?? 20),
    instances: Number(argument("--instances") ?? 1),
    databaseUrl: argument("--database-url"),
  }).then((result) => {
    console.log(JSON.stringify(result, null, 2));
    if (result.errors > 0 || result.lostOrCrossedUpdates > 0) process.exitCode = 1;
  });
}
