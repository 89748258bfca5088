import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { Draft } from "../lib/wizard/draft";
import { workedExampleDraft } from "../lib/wizard/sample-draft";
import { expect, test } from "./fixtures";
import { pdfText } from "./pdf-text";

// This spec runs on its own server whose clock reads APP_TODAY = 2026-11-28 (playwright.config.ts,
// project "late-year"). The worked example (domain §6) is paid bi-weekly, 5,769.23 a paycheck; last
// paid Friday, November 20, 2026: December 4 and December 18 are the two paychecks left.

/** The paycheck pages answered with the stub of November 20 and the year so far (money in cents). */
function planFromNovember20(stub: Partial<Pick<Draft, "takeHomePay" | "contributionsOnStub" | "takeHomeFloor">> = {}): Draft {
  return {
    ...workedExampleDraft,
    planPaychecks: "yes",
    lastPayDay: 20,
    lastPayMonth: 11,
    lastPayYear: 2026,
    // 24 paychecks paid so far: 24 x 942.31 deferred; match 50% of that.
    ytdDeferrals: 22_615_38,
    ytdMatch: 4_153_85,
    matchTrueUp: "no",
    electionRounding: "whole",
    ...stub,
  };
}

async function openResult(page: Page, seedSession: (draft: Draft) => Promise<void>, draft: Draft) {
  await seedSession(draft);
  await page.goto("/check/result");
  await expect(page.getByTestId("verdict")).toBeVisible();
}

