import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * One set of models on two databases: prisma/schema.prisma (SQLite) and
 * prisma/postgres/schema.prisma (PostgreSQL) may differ in their datasource and generator only,
 * and each has a migration of the same name for every change.
 */
const root = fileURLToPath(new URL("../../..", import.meta.url));
const read = (...parts: string[]) => readFileSync(path.join(root, ...parts), "utf8");

/** Every model, enum, view and type block with its doc comments, by name, spacing evened out. */
function modelBlocks(schema: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const match of schema.matchAll(/^((?:\/\/\/.*\n)*)(model|enum|view|type)\s+(\w+)\s*\{[^}]*\}/gm)) {
    const text = match[0]
      .split("\n")
      .map((line) => line.trim().replace(/\s+/g, " "))
      .filter((line) => line !== "")
      .join("\n");
    blocks[`${match[2]} ${match[3]}`] = text;
  }
  return blocks;
}

const migrationNames = (...parts: string[]) =>
  readdirSync(path.join(root, ...parts), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the SQLite and PostgreSQL schemas", () => {
  const sqlite = modelBlocks(read("prisma", "schema.prisma"));
  const postgres = modelBlocks(read("prisma", "postgres", "schema.prisma"));

  it("declare the same models, field for field", () => {
    expect(Object.keys(sqlite)).toContain("model WizardSession");
    expect(postgres).toEqual(sqlite);
  });

  it("have migrations of the same names, in the same order", () => {
    expect(migrationNames("prisma", "postgres", "migrations")).toEqual(migrationNames("prisma", "migrations"));
  });

  it("and the comparison notices a field that only one of them has", () => {
    const original = read("prisma", "postgres", "schema.prisma");
    for (const changed of [
      original.replace(/(model WizardSession \{\n)/, "$1  driftProbe Int?\n"),
      original.replace(/(count\s+)Int/, "$1BigInt"),
      original.replace("/// SHA-256 of the resume token", "/// The resume token"),
    ]) {
      expect(changed).not.toBe(original);
      expect(modelBlocks(changed)).not.toEqual(sqlite);
    }
  });
});
