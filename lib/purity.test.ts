// lib/ outside lib/server/ is pure logic: no framework, database, clock or Node built-ins, so the
// rules, the result model and the PDF model run the same in the page, the API, the PDF and a test.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const LIB = join(import.meta.dirname);
const ALLOWED_PACKAGES = new Set(["zod", "zod/mini"]);

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "server" && folder === LIB ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|suite)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("lib/ outside lib/server/ is pure", () => {
  const files = sourceFiles(LIB);

  it("finds the modules it checks", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(files.map((file) => [relative(LIB, file), file]))("%s imports only lib/ modules and zod", (_name, file) => {
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => match[1]!);
    const outside = specifiers.filter(
      (specifier) =>
        !ALLOWED_PACKAGES.has(specifier) &&
        !(specifier.startsWith(".") && !relative(LIB, join(file, "..", specifier)).startsWith("server")) &&
        !(specifier.startsWith("@/lib/") && !specifier.startsWith("@/lib/server/")),
    );
    expect(outside).toEqual([]);
  });

  it("calls no clock: today is always passed in", () => {
    const withClock = files.filter((file) => /new Date\(\)|Date\.now\(\)/.test(readFileSync(file, "utf8")));
    expect(withClock.map((file) => relative(LIB, file))).toEqual([]);
  });
});
