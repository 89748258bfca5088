import { expect, test, type Page } from "@playwright/test";
import { test as seeded, workedExampleWithPlan } from "./fixtures";
import { answerPlanPages, continueOn, fillDate, walkWorkedExample } from "./wizard";

/** The paycheck pages of the worked example: a plan from a pay stub dated on the server's day. */
async function planMyPaychecks(page: Page) {
  await expect(page).toHaveURL(/\/check\/paychecks$/);
  await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
  await fillDate(page, "Date of your latest paycheck", "10", "7", "2026");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/pay-stub$/);
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/take-home$/);
  await continueOn(page);
  await page.getByRole("group", { name: "Does your plan true up the match after the year?" }).getByLabel("No", { exact: true }).check();
  await page.getByRole("group", { name: "How does your plan let you set your contributions?" }).getByLabel("Whole percentages of pay (1%, 2%, ...)").check();
  await continueOn(page);
}

// Pictures at 375 px of the three pages a phone user judges us by: an error, the answers, the result.
const label = process.env.SHOTS_LABEL ?? "after";

test(`screenshots at 375 px (${label})`, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await walkWorkedExample(page, planMyPaychecks);
  await page.screenshot({ path: `test-results/screenshots/${label}-check-answers-375.png`, fullPage: true });
  await page.goto("/check/result");
  await page.screenshot({ path: `test-results/screenshots/${label}-result-375.png`, fullPage: true });
  await page.screenshot({ path: `test-results/screenshots/${label}-result-375-first-screen.png` });
  await page.goto("/check/your-pay");
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150k");
  await continueOn(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: `test-results/screenshots/${label}-error-375.png`, fullPage: true });
});

/** "Your pay" with a salary typed as "150k" and no pay frequency: two problems. */
async function failYourPay(page: Page) {
  await answerPlanPages(page);
  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel("2026").check();
  await page.getByLabel("Your age on December 31 of that year").fill("35");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/your-pay$/);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150k");
  await continueOn(page);
}

async function expectErrorPattern(page: Page) {
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Your pay – Mega Backdoor Roth Check$/);
  // The summary comes before the page heading, in reading order.
  const order = await page.evaluate(() => {
    const summaryBox = document.querySelector('[data-testid="error-summary"]')!;
    const heading = document.querySelector("h1")!;
    return summaryBox.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(order).toBeTruthy();
  // Each message says what to do, with the field's own example, and never repeats the label.
  await expect(summary.getByRole("link")).toHaveText([
    "Enter an amount in dollars using numbers only, like 150,000",
    "Select how often you are paid",
  ]);
}

test.describe("errors, with JavaScript", () => {
  test("the summary sits above the heading, takes focus, titles the page, and its links focus the input with its question in view", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await failYourPay(page);
    await expectErrorPattern(page);
    await page.getByTestId("error-summary").getByRole("link", { name: /like 150,000/ }).click();
    const input = page.getByLabel("Your pay from this employer for the year, before tax");
    await expect(input).toBeFocused();
    await expect(page.getByText("Your pay from this employer for the year, before tax", { exact: true })).toBeInViewport();
    // Checked in the browser with the page's specification: once the first submit has shown
    // the problems, a corrected answer's message goes as it is typed; the rest stay.
    await input.fill("150,000");
    const summary = page.getByTestId("error-summary");
    await expect(summary.getByRole("link")).toHaveText(["Select how often you are paid"]);
    await expect(page).toHaveTitle(/^Error: Your pay – /);
    await continueOn(page);
    await expect(summary).toBeFocused();
    await expect(input).toHaveValue("150,000");
    // Corrected and sent, the page moves on and no title claims an error.
    await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Monthly (12 paychecks)").check();
    await expect(page).not.toHaveTitle(/^Error: /);
    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/last-year$/);
  });
});

test.describe("errors, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the server's page has the same summary, focus and title", async ({ page }) => {
    await failYourPay(page);
    await expectErrorPattern(page);
  });
});

/** The contributions page: each way of entering contributions reveals its own box under it. */
async function toContributionsPage(page: Page) {
  await answerPlanPages(page);
  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel("2026").check();
  await page.getByLabel("Your age on December 31 of that year").fill("35");
  await continueOn(page);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150,000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Monthly (12 paychecks)").check();
  await continueOn(page);
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/contributions$/);
}

const MODE = { name: "How do you want to enter your pre-tax and Roth contributions?" };

async function expectRevealUnderItsOption(page: Page) {
  const option = page.getByRole("group", MODE).getByLabel("In dollars for the year");
  const followUp = page.getByRole("textbox", { name: "Pre-tax and Roth contributions for the year" });
  await expect(followUp).toBeHidden();
  await option.check();
  await expect(followUp).toBeVisible();
  // Directly under its option, indented past the radio, inside the reveal box.
  const [optionBox, followUpBox] = [await option.boundingBox(), await followUp.boundingBox()];
  expect(followUpBox!.x).toBeGreaterThan(optionBox!.x + 20);
  const nextOption = await page.getByRole("group", MODE).getByLabel("As a percentage of pay", { exact: true }).boundingBox();
  expect(followUpBox!.y).toBeGreaterThan(optionBox!.y);
  expect(followUpBox!.y).toBeLessThan(nextOption!.y);
  return option;
}

