import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Download } from "@playwright/test";

/** A downloaded PDF's text, read back with poppler's pdftotext, whitespace made single spaces. */
export async function pdfText(download: Download): Promise<string> {
  const folder = mkdtempSync(path.join(tmpdir(), "pdf-text-"));
  try {
    const file = path.join(folder, "checklist.pdf");
    await download.saveAs(file);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
