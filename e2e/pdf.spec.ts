import type { Download, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { pdfText } from "./pdf-text";
import { answerChoice } from "./wizard";
import { workedExampleDraft } from "../lib/wizard/sample-draft";

const FILE_NAME = "mega-backdoor-roth-checklist-2026.pdf";

// The wizard itself is walked in journey.spec.ts; here the worked example is seeded as saved.
async function toWorkedExampleResult(page: Page, seedSession: (draft: typeof workedExampleDraft) => Promise<void>) {
  await seedSession(workedExampleDraft);
  await page.goto("/check/result");
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
}

async function firstBytes(download: Download, count: number): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(Buffer.from(chunk as Uint8Array));
    if (Buffer.concat(chunks).length >= count) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, count).toString("latin1");
}

async function downloadChecklist(page: Page): Promise<Download> {
  const link = page.getByRole("link", { name: "Download checklist (PDF)" }).first();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return download;
}

test("the worked example's result downloads its checklist as a PDF", async ({ page, seedSession }) => {
  await toWorkedExampleResult(page, seedSession);
  // Once, with the actions, right after the checklist: a phone reaches it before any figure.
  await expect(page.getByTestId("actions").getByRole("link", { name: "Download checklist (PDF)" })).toHaveCount(1);
  const download = await downloadChecklist(page);
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  expect(await firstBytes(download, 5)).toBe("%PDF-");
});

const flat = async (text: Promise<string | null>) => ((await text) ?? "").replace(/\s+/g, " ").trim();

for (const [name, draft] of [
  // 50,000 already contributed after tax against 43,000 of room: "no after-tax room left".
  ["no room left", { ...workedExampleDraft, afterTaxYearToDate: 50_000_00 }],
  // Pay 400,000: the election is on pay capped at 360,000 (IRC §401(a)(17)).
  ["pay over the limit", { ...workedExampleDraft, compensation: 400_000_00 }],
  // A plan cap of 10% of pay per paycheck: part of the year's 15,000 can't go in by December.
  ["a plan's after-tax cap", { ...workedExampleDraft, hasAfterTaxCap: "yes" as const, afterTaxCapPercentOfPay: 10 }],
] as const) {
  test(`the PDF's text says what the page says: ${name}`, async ({ page, seedSession }) => {
    await seedSession(draft);
    await page.goto("/check/result");
    const verdict = await flat(page.getByTestId("verdict").textContent());
    const room = await flat(page.getByTestId("after-tax-room").textContent());
    const left = await flat(page.getByTestId("after-tax-remaining").textContent());
    const text = await pdfText(await downloadChecklist(page));
    expect(text).toContain(verdict);
    // The PDF sets the two figures side by side under their labels.
    expect(text).toContain(`After-tax room for the year Left to contribute this year ${room} ${left}`);
    if (await page.getByTestId("headline-election").count()) {
      expect(text).toContain(await flat(page.getByTestId("headline-election").textContent()));
    }
    for (const row of await page.locator("tr[data-code]").all()) {
      const value = await flat(row.locator("td").textContent());
      expect(text).toContain(value.replace("−", "–"));
    }
  });
}

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the plain link still downloads the PDF", async ({ page, seedSession }) => {
    await toWorkedExampleResult(page, seedSession);
    const download = await downloadChecklist(page);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    expect(await firstBytes(download, 5)).toBe("%PDF-");

    // The same request with the visitor's cookie: the headers a browser acts on.
    const response = await page.request.get("/api/checklist.pdf");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${FILE_NAME}"`);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect((await response.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

test("a result the plan answers decided early also downloads its checklist", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "No");
  await expect(page).toHaveURL(/\/check\/result$/);
  const download = await downloadChecklist(page);
  expect(download.suggestedFilename()).toMatch(/^mega-backdoor-roth-checklist-\d{4}\.pdf$/);
  expect(await firstBytes(download, 5)).toBe("%PDF-");
});

test("without saved answers there is no PDF, but a page that links back to the check", async ({ page }) => {
  const response = await page.request.get("/api/checklist.pdf");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("text/html");
  await page.goto("/api/checklist.pdf").catch(() => undefined);
  await expect(page.getByRole("heading", { name: "We couldn't find your answers" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start the check" })).toHaveAttribute("href", "/check/after-tax");
});

test("with answers still missing there is no PDF yet, and a link to the next question", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  const response = await page.request.get("/api/checklist.pdf");
  expect(response.status()).toBe(409);
  expect(response.headers()["content-type"]).toContain("text/html");
  expect(await response.text()).toContain('href="/check/in-plan-conversion"');
});
