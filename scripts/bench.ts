// `npm run bench`: every speed figure the project tracks, as a JSON report
// (bench-results/bench.json) and a readable summary. Needs `npm run build` for the server
// figures and the page weights (the npm script builds first).
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { benchPdf } from "./bench-pdf";
import { benchPlanDocument } from "./bench-plan-document";
import { benchRules } from "./bench-rules";
import { benchServer } from "./bench-server";
import { loadTest } from "./load-test";
import { pageWeights, WIZARD_BUDGET_RATIO } from "./page-weight";

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

  const server = await benchServer();
  for (const figures of [server.static, server.wizardPage, server.save, server.resume]) {
    console.log(`Server ${figures.name}: ${figures.requestsPerSecond} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ${figures.errors} errors (concurrency ${figures.concurrency})`);
  }
  console.log(`Ratios to the static file: page ${server.ratiosToStatic.wizardPage}, save ${server.ratiosToStatic.save}, resume ${server.ratiosToStatic.resume}`);

  const load = await loadTest({ visitors: 30 });
  console.log(`Load test: ${load.visitors} visitors, ${load.requests} requests in ${load.seconds} s (${load.requestsPerSecond} req/s), p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.errors} errors, ${load.lostOrCrossedUpdates} lost or crossed updates`);

  mkdirSync("bench-results", { recursive: true });
  const report = { date: new Date().toISOString(), machine, rules, pdf, planDocument, pageWeight: weights, server, load };
  writeFileSync("bench-results/bench.json", JSON.stringify(report, null, 2));
  console.log("Report: bench-results/bench.json");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
