// Page weight: gzip JavaScript per route from Turbopack's route-bundle-stats, as a ratio to the
// app's smallest route. Budget: a page that works without JavaScript ships at most 1.10x the
// JavaScript of a bare page: React and the router, plus react-hook-form and the one field
// specification's checker on the question pages (docs/decisions/24-1). Needs `npm run build`;
// exits 1 when a page is over budget.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

export interface RouteWeight {
  route: string;
  gzipBytes: number;
  ratioToSmallest: number;
}

export const WIZARD_BUDGET_RATIO = 1.1;
/** The pages of the journey, every one of which works with JavaScript turned off. */
export const WIZARD_ROUTES = ["/check/[step]", "/check/answers", "/check/result", "/check/save", "/check/plan-document", "/resume/[token]"];

export function pageWeights(projectRoot = process.cwd()): { routes: RouteWeight[]; smallest: string; overBudget: string[] } {
  const stats = JSON.parse(
    readFileSync(path.join(projectRoot, ".next/diagnostics/route-bundle-stats.json"), "utf8"),
  ) as { route: string; firstLoadChunkPaths: string[] }[];
  const gzipCache = new Map<string, number>();
  const gzipped = (chunk: string) => {
    let size = gzipCache.get(chunk);
    if (size === undefined) {
      size = gzipSync(readFileSync(path.join(projectRoot, chunk)), { level: 9 }).byteLength;
      gzipCache.set(chunk, size);
    }
    return size;
  };
  const sized = stats
    .filter((entry) => !entry.route.startsWith("/api/"))
    .map((entry) => ({ route: entry.route, gzipBytes: entry.firstLoadChunkPaths.reduce((sum, chunk) => sum + gzipped(chunk), 0) }));
  const smallest = sized.reduce((a, b) => (b.gzipBytes < a.gzipBytes ? b : a));
  const routes = sized
    .map((entry) => ({ ...entry, ratioToSmallest: Number((entry.gzipBytes / smallest.gzipBytes).toFixed(3)) }))
    .sort((a, b) => a.route.localeCompare(b.route));
  const overBudget = routes
    .filter((entry) => WIZARD_ROUTES.includes(entry.route) && entry.ratioToSmallest > WIZARD_BUDGET_RATIO)
    .map((entry) => entry.route);
  return { routes, smallest: smallest.route, overBudget };
}

/**
 * JavaScript a page imports once it is interactive rather than with the page: react-hook-form on
 * the question pages (components/wizard/WizardForm.tsx). Not in the budget, which is about what
 * stands between a person and a working page, but reported so the total stays in view. Found by a
 * string only react-hook-form's bundle holds (an option name, kept by the minifier).
 */
export const DEFERRED = [{ route: "/check/[step]", what: "react-hook-form", marker: "shouldUnregister" }];

export function deferredWeights(projectRoot = process.cwd()): { route: string; what: string; gzipBytes: number }[] {
  const folder = path.join(projectRoot, ".next/static/chunks");
  const chunks = readdirSync(folder).filter((name) => name.endsWith(".js"));
  return DEFERRED.map(({ route, what, marker }) => {
    const holding = chunks.filter((name) => readFileSync(path.join(folder, name), "utf8").includes(marker));
    const gzipBytes = holding.reduce((sum, name) => sum + gzipSync(readFileSync(path.join(folder, name)), { level: 9 }).byteLength, 0);
    return { route, what, gzipBytes };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = pageWeights();
  for (const route of report.routes) {
    console.log(`${route.route.padEnd(20)} ${(route.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  ${route.ratioToSmallest.toFixed(2)}x`);
  }
  const largest = report.routes.filter((route) => WIZARD_ROUTES.includes(route.route)).reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  console.log(`largest page that works without JavaScript: ${largest.route}, ${largest.ratioToSmallest.toFixed(3)}x of ${report.smallest}`);
  console.log(report.overBudget.length ? `over the ${WIZARD_BUDGET_RATIO}x budget: ${report.overBudget.join(", ")}` : `all wizard pages within ${WIZARD_BUDGET_RATIO}x of ${report.smallest}`);
  for (const deferred of deferredWeights()) {
    const page = report.routes.find((route) => route.route === deferred.route);
    const smallest = report.routes.find((route) => route.route === report.smallest)!;
    if (!page) continue;
    const total = page.gzipBytes + deferred.gzipBytes;
    console.log(
      `${deferred.route}: ${deferred.what} loaded once the page is interactive, ${(deferred.gzipBytes / 1024).toFixed(1)} KB gzip; with it ${(total / 1024).toFixed(1)} KB, ${(total / smallest.gzipBytes).toFixed(3)}x`,
    );
  }
  if (report.overBudget.length) process.exitCode = 1;
}
