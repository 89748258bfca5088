// Page weight: gzip JavaScript per route from Turbopack's route-bundle-stats, as a ratio to the
// app's smallest route. Budget: a page that works without JavaScript ships at most 1.10x the
// JavaScript of a bare page: React and the router, plus react-hook-form and the one field
// specification's checker on the question pages (docs/decisions/24-1). Needs `npm run build`;
// exits 1 when a page is over budget.
import { readFileSync } from "node:fs";
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = pageWeights();
  for (const route of report.routes) {
    console.log(`${route.route.padEnd(20)} ${(route.gzipBytes / 1024).toFixed(1).padStart(7)} KB gzip  ${route.ratioToSmallest.toFixed(2)}x`);
  }
  const largest = report.routes.filter((route) => WIZARD_ROUTES.includes(route.route)).reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  console.log(`largest page that works without JavaScript: ${largest.route}, ${largest.ratioToSmallest.toFixed(3)}x of ${report.smallest}`);
  console.log(report.overBudget.length ? `over the ${WIZARD_BUDGET_RATIO}x budget: ${report.overBudget.join(", ")}` : `all wizard pages within ${WIZARD_BUDGET_RATIO}x of ${report.smallest}`);
  if (report.overBudget.length) process.exitCode = 1;
}