test.describe("conditional reveals", () => {
  test("with JavaScript: under the option, and the radio reports aria-controls and aria-expanded", async ({ page }) => {
    await toContributionsPage(page);
    const percent = page.getByRole("group", MODE).getByLabel("As a percentage of pay", { exact: true });
    await expect(percent).toHaveAttribute("aria-expanded", "false");
    const option = await expectRevealUnderItsOption(page);
    const controls = await option.getAttribute("aria-controls");
    expect(controls).toBeTruthy();
    await expect(option).toHaveAttribute("aria-expanded", "true");
    await expect(page.locator(`[id="${controls}"]`).getByRole("textbox", { name: "Pre-tax and Roth contributions for the year" })).toBeVisible();
    await percent.check();
    await expect(option).toHaveAttribute("aria-expanded", "false");
    await expect(percent).toHaveAttribute("aria-expanded", "true");
    // Every question a reveal holds is inside the box its radio's aria-controls names.
    const percentControls = await percent.getAttribute("aria-controls");
    await expect(page.locator(`[id="${percentControls}"]`).getByRole("textbox", { name: "Pre-tax and Roth contributions as a percentage of pay" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the CSS alone reveals the follow-up under its option, and nothing claims aria-expanded", async ({ page }) => {
      await toContributionsPage(page);
      const option = await expectRevealUnderItsOption(page);
      await expect(option).not.toHaveAttribute("aria-expanded");
      await page.getByRole("textbox", { name: "Pre-tax and Roth contributions for the year" }).fill("24,500");
      await continueOn(page);
      await expect(page).toHaveURL(/\/check\/after-tax-money$/);
    });
  });
});

test.describe("progress", () => {
  test("done, current and to-come look different and are announced; a journey decided by its first answer has two steps", async ({ page }) => {
    await answerPlanPages(page);
    const indicator = page.getByTestId("step-indicator");
    const steps = indicator.getByRole("listitem");
    await expect(steps).toHaveCount(6);
    expect(await steps.evaluateAll((items) => items.map((item) => item.getAttribute("data-state")))).toEqual(["done", "current", "to-come", "to-come", "to-come", "to-come"]);
    await expect(steps.nth(1)).toHaveAttribute("aria-current", "step");
    await expect(steps.nth(0)).toContainText("Your plan completed");
    await expect(steps.nth(2)).toContainText("Your contributions not completed");
    await expect(page.getByTestId("progress")).toHaveText("Step 2 of 6: About you");
    // Done, current and to-come bars differ (and the labels: a check mark, bold, muted).
    const borders = await steps.evaluateAll((items) => items.slice(0, 3).map((item) => getComputedStyle(item).borderTopColor));
    expect(new Set(borders).size).toBe(3);

    await page.context().clearCookies();
    await page.goto("/");
    await page.getByRole("button", { name: "Start now" }).click();
    await page.getByRole("group", { name: "Does your plan allow after-tax contributions?" }).getByLabel("No", { exact: true }).check();
    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/result$/);
    await expect(page.getByTestId("step-indicator").getByRole("listitem")).toHaveCount(2);
    await expect(page.getByTestId("progress")).toContainText("of 2");
  });
});

test("check your answers: a summary card per section, each answer with its Change link", async ({ page }) => {
  await walkWorkedExample(page);
  const cards = page.getByTestId("summary-card");
  await expect(cards.getByRole("heading", { level: 2 })).toHaveText(["Your plan", "About you", "Your contributions", "Your employer's contributions", "Your paychecks"]);
  // A blank optional answer is not listed: there is nothing to check.
  await expect(page.getByText(/other employers' 401\(k\)/)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Your paychecks" }).locator("dt")).toHaveText(["Do you want a plan for each paycheck left this year?"]);
  for (const card of await cards.all()) {
    const questions = await card.locator("dt").count();
    expect(questions).toBeGreaterThan(0);
    await expect(card.getByRole("link", { name: /^Change / })).toHaveCount(questions);
  }
  await expect(page.getByRole("region", { name: "About you" }).getByRole("link", { name: "Change your age on december 31 of that year" })).toHaveAttribute("href", /\/check\/about-you\?returnTo=answers/);
});

seeded.describe("the result on a 375 px phone", () => {
  seeded("chart labels render at 12 px or more, nothing is wider than the screen, wide tables scroll with a cue, amounts keep their sign", async ({ page, seedSession }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await seedSession(workedExampleWithPlan);
    await page.goto("/check/result");
    // The verdict and what to do now fill the first screen, before any figure.
    await expect(page.getByTestId("verdict")).toBeInViewport();
    await expect(page.getByTestId("next-action")).toHaveText(/^What to do now: Set your after-tax election to 57% of pay/);
    await expect(page.getByTestId("next-action")).toBeInViewport({ ratio: 1 });
    const chart = page.getByTestId("path-to-max");
    await page.getByTestId("planner-workings").locator("summary").first().click();
    await expect(chart).toBeVisible();
    const sizes = await chart.evaluate((figure) =>
      [...figure.querySelectorAll("svg[viewBox]")]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map((text) => Number(getComputedStyle(text).fontSize.replace("px", "")) * scale);
        }),
    );
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);

    // No element pokes past the right edge of the screen (a scrolling box clips what is inside it).
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((element) => !element.closest(".overflow-x-auto") || element.classList.contains("overflow-x-auto"))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(wide).toEqual([]);
    // A table that does not fit scrolls inside a box that shows it does.
    const scrollers = await page.evaluate(() =>
      [...document.querySelectorAll(".overflow-x-auto")].filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.classList.contains("scroll-cue")),
    );
    expect(scrollers.length).toBeGreaterThan(0);
    expect(scrollers.every(Boolean)).toBe(true);
    // Figures never wrap: a minus sign stays with its amount.
    const wrapping = await page.evaluate(() =>
      [...document.querySelectorAll("td")].filter((cell) => /\$/.test(cell.textContent ?? "") && getComputedStyle(cell).whiteSpace !== "nowrap").length,
    );
    expect(wrapping).toBe(0);
  });
});
