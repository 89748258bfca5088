// Load test: N concurrent visitors each start a session, save every wizard page, select "Save
// and come back later" and take the link from the save page, open it in a fresh browser and
// continue (the link's page, then its button's POST), and fetch their PDF, against the production
// build. Every HTTP exchange is one latency. Afterwards every session in the database, read by its
// resume token, must hold exactly the answers its visitor saved, page by page; exit code 1 if not,
// or on any error. `--lose-one-update` undoes one visitor's last save in the database before that
// check, to show that the check catches it (it must then report 1 lost update).
//
//   npm run build && npm run load-test -- --visitors 40 [--port 3392]
//   npm run load-test -- --visitors 40 --instances 2 --database-url postgresql://user:pw@127.0.0.1/db
//
// With several instances (on one shared PostgreSQL database), each visitor saves on one instance
// and resumes and fetches the PDF on the next, as behind a load balancer.
// Loopback only; bounded by the number of visitors.
import { startServer, type RunningServer } from "./lib/server";
import { Visitor, walkJourney } from "./lib/visitor";
import { draftFields, readDraft, type Draft, type DraftField } from "../lib/wizard/draft";

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
  /** Each kind of request (method and path) on its own, slowest p99 first. */
  byRequest: { request: string; count: number; p50Ms: number; p99Ms: number }[];
}

/** Times each HTTP exchange on its own: a form's GET and its POST are two requests. */
class TimedVisitor extends Visitor {
  constructor(
    origin: string,
    private readonly latencies: number[],
    private readonly byRequest: Map<string, number[]>,
  ) {
    super(origin);
  }
  protected override async send(path: string, init: RequestInit) {
    const begin = performance.now();
    let response: Response;
    let body: ArrayBuffer;
    try {
      response = await super.send(path, init);
      // Up to the whole body, as a browser waits for it.
      body = await response.arrayBuffer();
    } catch (error) {
      throw new Error(`${init.method ?? "GET"} ${path} failed`, { cause: (error as Error).cause ?? error });
    }
    const ms = performance.now() - begin;
    this.latencies.push(ms);
    // Grouped by what was asked, with a resume link's token left out.
    const kind = `${init.method ?? "GET"} ${path.replace(/^\/resume\/[^/?#]+/, "/resume/<token>")}`;
    this.byRequest.set(kind, [...(this.byRequest.get(kind) ?? []), ms]);
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}

export async function loadTest(
  options: {
    visitors?: number;
    instances?: number;
    databaseUrl?: string;
    port?: number;
    /**
     * A check of the check: before reading the sessions back, undo the last page one visitor
     * saved, straight in the database, as a lost update would. The result must then report it.
     */
    loseOneUpdate?: boolean;
  } = {},
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
  const byRequest = new Map<string, number[]>();
  let errors = 0;
  const saved: { token: string; pay: number; pages: SavedPages }[] = [];
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: visitors }, async (_, index) => {
        const pay = 100_000 + index * 1_013;
        try {
          const visitor = new TimedVisitor(servers[index % instances]!.origin, latencies, byRequest);
          const pages = await walkJourney(visitor, pay);
          // "Save and come back later": the link the save page shows holds the resume token.
          const token = await visitor.saveForLater();
          saved.push({ token, pay, pages });
          // Resume on "another device" (and another instance): a fresh cookie jar with only the
          // link, whose page's button sets the cookie and goes on to the answers.
          const other = new TimedVisitor(servers[(index + 1) % instances]!.origin, latencies, byRequest);
          const resumed = await other.resume(token);
          if (resumed !== "/check/answers") throw new Error(`resume went to ${resumed}, not the answers`);
          const answers = await (await other.get("/check/answers")).text();
          if (!answers.includes(formatWhole(pay))) throw new Error("the resumed answers lack this visitor's pay");
          const pdf = await other.get("/api/checklist.pdf");
          const bytes = new Uint8Array(await pdf.arrayBuffer());
          if (pdf.status !== 200 || String.fromCharCode(...bytes.slice(0, 4)) !== "%PDF") throw new Error("no PDF");
        } catch (error) {
          errors += 1;
          // fetch's own message is "fetch failed"; the reason (a reset, a timeout) is its cause.
          const cause = (error as Error).cause as { code?: string; message?: string } | undefined;
          console.error(`visitor ${index}: ${(error as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ""}`);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    // Read every session back through the one persistence module, from the server's database.
    process.env.DATABASE_URL = first.databaseUrl;
    const { loadSession, saveSession } = await import("../lib/server/sessions/store.server");
    if (options.loseOneUpdate && saved[0]) {
      const session = await loadSession(saved[0].token);
      if (!session) throw new Error("the session to spoil is missing");
      const [lastPath, lastAnswers] = saved[0].pages.at(-1)!;
      const spoiled = { ...(session.answers as Record<string, unknown>) };
      for (const name of Object.keys(lastAnswers)) delete spoiled[name];
      spoiled.completed = (spoiled.completed as string[]).filter((slug) => `/check/${slug}` !== lastPath);
      const spoilt = await saveSession(saved[0].token, { ...session, answers: spoiled, expectedVersion: session.version });
      if (!spoilt.ok) throw new Error("could not spoil the session");
    }
    let lost = 0;
    for (const { token, pages } of saved) {
      const session = await loadSession(token);
      const missing = session ? notHeld(readDraft(session.answers), pages) : ["the whole session"];
      if (missing.length > 0) {
        lost += 1;
        console.error(`session of the visitor paid ${pages.find(([path]) => path === "/check/about-you")?.[1].compensation}: lacks ${missing.join(", ")}`);
      }
    }
    const at = (q: number, sample = latencies) => {
      const sorted = [...sample].sort((a, b) => a - b);
      return Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
    };
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
      byRequest: [...byRequest]
        .map(([request, sample]) => ({ request, count: sample.length, p50Ms: at(0.5, sample), p99Ms: at(0.99, sample) }))
        .sort((a, b) => b.p99Ms - a.p99Ms),
    };
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

type SavedPages = Awaited<ReturnType<typeof walkJourney>>;

/**
 * What the draft does not hold of the answers the visitor saved: each page among the completed
 * ones, each posted answer that is a draft field at its value (money in cents, so 150000 posted
 * is 15000000 held). A lost save, or another visitor's save in its place, shows here.
 */
function notHeld(draft: Draft, pages: SavedPages): string[] {
  const missing: string[] = [];
  for (const [path, answers] of pages) {
    if (!draft.completed?.includes(path.replace("/check/", ""))) missing.push(`${path} as completed`);
    for (const [name, posted] of Object.entries(answers)) {
      if (!(name in draftFields)) continue;
      const held = draft[name as DraftField];
      const same = held === posted || (typeof held === "number" && (held === Number(posted) || held === Math.round(Number(posted) * 100)));
      if (!same) missing.push(`${name} = ${posted}`);
    }
  }
  return missing;
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
    port: argument("--port") === undefined ? undefined : Number(argument("--port")),
    loseOneUpdate: process.argv.includes("--lose-one-update"),
  }).then((result) => {
    console.log(JSON.stringify(result, null, 2));
    if (result.errors > 0 || result.lostOrCrossedUpdates > 0) process.exitCode = 1;
  });
}
