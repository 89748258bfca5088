import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Draft } from "../lib/wizard/draft";
import { workedExampleDraft } from "../lib/wizard/sample-draft";
import { expect, test } from "./fixtures";

/** Opens the result of a saved draft, seeded straight into the test server's database. */
async function openResult(page: Page, seedSession: (draft: Draft) => Promise<void>, draft: Draft = workedExampleDraft) {
  await seedSession(draft);
  await page.goto("/check/result");
  await expect(page.getByTestId("verdict")).toBeVisible();
}

/** The PDF's text, read back with poppler's pdftotext, with whitespace made single spaces. */
async function pdfTextOf(page: Page): Promise<string> {
  const response = await page.request.get("/api/checklist.pdf");
  expect(response.ok()).toBe(true);
  const folder = mkdtempSync(path.join(tmpdir(), "worth-it-pdf-"));
  try {
    const file = path.join(folder, "checklist.pdf");
    writeFileSync(file, await response.body());
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

test("an eligible result flags the match left on the table before after-tax money", async ({ page, seedSession }) => {
  // The worked example (domain §6) but deferring only $5,000: half the match is left on the table.
  await openResult(page, seedSession, { ...workedExampleDraft, employeeDeferrals: 5_000_00 });
  await expect(page.getByTestId("verdict")).toHaveText("Yes, based on your answers: your plan lets you do a mega backdoor Roth.");
  const order = page.getByTestId("saving-order");
  // Folded on the result: one tap opens it.
  await page.getByTestId("saving-order-fold").locator("summary").first().click();
  await expect(order.getByRole("heading", { name: "What comes first" })).toBeVisible();
  // 50% of the first 6% of $150,000: $4,500 at $9,000 deferred; $5,000 deferred earns $2,500.
  const match = order.locator('[data-code="MATCH"]');
  await expect(match).toHaveAttribute("data-status", "todo");
  await expect(match).toContainText("[Not done yet]");
  await expect(match).toContainText(
    "You are leaving $2,000 of match on the table: raise your deferrals to $9,000 for the year (6% of your $150,000 pay) first.",
  );
  await expect(order.locator('[data-code="DEFERRALS"]')).toContainText("$19,500 more could go in");
  await expect(order.locator('[data-code="HSA_IRA"]')).toContainText("$7,500 in 2026 ($8,600 at 50 or over");
  await expect(order.locator('[data-code="HSA_IRA"]')).toContainText("pro-rata");
  await expect(order.locator('[data-code="AFTER_TAX"]')).toContainText("Take the steps marked “Not done yet” first");
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
});

async function expectDefaultProjection(page: Page) {
  const projection = page.getByTestId("projection");
  // Folded on the result: open it unless a link to it already did.
  const fold = page.getByTestId("projection-fold");
  if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator("summary").first().click();
  // $43,000 for 30 years (65 − 35) at 7%, 1.5% dividends, 15% / 15%: Roth 43,000 × 1.07^30.
  await expect(page.getByTestId("projection-advantage")).toHaveText("$52,215.27");
  await expect(page.getByTestId("projection-headline")).toHaveText(
    "In 30 years, $43,000 of after-tax contributions for 2026 would be worth about $52,215.27 more after tax in a Roth than in a taxable brokerage account: $327,326.97 against $275,111.70.",
  );
  await expect(projection).toContainText("Returns are assumptions, not forecasts");
  await expect(projection).toContainText("can come back out of a Roth IRA without tax or penalty once any taxable part of the same conversion has come out");
  await expect(projection).toContainText("net investment income tax is left out");
  await expect(page.getByRole("img", { name: "Roth against a taxable account, year by year" })).toBeVisible();
  await expect(page.getByTestId("projection-table").locator("tbody tr")).toHaveCount(4);
  // The tax rate at conversion is asked only when earnings would be taxed: not here.
  await expect(page.getByLabel("Your federal income tax rate")).toHaveCount(0);
}

async function changeAssumptions(page: Page) {
  await page.getByText("Change the assumptions").click();
  // A mistake comes back next to its field, with what was typed.
  await page.getByLabel("Years until you use the money").fill("ten");
  await page.getByRole("button", { name: "Update the comparison" }).click();
  await expect(page.getByTestId("assumptions-errors")).toContainText("Enter the years until you use the money as a whole number from 1 to 80");
  await expect(page.getByLabel("Years until you use the money")).toHaveValue("ten");
  await expect(page.getByTestId("projection-advantage")).toHaveText("$52,215.27");

  await page.getByLabel("Years until you use the money").fill("10");
  await page.getByLabel("State income tax").fill("5");
  await page.getByRole("button", { name: "Update the comparison" }).click();
  await expect(page).toHaveURL(/\/check\/result(#.*)?$/);
  // 10 years, 5% state: the taxable account pays 20% on dividends and gains.
  await expect(page.getByTestId("projection-advantage")).toHaveText("$8,785.22");
  await expect(page.getByTestId("projection-assumptions")).toContainText("Years until you use the money: 10");
  await expect(page.getByTestId("projection-assumptions")).toContainText("state tax on both: 5%");
  await expect(page.getByTestId("projection-table").locator("tbody tr")).toHaveCount(11);
}

test("the projection is shown and its assumptions changed, and the PDF agrees", async ({ page, seedSession }) => {
  await openResult(page, seedSession);
  await expectDefaultProjection(page);
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
  await changeAssumptions(page);
  // The PDF is made from the saved draft: it shows the changed comparison, word for word.
  const pdf = await pdfTextOf(page);
  const headline = (await page.getByTestId("projection-headline").textContent())!;
  expect(headline).toContain("In 10 years, $43,000 of after-tax contributions for 2026");
  expect(pdf).toContain(headline.replace(/\s+/g, " "));
  expect(pdf).toContain("Roth ahead of a taxable account, after tax $8,785.22");
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the assumptions form works the same", async ({ page, seedSession }) => {
    await openResult(page, seedSession);
    await expectDefaultProjection(page);
    await changeAssumptions(page);
  });
});

test("the chart at 375 px: labels at least 12 px", async ({ page, seedSession }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openResult(page, seedSession);
  await page.getByTestId("projection-fold").locator("summary").first().click();
  const chart = page.getByTestId("projection-chart");
  await chart.scrollIntoViewIfNeeded();
  const sizes = await chart.locator("svg[role=img] text").evaluateAll((texts) =>
    texts.map((text) => (text as SVGTextElement).getBoundingClientRect().height),
  );
  expect(sizes.length).toBeGreaterThan(5);
  const svgWidth = await chart.locator("svg[role=img]").evaluate((svg) => svg.getBoundingClientRect().width);
  // 13-unit labels in a 344-unit view box: at least 12 px when the chart is 318 px wide or more.
  expect((13 * svgWidth) / 344).toBeGreaterThanOrEqual(12);
  await chart.screenshot({ path: "test-results/screenshots/projection-chart-375.png" });
  const scan = await new AxeBuilder({ page }).include('[data-testid="projection"]').analyze();
  expect(scan.violations).toEqual([]);
});

test("the start page says who the check is for and who it is not for", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Who it is for", exact: true })).toBeVisible();
  await expect(page.getByTestId("who-it-is-for")).toContainText("a 401(k) or a 403(b) plan that takes after-tax (non-Roth) contributions");
  await expect(page.getByTestId("who-it-is-not-for")).toContainText("a governmental 457(b) plan");
  await expect(page.getByTestId("who-it-is-not-for")).not.toContainText("self-employ");
  await expect(page.getByTestId("self-employed")).toContainText("earned income, from your business's net profit (IRC §401(c)(2))");
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations).toEqual([]);
});
