import AxeBuilder from "@axe-core/playwright";
import { createElement } from "react";
import { expect, test, type Page } from "@playwright/test";
import { Document, Page as PdfPage, Rect, Svg, Text, renderToBuffer } from "@react-pdf/renderer";
import { extractPdfText } from "../lib/server/plan-document/extract";
import { answerWorkedExampleFromAboutYou, continueOn } from "./wizard";

// A two-page Summary Plan Description as a real text PDF, made with the app's own PDF renderer.
const SPD_PAGES = [
  "Acme 401(k) Savings Plan. Summary Plan Description. Your contributions: you may contribute from 1% to 50% of your eligible pay as pre-tax or Roth contributions. You may also make voluntary after-tax contributions through payroll deduction. The Company matches 50% of the first 6% of eligible pay you contribute.",
  "In-plan Roth conversions. You may convert any vested amount in your after-tax account to your Roth account through an in-plan Roth conversion. You may elect to have your after-tax contributions automatically converted to Roth each payroll period.",
];

const PASTED = `Withdrawals while employed

You may withdraw your after-tax contributions and their earnings at any time while you are employed.

The Plan does not offer in-plan Roth conversions.

You may also make after-tax contributions to the Plan.`;

async function textPdf(pages: string[]): Promise<Buffer> {
  return renderToBuffer(
    createElement(Document, null, ...pages.map((text, index) => createElement(PdfPage, { key: index, size: "LETTER", style: { padding: 48 } }, createElement(Text, null, text)))),
  );
}

/** A PDF with drawn shapes only, as a scanner makes: no text layer. */
async function scannedPdf(): Promise<Buffer> {
  return renderToBuffer(
    createElement(Document, null, createElement(PdfPage, { size: "LETTER" }, createElement(Svg, { width: 400, height: 300 }, createElement(Rect, { x: 10, y: 10, width: 300, height: 200, fill: "#888" })))),
  );
}

async function uploadPdf(page: Page, pdf: Buffer, name = "spd.pdf") {
  await page.goto("/check/plan-document");
  await page.getByLabel("Your plan document (PDF)").setInputFiles({ name, mimeType: "application/pdf", buffer: pdf });
  await page.getByRole("button", { name: "Read my document" }).click();
}

