// `npm run bench`: every speed figure the project tracks, as a JSON report
// (bench-results/bench.json) and a readable summary, ending with the speed targets as pass/fail
// lines measured in this one run. Needs `npm run build` for the server figures and the page
// weights (the npm script builds first). Not part of `npm test`: it takes about three minutes and
// its figures depend on the machine. The servers it starts use ports BENCH_PORT to BENCH_PORT+5
// (default 3391).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchPdf } from "./bench-pdf";
import { benchPlanDocument } from "./bench-plan-document";
import { benchRules } from "./bench-rules";
import { benchServer, type ServerBenchResult } from "./bench-server";
import { firstVisits } from "./first-visit";
import { loadTest, type LoadTestResult } from "./load-test";
import { pageWeights, WIZARD_BUDGET_RATIO, WIZARD_ROUTES } from "./page-weight";
import type { PdfBenchResult } from "./bench-pdf";
import { profileServer, type ServerProfile } from "./profile-server";

/** One target of the speed work, as measured in this run. */
export interface Target {
  name: string;
  pass: boolean;
  measured: string;
  /** The measured figure over the target's limit (under 1 passes an upper limit, over 1 a lower one). */
  ratioToLimit: number;
}

const LOAD_TEST_VISITORS = 30;
/** The pages that work without JavaScript: the start page and every page of the journey. */
export const NO_JS_PAGES = ["/", ...WIZARD_ROUTES];

function targets(
  server: ServerBenchResult,
  load: LoadTestResult,
  pdf: PdfBenchResult,
  weights: ReturnType<typeof pageWeights>,
): Target[] {
  const ratio = (measured: number, limit: number) => Math.round((measured / limit) * 1000) / 1000;
  const smallest = weights.routes.find((route) => route.route === weights.smallest)!;
  const heaviest = weights.routes
    .filter((route) => NO_JS_PAGES.includes(route.route))
    .reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  return [
    {
      name: "wizard page at least 0.35x the static file's requests per second",
      pass: server.ratiosToStatic.wizardPage >= 0.35,
      measured: `${server.ratiosToStatic.wizardPage}x (${server.wizardPage.requestsPerSecond} against ${server.static.requestsPerSecond} req/s)`,
      ratioToLimit: ratio(server.ratiosToStatic.wizardPage, 0.35),
    },
    {
      name: `save p99 under 50 ms at concurrency ${server.concurrency}`,
      pass: server.save.p99Ms < 50 && server.save.errors === 0,
      measured: `${server.save.p99Ms} ms, ${server.save.errors} errors`,
      ratioToLimit: ratio(server.save.p99Ms, 50),
    },
    {
      name: `load test, ${LOAD_TEST_VISITORS} visitors: p99 under 1 s, 0 errors, 0 lost updates`,
      pass: load.visitors === LOAD_TEST_VISITORS && load.p99Ms < 1000 && load.errors === 0 && load.lostOrCrossedUpdates === 0,
      measured: `p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.lostOrCrossedUpdates} lost or crossed updates`,
      ratioToLimit: ratio(load.p99Ms, 1000),
    },
    {
      name: "checklist PDF under 25 ms warm (median)",
      pass: pdf.msPerChecklistWarm < 25,
      measured: `${pdf.msPerChecklistWarm} ms`,
      ratioToLimit: ratio(pdf.msPerChecklistWarm, 25),
    },
    {
      name: `pages that work without JavaScript (the start page and the journey's ${WIZARD_ROUTES.length}) ship at most the smallest route's JavaScript`,
      pass: heaviest.gzipBytes <= smallest.gzipBytes,
      measured: `heaviest ${heaviest.route} ${(heaviest.gzipBytes / 1024).toFixed(1)} KB gzip, smallest ${smallest.route} ${(smallest.gzipBytes / 1024).toFixed(1)} KB`,
      ratioToLimit: ratio(heaviest.gzipBytes, smallest.gzipBytes),
    },
  ];
}

function printProfile(name: string, profile: ServerProfile) {
  const errors = profile.errors ? `, ${profile.errors} ERRORS` : "";
  console.log(`Profile ${name} (${profile.path}): ${profile.cpuMsPerRequest} ms CPU per request (kernel: ${profile.kernelCpuMsPerRequest} ms) at ${profile.requestsPerSecond} req/s under the profiler${errors}; top owners:`);
  for (const line of profile.byOwner.slice(0, 5)) {
    console.log(`  ${line.msPerRequest.toFixed(2).padStart(6)} ms ${(line.share * 100).toFixed(0).padStart(3)}%  ${line.owner}`);
  }
}