/** The checklist PDF's text, downloaded from the result's link. */
async function checklistText(page: Page): Promise<string> {
  const link = page.getByRole("link", { name: "Download checklist (PDF)" }).first();
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return pdfText(download);
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

test("last paid November 20: the headline, the checklist step and the PDF give the same election for the 2 paychecks left", async ({ page, seedSession }) => {
  // Two screenshots, an accessibility scan and a PDF: over a minute on a loaded 2-core machine.
  test.slow();
  await openResult(page, seedSession, planFromNovember20());

  // Deferrals left: 24,500 - 22,615.38 = 1,884.62 over 2 x 5,769.23 = 16.33%: 16% (923.08).
  // A paycheck funds at most 5,769.23 - 7.65% payroll taxes (441.35) = 5,327.88; after tax
  // 5,327.88 - 923.08 = 4,404.80 at most: 76% (4,384.61), since 77% is 4,442.31.
  const sentence = "Set your after-tax election to 76% of pay ($4,384.61 from each regular paycheck) for the 2 paychecks left.";
  await expect(page.getByTestId("paychecks-left")).toHaveText("2 paychecks left in 2026 after November 28, 2026.");
  await expect(page.getByTestId("headline-election")).toHaveText(sentence);
  await expect(page.locator('[data-code="SET_AFTER_TAX_ELECTION"]')).toContainText(sentence);
  await expect(page.locator('[data-code="SET_DEFERRAL_ELECTION"]')).toContainText(
    "Set your pre-tax and Roth election to 16% of pay ($923.08 from each regular paycheck).",
  );
  const planner = page.getByTestId("planner");
  await expect(planner.getByTestId("election-after-tax")).toContainText("76%");
  await expect(planner.getByTestId("paycheck-table").locator("tbody tr")).toHaveCount(2);
  // Nothing on the page still spreads the room over the year's 26 paychecks.
  await expect(page.locator("main")).not.toContainText("26 paychecks");

  for (const [label, width] of [["desktop", 1280], ["phone", 375]] as const) {
    await page.setViewportSize({ width, height: 900 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/result-2026-11-28-plan-${label}.png`, fullPage: true });
  }
  const scan = await new AxeBuilder({ page }).analyze();
  expect(scan.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  const text = await checklistText(page);
  expect(text).toContain("2 paychecks left in 2026 after November 28, 2026.");
  expect(text).toContain(sentence);
  expect(text).toContain("After-tax election to set now: 76% of pay ($4,384.61 from a regular paycheck)");
  expect(text).not.toContain("26 paychecks");
});

test("with the paycheck page skipped, the result says how many paychecks are estimated to be left and spreads the room over them", async ({ page, seedSession }) => {
  await openResult(page, seedSession, workedExampleDraft);
  // November 29 to December 31 is 33 days: 26 x 33 / 365 = 2.35, rounded up to 3.
  await expect(page.getByTestId("paychecks-left")).toContainText("About 3 paychecks are estimated to be left in 2026 after November 28, 2026");
  await expect(page.getByTestId("paychecks-left")).toContainText("an estimate from your 26 paychecks a year");
  // 43,000 / 3 = 14,333.33, more than 5,769.23 - 942.31 - 441.35 = 4,385.57: no election to set.
  const headline = page.getByTestId("headline-election");
  await expect(headline).toContainText("the $43,000 left would be $14,333.33 a paycheck");
  await expect(headline).toContainText("about $4,385.57 at most");
  await expect(headline).not.toContainText("Set your after-tax election");
  // 43,000 - 3 x 4,385.57 = 29,843.29 can't go in: left to contribute is 3 x 4,385.57 = 13,156.71.
  await expect(page.getByTestId("headline-unused")).toContainText("$29,843.29");
  await expect(page.getByTestId("after-tax-remaining")).toHaveText("$13,156.71");
  await expect(page.locator('tr[data-code="CANNOT_GO_IN"]')).toContainText("− $29,843.29");
  await expect(page.locator('tr[data-code="LEFT_TO_CONTRIBUTE"]')).toContainText("$13,156.71");
  await page.setViewportSize({ width: 375, height: 900 });
  await page.screenshot({ path: "test-results/screenshots/result-2026-11-28-skipped-phone.png", fullPage: true });
  const text = await checklistText(page);
  expect(text).toContain(flat("About 3 paychecks are estimated to be left in 2026 after November 28, 2026"));
  expect(text).toContain("$14,333.33 a paycheck");
  // The PDF sets the two figures side by side under their labels.
  expect(text).toContain("Left to contribute this year $43,000 $13,156.71");
});

test("tax year 2025, which has ended, is a look-back: what counted, what went over, no election to set", async ({ page, seedSession }) => {
  await openResult(page, seedSession, { ...workedExampleDraft, taxYear: 2025 });
  const lookBack = page.getByTestId("look-back");
  await expect(lookBack).toContainText("2025 has ended: this is a look-back at what counted and what to correct, not an election to make.");
  // 2025: 70,000 limit; 24,500 deferred is 1,000 over the 23,500 limit. The engine counts all
  // 24,500: excess deferrals stop being annual additions only once refunded (Treas. Reg.
  // §1.415(c)-1(b)(2)(ii)), and the refund deadline has passed.
  await expect(lookBack).toContainText(
    "What counted toward the $70,000 annual additions limit: $24,500 of your deferrals, $4,500 of employer money and $0 of after-tax contributions, $29,000 in all.",
  );
  await expect(lookBack).toContainText("Your deferrals went $1,000 over your limit across all plans");
  await expect(lookBack).toContainText("April 15, 2026 deadline to pay them back has passed");
  await expect(page.getByTestId("headline-election")).toHaveCount(0);
  await expect(page.getByTestId("planner")).toHaveCount(0);
  await expect(page.locator('[data-code="SET_AFTER_TAX_ELECTION"]')).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText("Set your after-tax");
  const text = await checklistText(page);
  expect(text).toContain("Looking back at 2025");
  expect(text).not.toContain("Set your after-tax");
});

test("a take-home floor changes the plan, and no paycheck row takes pay below it", async ({ page, seedSession }) => {
  // Take-home 3,800.00 with 942.31 contributed; at least 3,000.00 needed: each paycheck can give
  // 3,800.00 + 942.31 - 3,000.00 = 1,742.31 in all. 16% deferral (923.08) leaves 819.23 after
  // tax: 14% (807.69), as 15% would be 865.38.
  await openResult(page, seedSession, planFromNovember20({ takeHomePay: 3_800_00, contributionsOnStub: 942_31, takeHomeFloor: 3_000_00 }));
  await expect(page.getByTestId("headline-election")).toHaveText(
    "Set your after-tax election to 14% of pay ($807.69 from each regular paycheck) for the 2 paychecks left.",
  );
  await expect(page.getByTestId("headline-unused")).toContainText(
    "of your room goes unused this year: each paycheck can give at most $1,742.31, keeping at least $3,000.00 of take-home pay from each paycheck.",
  );
  await expect(page.getByTestId("planner-ceiling")).toContainText("No paycheck gives more than $1,742.31 in all");
  const rows = page.getByTestId("paycheck-table").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  const money = (text: string) => Math.round(Number(text.replace(/[$,]/g, "")) * 100);
  for (const row of await rows.all()) {
    const cells = await row.locator("td").allTextContents();
    const [deferral, afterTax] = [money(cells[1]!), money(cells[2]!)];
    // Take-home on that paycheck: the stub's, with these contributions in place of the stub's.
    expect(380_000 + 94_231 - deferral - afterTax).toBeGreaterThanOrEqual(300_000);
  }
  const text = await checklistText(page);
  expect(text).toContain("Set your after-tax election to 14% of pay ($807.69 from each regular paycheck)");
});