async function expectPdfFindings(page: Page) {
  const afterTax = page.getByTestId("finding-afterTaxContributions");
  await expect(afterTax.getByTestId("document-says")).toHaveText("Yes");
  await expect(afterTax.locator("blockquote")).toContainText("You may also make voluntary after-tax contributions");
  await expect(afterTax.locator("blockquote footer")).toHaveText("Page 1");
  await expect(afterTax.locator("mark").first()).toContainText(/after-tax/i);
  const conversion = page.getByTestId("finding-inPlanRothConversion");
  await expect(conversion.getByTestId("document-says")).toHaveText("Yes");
  await expect(conversion.locator("blockquote footer").first()).toHaveText("Page 2");
  await expect(page.getByTestId("finding-inServiceWithdrawal").getByTestId("document-says")).toHaveText("Not found");
  await expect(page.getByTestId("finding-inServiceWithdrawal").locator("blockquote")).toHaveCount(0);
  await expect(page.getByTestId("finding-match")).toContainText("50% of the first 6% of pay");
  await expect(page.getByRole("group", { name: "Does your plan allow after-tax contributions?" }).getByLabel("Yes", { exact: true })).toBeChecked();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an uploaded text PDF fills in the answers, and the check reaches a result", async ({ page }) => {
      await uploadPdf(page, await textPdf(SPD_PAGES));
      await expectPdfFindings(page);
      await page.getByRole("button", { name: "Use these answers and continue" }).click();

      // Check your answers: what the document filled, and what is still open.
      await expect(page).toHaveURL(/\/check\/answers\?from=document$/);
      await expect(page.getByTestId("filled-from-document")).toContainText(/[4-9] answers filled from your document/);
      await expect(page.getByTestId("still-open")).not.toContainText("Does your plan allow after-tax contributions?");
      await expect(page.getByTestId("still-open")).toContainText("limit after-tax contributions to a percentage");
      await page.getByRole("link", { name: "Continue with the questions still open" }).click();
      await expect(page).toHaveURL(/\/check\/plan-details$/);
      await expect(page.getByRole("group", { name: /convert after-tax contributions to Roth automatically/ }).getByLabel("Yes", { exact: true })).toBeChecked();
      await page.getByRole("group", { name: /limit after-tax contributions to a percentage/ }).getByLabel("No", { exact: true }).check();
      await continueOn(page);
      await expect(page).toHaveURL(/\/check\/plan-year$/);
      await continueOn(page);
      await answerWorkedExampleFromAboutYou(page);

      const afterTaxRow = page.locator("div", { has: page.getByText("Does your plan allow after-tax contributions?", { exact: true }) }).last();
      await expect(afterTaxRow).toContainText("from your plan document");
      const matchRow = page.locator("div", { has: page.getByText("How does your employer match your contributions?", { exact: true }) }).last();
      await expect(matchRow).toContainText("from your plan document");
      await page.getByRole("link", { name: "See your result" }).click();
      await expect(page).toHaveURL(/\/check\/result$/);
      await expect(page.getByTestId("verdict")).toHaveText("Yes, based on your answers: your plan lets you do a mega backdoor Roth.");
      await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");

      const checklist = await page.request.get("/api/checklist.pdf");
      expect(checklist.status()).toBe(200);
      const printed = await extractPdfText(new Uint8Array(await checklist.body()));
      expect(printed.ok && printed.pages.join(" ").replace(/\s+/g, " ")).toContain(
        "From your plan document, confirmed by you: Does your plan allow after-tax contributions? Yes",
      );
    });

    test("pasted text is read too, and a changed answer is kept as the person chose", async ({ page }) => {
      await page.goto("/check/after-tax");
      await page.getByRole("link", { name: "Find the answers in my plan document" }).click();
      await expect(page).toHaveURL(/\/check\/plan-document$/);
      await page.getByLabel("Or paste the text of the document").fill(PASTED);
      await page.getByRole("button", { name: "Read my document" }).click();
      await expect(page.getByTestId("finding-inServiceWithdrawal").getByTestId("document-says")).toHaveText("Yes");
      await expect(page.getByTestId("finding-inPlanRothConversion").getByTestId("document-says")).toHaveText("No");
      await expect(page.getByTestId("finding-afterTaxContributions").getByTestId("document-says")).toHaveText("Yes");
      await expect(page.getByTestId("finding-inServiceWithdrawal").locator("mark").first()).toHaveText("withdraw");
      // The person knows better than the document here.
      await page.getByRole("group", { name: "Can you convert after-tax money to Roth inside the plan?" }).getByLabel("Not sure").check();
      await page.getByRole("button", { name: "Use these answers and continue" }).click();

      await expect(page).toHaveURL(/\/check\/answers\?from=document$/);
      await expect(page.getByTestId("filled-from-document")).toContainText("2 answers filled from your document");
      await expect(page.getByTestId("still-open")).toContainText("Can you convert after-tax money to Roth inside the plan? (you said not sure)");
      // A "Not sure" answer leads back to the reader.
      const conversionRow = page.locator("div", { has: page.getByText("Can you convert after-tax money to Roth inside the plan?", { exact: true }) }).last();
      await expect(conversionRow.getByRole("link", { name: "Find it in your plan document" })).toHaveAttribute("href", "/check/plan-document");
      await page.goto("/check/in-plan-conversion");
      await expect(page.getByLabel("Not sure", { exact: true })).toBeChecked();
      await expect(page.getByRole("link", { name: "Find the answers in my plan document" })).toBeVisible();
      await page.goto("/check/in-service-withdrawal");
      await expect(page.getByLabel("Yes", { exact: true })).toBeChecked();
    });

    test("a scanned PDF with no text gets a message saying what to do, and the answers already given stay", async ({ page }) => {
      await page.goto("/check/after-tax");
      await page.getByLabel("No", { exact: true }).check();
      await continueOn(page);
      // "No" ends the journey: wait for the saved answer's result before leaving the page.
      await expect(page).toHaveURL(/\/check\/result$/);
      await uploadPdf(page, await scannedPdf(), "scan.pdf");
      await expect(page.getByTestId("error-summary")).toContainText("no text we can read");
      await expect(page.getByTestId("error-summary")).toContainText("Ask HR or your plan's website for a text PDF");
      await expect(page.getByTestId("error-summary")).toContainText("paste it");
      await page.goto("/check/after-tax");
      await expect(page.getByLabel("No", { exact: true })).toBeChecked();
    });
  });
}