async function main() {
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
  console.log(`Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGiB} GiB, Node ${machine.node}`);

  const rules = await benchRules();
  console.log(`Rules: ${Math.round(rules.evaluationsPerSecond).toLocaleString("en-US")} evaluations per CPU second (target over ${rules.targetPerSecond.toLocaleString("en-US")})`);

  const pdf = await benchPdf();
  console.log(`PDF: ${pdf.msPerChecklistWarm.toFixed(1)} ms per checklist warm, ${pdf.pdfsPerSecond.toFixed(0)} per second; first render ${pdf.firstRenderMs.toFixed(0)} ms`);

  const planDocument = benchPlanDocument();
  console.log(`Plan document: ${planDocument.pages}-page text PDF (${Math.round(planDocument.pdfBytes / 1024)} KB) extracted in ${planDocument.extractMs} ms warm (first ${planDocument.firstExtractMs} ms), read in ${planDocument.readMs} ms`);

  const weights = pageWeights();
  for (const route of weights.routes) {
    console.log(`JS ${route.route}: ${(route.gzipBytes / 1024).toFixed(1)} KB gzip, ${route.ratioToSmallest.toFixed(2)}x the smallest route`);
  }
  console.log(weights.overBudget.length ? `OVER the ${WIZARD_BUDGET_RATIO}x budget: ${weights.overBudget.join(", ")}` : `All wizard pages within ${WIZARD_BUDGET_RATIO}x.`);

  const port = Number(process.env.BENCH_PORT ?? 3391);
  const server = await benchServer({ port });
  for (const figures of [server.static, server.wizardPage, server.save, server.resume]) {
    console.log(`Server ${figures.name}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors (concurrency ${figures.concurrency})`);
  }
  console.log(`Ratios to the static file: page ${server.ratiosToStatic.wizardPage}, save ${server.ratiosToStatic.save}, resume ${server.ratiosToStatic.resume}`);

  const load = await loadTest({ visitors: LOAD_TEST_VISITORS, port: port + 1 });
  console.log(`Load test: ${load.visitors} visitors, ${load.requests} requests in ${load.seconds} s (${load.requestsPerSecond} req/s), p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.lostOrCrossedUpdates} lost or crossed updates`);
  const slowest = load.byRequest.slice(0, 2).map((kind) => `${kind.request} p50 ${kind.p50Ms} ms, p99 ${kind.p99Ms} ms (${kind.count})`);
  console.log(`  slowest requests: ${slowest.join("; ")}`);

  // CPU per request by owner and by function, each under its own profiled server.
  const profile = {
    wizardPage: await profileServer({ path: "/check/about-you", port: port + 2, durationMs: 5000 }),
    save: await profileServer({ request: "save", port: port + 3, durationMs: 5000 }),
  };
  printProfile("wizard page", profile.wizardPage);
  printProfile("save, form GET + POST", profile.save);

  const firstVisit = await firstVisits({ port: port + 4 });
  console.log(`First visit, JavaScript on, fresh cache, median of ${firstVisit.visitsPerPage} (plain | CPU 4x slower):`);
  for (const page of firstVisit.pages) {
    const pair = (key: keyof typeof page.plain) => `${Math.round(page.plain[key])} | ${Math.round(page.cpu4x[key])}`;
    console.log(
      `  ${page.name.padEnd(8)} TTFB ${pair("timeToFirstByteMs")}, FCP ${pair("firstContentfulPaintMs")}, LCP ${pair("largestContentfulPaintMs")}, load ${pair("loadMs")}, TBT ${pair("totalBlockingTimeMs")} ms; JS ${(page.plain.jsTransferredBytes / 1024).toFixed(0)} KB`,
    );
  }

  const goals = targets(server, load, pdf, weights);
  console.log(`Targets (issue 17), ${goals.filter((goal) => goal.pass).length} of ${goals.length} met:`);
  for (const goal of goals) console.log(`  ${goal.pass ? "PASS" : "FAIL"}  ${goal.name}: ${goal.measured}; ${goal.ratioToLimit}x the limit`);

  mkdirSync("bench-results", { recursive: true });
  const report = { date: new Date().toISOString(), machine, targets: goals, rules, pdf, planDocument, pageWeight: weights, server, load, profile, firstVisit };
  writeFileSync("bench-results/bench.json", JSON.stringify(report, null, 2));
  console.log("Report: bench-results/bench.json");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
