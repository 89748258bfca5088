// Lighthouse (mobile, the default form factor) on the start page, one question page and the
// result page of a finished journey. Targets (issue 17): performance 98 or more, accessibility 100.
//
//   npm run build && npm run lighthouse
//
// Outside `npm test` and `npm run bench`: it fetches Lighthouse from the registry. The bench's
// first-visit figures (scripts/first-visit.ts) approximate it without a download. The server
// listens on BENCH_PORT+5 (default 3393).
//
// Lighthouse is not a dependency of the app: it runs through `npx lighthouse@12.8` (or the
// binary in LIGHTHOUSE_BIN) with the Chromium in CHROME_PATH (default /usr/bin/chromium).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { startServer } from "./lib/server";
import { Visitor, walkJourney } from "./lib/visitor";

const TARGET_PERFORMANCE = 98;
const TARGET_ACCESSIBILITY = 100;

const PAGES = [
  ["start", "/"],
  ["question", "/check/about-you"],
  ["result", "/check/result"],
] as const;

async function main() {
  const server = await startServer({ port: process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + 5 : 3393 });
  const scores: Record<string, { performance: number; accessibility: number; bestPractices: number }> = {};
  try {
    const visitor = new Visitor(server.origin);
    await walkJourney(visitor, 150_000);
    const cookie = `mbr_session=${visitor.sessionSecret()}`;
    mkdirSync("bench-results", { recursive: true });
    const [command, ...prefix] = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ["npx", "--yes", "lighthouse@12.8"];
    for (const [name, path] of PAGES) {
      const output = `bench-results/lighthouse-${name}.json`;
      execFileSync(
        command!,
        [
          ...prefix,
          server.origin + path,
          "--quiet",
          "--output=json",
          `--output-path=${output}`,
          "--only-categories=performance,accessibility,best-practices",
          `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
          "--chrome-flags=--headless=new --no-sandbox --disable-gpu --host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
        ],
        { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, stdio: "ignore", timeout: 240_000 },
      );
      const { categories } = JSON.parse(readFileSync(output, "utf8"));
      scores[name] = {
        performance: Math.round(categories.performance.score * 100),
        accessibility: Math.round(categories.accessibility.score * 100),
        bestPractices: Math.round(categories["best-practices"].score * 100),
      };
      console.log(`${name.padEnd(9)} performance ${scores[name].performance}, accessibility ${scores[name].accessibility}, best practices ${scores[name].bestPractices}`);
    }
  } finally {
    await server.stop();
  }
  const missed = Object.entries(scores).filter(([, s]) => s.performance < TARGET_PERFORMANCE || s.accessibility < TARGET_ACCESSIBILITY);
  if (missed.length > 0) {
    console.log(`Below target (performance ${TARGET_PERFORMANCE}, accessibility ${TARGET_ACCESSIBILITY}): ${missed.map(([name]) => name).join(", ")}`);
    process.exitCode = 1;
  }
}

void main();