test("a file that is not a PDF is refused with a message", async ({ page }) => {
  await uploadPdf(page, Buffer.from("Just some notes, not a PDF."), "notes.pdf");
  await expect(page.getByTestId("error-summary")).toContainText("is not a PDF");
});

test.describe("the API", () => {
  test("POST /api/plan-document reads a PDF and pasted text, and refuses what it cannot read", async ({ request }) => {
    const pdf = await request.post("/api/plan-document", {
      multipart: { file: { name: "spd.pdf", mimeType: "application/pdf", buffer: await textPdf(SPD_PAGES) } },
    });
    expect(pdf.status()).toBe(200);
    const findings = await pdf.json();
    expect(findings.afterTaxContributions.answer).toBe("yes");
    expect(findings.afterTaxContributions.evidence[0].page).toBe(1);
    expect(findings.employerMatch.value).toEqual({ kind: "formula", tiers: [{ matchPercent: 50, ofPayPercent: 6 }] });

    const text = await request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: PASTED });
    expect(text.status()).toBe(200);
    expect((await text.json()).inServiceWithdrawal.answer).toBe("yes");

    const scanned = await request.post("/api/plan-document", {
      multipart: { file: { name: "scan.pdf", mimeType: "application/pdf", buffer: await scannedPdf() } },
    });
    expect(scanned.status()).toBe(422);
    expect((await scanned.json()).problem).toBe("no-text");

    // 12 MB: over Next's default 10 MB buffer behind a proxy, under the 15 MB cap.
    // The padding (PDF comment lines) goes after the header, so a cut body loses the text itself.
    const small = await textPdf(SPD_PAGES);
    const headerEnd = small.indexOf("\n") + 1;
    const padding = Buffer.from(`%${" ".repeat(1022)}\n`.repeat(12 * 1024));
    const padded = Buffer.concat([small.subarray(0, headerEnd), padding, small.subarray(headerEnd)]);
    const large = await request.post("/api/plan-document", {
      multipart: { file: { name: "large.pdf", mimeType: "application/pdf", buffer: padded } },
    });
    expect(large.status()).toBe(200);
    expect((await large.json()).afterTaxContributions.answer).toBe("yes");

    const fromAge = "You may take an in-service withdrawal of all or part of your vested account after you reach age 59½.";
    const older = await request.post("/api/plan-document?age=61", { headers: { "content-type": "text/plain" }, data: fromAge });
    expect((await older.json()).inServiceWithdrawal.answer).toBe("yes");
    const unknownAge = await request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: fromAge });
    expect((await unknownAge.json()).inServiceWithdrawal.answer).toBe("unsure");
    expect((await request.post("/api/plan-document?age=abc", { headers: { "content-type": "text/plain" }, data: fromAge })).status()).toBe(400);

    const json = await request.post("/api/plan-document", { data: { text: "x" } });
    expect(json.status()).toBe(415);

    const huge = await request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: "a".repeat(16 * 1024 * 1024) });
    expect(huge.status()).toBe(413);
  });
});

async function expectAxeClean(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`), `axe on ${name}`).toEqual([]);
  await page.screenshot({ path: `test-results/plan-document-${name}.png`, fullPage: true });
}

test("the upload page, its message and the results page pass axe", async ({ page }) => {
  await page.goto("/check/plan-document");
  await expectAxeClean(page, "upload");
  await page.getByRole("button", { name: "Read my document" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Choose your plan document");
  await expectAxeClean(page, "message");
  await page.getByLabel("Or paste the text of the document").fill(`${PASTED}\n\n${SPD_PAGES.join("\n\n")}`);
  await page.getByRole("button", { name: "Read my document" }).click();
  await expect(page.getByTestId("plan-document-review")).toBeVisible();
  await expectAxeClean(page, "results");
});
