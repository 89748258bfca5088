// @vitest-environment node
// Layering: the result's components take server actions as props and never import from app/,
// and the result model is one folder (the checklist model and its paycheck summary included).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.join(import.meta.dirname, "..", "..");

function sources(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sources(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1]!);

describe("layering", () => {
  it.each(["components/result", "components/planner", "components/pdf"])("%s imports nothing from app/", (folder) => {
    const files = sources(folder);
    expect(files.length).toBeGreaterThan(0);
    const offending = files.flatMap((file) => importsOf(file).filter((specifier) => specifier.startsWith("@/app/")).map((specifier) => `${file}: ${specifier}`));
    expect(offending).toEqual([]);
  });

  it("lib/result imports nothing from a PDF folder of lib/", () => {
    const offending = sources("lib/result").flatMap((file) =>
      importsOf(file).filter((specifier) => /(^|\/)pdf\//.test(specifier) && !specifier.startsWith("./")).map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
