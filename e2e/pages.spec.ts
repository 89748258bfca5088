import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { answerChoice, continueOn, skipPaychecks } from "./wizard";

/**
 * Every page of the journey, scanned with axe (WCAG 2.2 A and AA) and photographed at desktop
 * width, at 200% zoom and at 375 px, the width of a small phone. The pictures are test artifacts under
 * test-results/screenshots.
 */
let pagesSeen: string[] = [];
let shotPrefix = "";

async function inspect(page: Page, name: string) {
  name = `${shotPrefix}${name}`;
  // Metadata of a dynamic page is streamed: wait for the title before judging the page.
  await expect(page).toHaveTitle(/Mega Backdoor Roth Check/);
  // 640 px is a 1280 px window at 200% zoom.
  for (const [label, width] of [["desktop", 1280], ["zoom-200", 640], ["phone", 375]] as const) {
    await page.setViewportSize({ width, height: 900 });
    // Axe at both ends: the phone layout hides and stacks things the desktop one shows.
    if (label !== "zoom-200") {
      // After a client-side navigation the old page's <title> can go before the new one's streamed
      // metadata arrives: judge the page once it has settled. A lasting violation still fails.
      await expect(page.locator("head title")).not.toHaveCount(0);
      await expect.poll(() => axeViolations(page), { message: `axe on ${name} at ${width}px`, timeout: 10_000 }).toEqual([]);
    }
    // No horizontal scrolling on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  pagesSeen.push(name);
}

test("every page passes axe and fits 200% zoom and a 375 px phone", async ({ page }) => {
  await everyPage(page, "");
});

test.describe("without JavaScript", () => {
  test("every page passes axe and fits 200% zoom and a 375 px phone", async ({ page }) => {
    // The app's scripts never load, so the pages are the server's HTML and the forms post
    // natively; axe itself still runs (with JavaScript turned off in the browser it cannot).
    await page.route("**/_next/static/**/*.js", (route) => route.abort());
    await everyPage(page, "nojs-");
  });
});

async function everyPage(page: Page, prefix: string) {
  // Twenty pages, each scanned twice and photographed three times: up to 30 s a page on a busy machine.
  test.setTimeout(20 * 30_000);
  pagesSeen = [];
  shotPrefix = prefix;
  await page.goto("/");
  await inspect(page, "00-start");
  await page.getByRole("button", { name: "Start now" }).click();

  await inspect(page, "01-after-tax");
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await inspect(page, "02-in-plan-conversion");
  await answerChoice(page, "Can you convert after-tax money to Roth inside the plan?", "Not sure");
  await inspect(page, "03-in-service-withdrawal");
  await answerChoice(page, "Can you withdraw after-tax money while you still work there?", "Not sure");

  await inspect(page, "04-plan-details");
  await continueOn(page);
  await expect(page.getByTestId("error-summary")).toBeFocused();
  await inspect(page, "05-plan-details-errors");
  await page.getByRole("group", { name: /convert after-tax contributions to Roth automatically/ }).getByLabel("Not sure").check();
  await page.getByRole("group", { name: /withdraw just the after-tax money/ }).getByLabel("Not sure").check();
  await page.getByRole("group", { name: /limit after-tax contributions to a percentage/ }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("textbox", { name: /after-tax limit, as a percentage/ }).fill("10");
  await continueOn(page);

  await inspect(page, "04b-plan-year");
  await continueOn(page);

  await inspect(page, "06-about-you");
  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel("2026").check();
  await page.getByLabel("Your age on December 31 of that year").fill("55");
  await continueOn(page);

  await inspect(page, "06b-your-pay");
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("200,000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Twice a month (24 paychecks)").check();
  await continueOn(page);

  await inspect(page, "07-last-year");
  await page.getByRole("group", { name: /Did you work for this employer in 2025/ }).getByLabel("Yes", { exact: true }).check();
  await page.getByLabel(/Your pay from this employer in 2025/).fill("190,000");
  await page.getByLabel(/Your Social Security wages from this employer in 2025/).fill("176,100");
  await continueOn(page);

  await inspect(page, "08-contributions");
  await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("As a percentage of pay", { exact: true }).check();
  await page.getByRole("textbox", { name: /as a percentage of pay/ }).fill("16.25");
  await continueOn(page);

  await inspect(page, "08b-after-tax-money");
  await continueOn(page);

  await inspect(page, "08c-roth-option");
  await page.getByRole("group", { name: /offer Roth 401\(k\) contributions/ }).getByLabel("Yes", { exact: true }).check();
  await continueOn(page);

  await inspect(page, "09-employer");
  await page.getByRole("group", { name: "How does your employer match your contributions?" }).getByLabel("Two tiers").check();
  await continueOn(page);

  await inspect(page, "09a-match");
  await page.getByRole("textbox", { name: "First tier: match rate" }).fill("100");
  await page.getByRole("textbox", { name: "First tier: on this percentage of pay" }).fill("3");
  await page.getByRole("textbox", { name: "Second tier: match rate" }).fill("50");
  await page.getByRole("textbox", { name: "Second tier: on the next percentage of pay" }).fill("2");
  await continueOn(page);

  await inspect(page, "09b-match-after-tax");
  await answerChoice(page, "Does the match also apply to after-tax contributions?", "No, only pre-tax and Roth");

  await inspect(page, "09c-paychecks");
  await skipPaychecks(page);

  await inspect(page, "10-answers");
  await page.getByRole("link", { name: "See your result" }).click();
  await inspect(page, "11-result-needs-info");
  // 'Not sure' to both routes into Roth: the verdict waits on the plan, and the page lists
  // exactly the questions to ask, with the phrases to look for in the plan's documents.
  await expect(page.getByTestId("verdict")).toHaveText("Maybe, based on your answers: your plan administrator can tell you, and we list exactly what to ask.");
  const questions = page.getByTestId("questions").getByRole("listitem");
  await expect(questions.filter({ hasText: "in-plan Roth conversion" }).first()).toBeVisible();
  await expect(questions.filter({ hasText: "in-service withdrawal" }).first()).toBeVisible();
  await expect(page.getByTestId("questions")).toContainText("look for:");
  // The questions lead; the room follows, "if your plan allows it".
  const roomHeading = page.getByRole("heading", { name: "Your after-tax room for 2026, if your plan allows it" });
  const [questionsBox, roomBox] = [await page.getByTestId("questions").boundingBox(), await roomHeading.boundingBox()];
  expect(questionsBox!.y).toBeLessThan(roomBox!.y);
  await page.getByRole("button", { name: "Save and come back later" }).click();
  await inspect(page, "12-save");
  expect(pagesSeen).toHaveLength(20);
}
