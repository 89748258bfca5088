// A first visit with JavaScript on, in Chromium: the start page, a question and the result of a
// finished journey, each opened several times in a fresh browser context (an empty cache, as a
// first visit has), plainly and with the CPU slowed 4x through the DevTools protocol
// (Emulation.setCPUThrottlingRate), which is how Lighthouse's mobile run slows the CPU. There is
// no network throttling: the server is on loopback, so the figures are the server's answer and
// the browser's own work. Medians of the visits.
//
//   npm run build && tsx --conditions=react-server scripts/first-visit.ts
//
// Chromium is CHROME_PATH (default /usr/bin/chromium), driven by @playwright/test.
import { chromium, type Browser } from "@playwright/test";
import { startServer } from "./lib/server";
import { Visitor, walkJourney } from "./lib/visitor";

export const FIRST_VISIT_PAGES = [
  ["start", "/"],
  ["question", "/check/about-you"],
  ["result", "/check/result"],
] as const;

/** One page load's figures, in ms and bytes. */
export interface VisitFigures {
  timeToFirstByteMs: number;
  firstContentfulPaintMs: number;
  largestContentfulPaintMs: number;
  domContentLoadedMs: number;
  loadMs: number;
  /** Main-thread tasks over 50 ms: their whole length, summed. */
  longTasksMs: number;
  /** Lighthouse's total blocking time: the part of each long task past 50 ms, summed. */
  totalBlockingTimeMs: number;
  /** JavaScript over the wire (compressed, with headers), and as the browser decoded it. */
  jsTransferredBytes: number;
  jsDecodedBytes: number;
}

export interface FirstVisitResult {
  visitsPerPage: number;
  chromium: string;
  /** Median of the visits, per page: `plain` at the machine's speed, `cpu4x` with the CPU slowed 4x. */
  pages: { name: string; path: string; plain: VisitFigures; cpu4x: VisitFigures }[];
}

/** Quiet after `load` before reading the figures, so late hydration and LCP are counted. */
const SETTLE_MS = 1000;

// Runs in the page before any of its own scripts: long tasks and LCP are only reported to an
// observer registered early.
const OBSERVE = `
  window.__firstVisit = { longTasks: [], lcp: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__firstVisit.longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__firstVisit.lcp = entry.startTime;
  }).observe({ type: "largest-contentful-paint", buffered: true });
`;

// Read in the page once it has settled. A string, not a function: the script runner would add
// helpers to a function's source that do not exist in the page.
const READ = `(() => {
  const [navigation] = performance.getEntriesByType("navigation");
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const scripts = performance.getEntriesByType("resource").filter(
    (entry) => entry.initiatorType === "script" || /\\.m?js(\\?|$)/.test(new URL(entry.name).pathname),
  );
  const observed = window.__firstVisit;
  const round = (ms) => Math.round(ms * 10) / 10;
  return {
    timeToFirstByteMs: round(navigation.responseStart),
    firstContentfulPaintMs: round(paint ? paint.startTime : 0),
    largestContentfulPaintMs: round(observed.lcp),
    domContentLoadedMs: round(navigation.domContentLoadedEventEnd),
    loadMs: round(navigation.loadEventEnd),
    longTasksMs: round(observed.longTasks.reduce((sum, ms) => sum + ms, 0)),
    totalBlockingTimeMs: round(observed.longTasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0)),
    jsTransferredBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    jsDecodedBytes: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
  };
})()`;

async function visit(browser: Browser, url: string, cookie: { name: string; value: string } | null, cpuSlowdown: number): Promise<VisitFigures> {
  const context = await browser.newContext();
  try {
    if (cookie) await context.addCookies([{ ...cookie, url }]);
    await context.addInitScript(OBSERVE);
    const page = await context.newPage();
    if (cpuSlowdown > 1) {
      const session = await context.newCDPSession(page);
      await session.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    }
    const response = await page.goto(url, { waitUntil: "load" });
    if (response?.status() !== 200 || page.url() !== url) throw new Error(`${url} answered ${response?.status()} at ${page.url()}`);
    await page.waitForTimeout(SETTLE_MS);
    return (await page.evaluate(READ)) as VisitFigures;
  } finally {
    await context.close();
  }
}

function median(visits: VisitFigures[]): VisitFigures {
  const result = {} as VisitFigures;
  for (const key of Object.keys(visits[0]!) as (keyof VisitFigures)[]) {
    const sorted = visits.map((figures) => figures[key]).sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    result[key] = sorted.length % 2 === 1 ? sorted[middle]! : Math.round(((sorted[middle - 1]! + sorted[middle]!) / 2) * 10) / 10;
  }
  return result;
}

export async function firstVisits(options: { port?: number; visits?: number } = {}): Promise<FirstVisitResult> {
  const visits = options.visits ?? 5;
  const server = await startServer({ port: options.port ?? 3395 });
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    // The result page needs a finished journey: its session cookie goes into each fresh context.
    const visitor = new Visitor(server.origin);
    await walkJourney(visitor, 150_000);
    const cookie = { name: "mbr_session", value: visitor.sessionSecret()! };
    // One visit first, so the server's own first-request work is not in the figures.
    for (const [, path] of FIRST_VISIT_PAGES) await visit(browser, server.origin + path, cookie, 1);
    const pages: FirstVisitResult["pages"] = [];
    for (const [name, path] of FIRST_VISIT_PAGES) {
      // With the finished journey's session on every page, as scripts/lighthouse.ts visits them.
      const pageCookie = cookie;
      const figures: Record<"plain" | "cpu4x", VisitFigures[]> = { plain: [], cpu4x: [] };
      // Alternating, so a burst of other work on the machine lands on both alike.
      for (let index = 0; index < visits; index++) {
        figures.plain.push(await visit(browser, server.origin + path, pageCookie, 1));
        figures.cpu4x.push(await visit(browser, server.origin + path, pageCookie, 4));
      }
      pages.push({ name, path, plain: median(figures.plain), cpu4x: median(figures.cpu4x) });
    }
    return { visitsPerPage: visits, chromium: browser.version(), pages };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  firstVisits({ port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined }).then((result) => console.log(JSON.stringify(result, null, 2)));
}
