import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { expect, test, workedExampleWithPlan } from "./fixtures";

const FOCUS_YELLOW = "rgb(255, 221, 0)";
const INK = "rgb(11, 12, 12)";

async function style(locator: Locator) {
  return locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      outlineColor: computed.outlineColor,
      outlineWidth: computed.outlineWidth,
      background: computed.backgroundColor,
      color: computed.color,
      boxShadow: computed.boxShadow,
    };
  });
}

/** Tabs until `locator` has the focus (a keyboard user's way there), at most `limit` presses. */
async function tabTo(page: Page, locator: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press("Tab");
    if (await locator.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("never reached by Tab");
}

test("the skip link shows on the first Tab, yellow with dark text, and leads to the main content", async ({ page }) => {
  await page.goto("/");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await page.keyboard.press("Tab");
  await expect(skip).toBeFocused();
  const box = (await skip.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.y).toBeGreaterThanOrEqual(0);
  const shown = await style(skip);
  expect(shown.background).toBe(FOCUS_YELLOW);
  expect(shown.color).toBe(INK);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});

test("focus is GOV.UK-strength on links, buttons and fields: yellow with a dark edge", async ({ page }) => {
  await page.goto("/");
  // A link: yellow behind dark text, a dark bar beneath.
  const link = page.getByRole("link", { name: "Find the answers in my plan document" });
  await tabTo(page, link);
  const onLink = await style(link);
  expect(onLink.background).toBe(FOCUS_YELLOW);
  expect(onLink.color).toBe(INK);
  expect(onLink.boxShadow).toContain(`${INK} 0px 4px 0px`);
  // A button: a yellow ring and a dark bar beneath.
  const start = page.getByRole("button", { name: "Start now" });
  await tabTo(page, start);
  const onButton = await style(start);
  expect(onButton.outlineColor).toBe(FOCUS_YELLOW);
  expect(onButton.outlineWidth).toBe("3px");
  expect(onButton.boxShadow).toContain(INK);
  // A field: a yellow ring and a thick dark border inside it.
  await page.goto("/check/plan-document");
  const text = page.locator("textarea");
  await tabTo(page, text);
  const onField = await style(text);
  expect(onField.outlineColor).toBe(FOCUS_YELLOW);
  expect(onField.boxShadow).toContain(`${INK} 0px 0px 0px 2px inset`);
});

test("'Change' links and other stand-alone links are at least 24 x 24 px (WCAG 2.2, 2.5.8); the answers page passes axe", async ({ page, seedSession }) => {
  await seedSession(workedExampleWithPlan);
  await page.goto("/check/answers");
  const changes = page.getByRole("link", { name: /^Change / });
  expect(await changes.count()).toBeGreaterThan(5);
  for (const change of await changes.all()) {
    const box = (await change.boundingBox())!;
    expect(box.height, await change.innerText()).toBeGreaterThanOrEqual(24);
    expect(box.width).toBeGreaterThanOrEqual(24);
  }
  const back = (await page.getByRole("link", { name: "Back", exact: true }).boundingBox())!;
  expect(back.height).toBeGreaterThanOrEqual(24);
  expect(await axeViolations(page)).toEqual([]);
});

test("error pages say so first in their titles: 'Page not found', and 'Error:' on the plan document page", async ({ page }) => {
  for (const address of ["/no-such-page", "/check/no-such-step"]) {
    const response = await page.goto(address);
    expect(response!.status()).toBe(404);
    await expect(page).toHaveTitle("Page not found – Mega Backdoor Roth Check");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  }
  expect(await axeViolations(page)).toEqual([]);

  await page.goto("/check/plan-document");
  await expect(page).toHaveTitle("Find the answers in your plan document – Mega Backdoor Roth Check");
  await page.getByRole("button", { name: "Read my document" }).click();
  await expect(page.getByTestId("plan-document-upload").getByRole("alert")).toBeVisible();
  await expect(page).toHaveTitle("Error: Find the answers in your plan document – Mega Backdoor Roth Check");
});

test("the checklist as a web page: the PDF's content with headings and tables, axe-clean, and only the content on paper", async ({ page, seedSession }) => {
  await seedSession({ ...workedExampleWithPlan, matchTrueUp: "unsure" });
  await page.goto("/check/result");
  await page.getByRole("link", { name: "Checklist as a web page (to read aloud or print)" }).first().click();
  await expect(page).toHaveURL(/\/check\/checklist$/);
  await expect(page).toHaveTitle("Your checklist – Mega Backdoor Roth Check");
  const checklist = page.getByTestId("checklist-page");
  await expect(checklist.getByRole("heading", { level: 1 })).toHaveText("Mega backdoor Roth checklist");
  await expect(checklist.getByRole("heading", { level: 2, name: "Checklist" })).toBeVisible();
  // The warning the result page shows beside the paycheck plan is here too, as in the PDF.
  await expect(page.getByTestId("checklist-plan-warnings")).toContainText("You are not sure whether your plan trues up the match after the year");
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.locator("body > footer")).toBeHidden();
  await expect(page.getByRole("link", { name: "Back to your result" })).toBeHidden();
  await expect(checklist).toBeVisible();
});
