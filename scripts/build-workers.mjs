// Builds the modules that run on worker threads (plan-document reads, checklist PDFs) into
// self-contained ES modules, after `next build`: piscina loads a worker from a file path, which
// Next's bundler does not produce. Packages stay in node_modules (imported at run time).
// Usage: node scripts/build-workers.mjs [output directory, default .next/workers]
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export async function buildWorkers(outdir = path.join(root, ".next", "workers")) {
  await build({
    absWorkingDir: root,
    entryPoints: {
      "read-worker": "lib/server/plan-document/read-worker.ts",
      "render-worker": "components/pdf/render-worker.ts",
    },
    outdir,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    jsx: "automatic",
    tsconfig: path.join(root, "tsconfig.json"),
    alias: { "server-only": path.join(root, "test", "server-only-stub.ts") },
    logLevel: "warning",
  });
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = await buildWorkers(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`Worker modules built in ${path.relative(process.cwd(), outdir) || "."}`);
}
