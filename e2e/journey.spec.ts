import { expect, test, type Page } from "@playwright/test";
import { answerChoice, answerPlanPages, continueOn, skipPaychecks, walkWorkedExample } from "./wizard";

async function expectWorkedExampleResult(page: Page) {
  await expect(page).toHaveURL(/\/check\/result$/);
  await expect(page.getByTestId("verdict")).toHaveText("Yes, based on your answers: your plan lets you do a mega backdoor Roth.");
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
  await expect(page.getByTestId("after-tax-remaining")).toHaveText("$43,000");
  // July 10 (the test server's day), no pay stub: July 11 to December 31 is 174 days, and
  // 26 x 174 / 365 = 12.39 paychecks, rounded up to 13; 43,000 / 13 = 3,307.69, 57% of 5,769.23.
  await expect(page.getByTestId("paychecks-left")).toContainText("About 13 paychecks are estimated to be left in 2026");
  await expect(page.getByTestId("per-paycheck")).toContainText("$3,307.69");
  await expect(page.getByTestId("per-paycheck")).toContainText("57% of pay");
  await expect(page.getByTestId("route")).toContainText("in-plan Roth conversion");
}

test("the worked example reaches an eligible result with $43,000 of room (domain §6)", async ({ page }) => {
  await walkWorkedExample(page);
  await expect(page.getByText("$150,000")).toBeVisible();
  await page.getByRole("link", { name: "See your result" }).click();
  await expectWorkedExampleResult(page);
});

test.describe("with JavaScript turned off", () => {
  test.use({ javaScriptEnabled: false });

  test("the same journey works and gives the same result", async ({ page }) => {
    await walkWorkedExample(page);
    await page.getByRole("link", { name: "See your result" }).click();
    await expectWorkedExampleResult(page);
  });
});

test("'No' to after-tax contributions goes straight to a not-eligible result with what to do instead", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "No");
  await expect(page).toHaveURL(/\/check\/result$/);
  await expect(page.getByTestId("verdict")).toHaveText(
    "No, based on your answers: your plan does not let you do a mega backdoor Roth while you work there.",
  );
  await expect(page.locator('[data-code="NO_AFTER_TAX_CONTRIBUTIONS"]')).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do instead" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Backdoor Roth IRA" })).toBeVisible();
  await expect(page.getByTestId("after-tax-room")).toHaveCount(0);
  // Back returns to the question that decided it.
  await page.getByRole("link", { name: "Back", exact: true }).click();
  await expect(page).toHaveURL(/\/check\/after-tax$/);
  await expect(page.getByLabel("No", { exact: true })).toBeChecked();
});

test("'No' to both routes into Roth ends early as not eligible, with roll-out at separation offered", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await answerChoice(page, "Can you convert after-tax money to Roth inside the plan?", "No");
  await answerChoice(page, "Can you withdraw after-tax money while you still work there?", "No");
  await expect(page).toHaveURL(/\/check\/result$/);
  await expect(page.locator('[data-code="NO_ROUTE_TO_ROTH"]')).toBeVisible();
  await expect(page.getByRole("heading", { name: /move it to Roth when you leave/ })).toBeVisible();
});

/** Counts the posts this page sends (a server action is a POST), from now on. */
function countPosts(page: Page): { count: () => number } {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST") posts += 1;
  });
  return { count: () => posts };
}

test.describe("with JavaScript, the answers are checked in the browser with the page's own specification", () => {
  test("a missing or wrong answer shows the summary with no request sent; a corrected message clears as it is typed", async ({ page }) => {
    await answerPlanPages(page);
    await page.getByLabel("Your age on December 31 of that year").fill("35");
    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/your-pay$/);
    await expect(page.locator("form[data-enhanced]")).toBeAttached();
    const posts = countPosts(page);
    const pay = page.getByLabel("Your pay from this employer for the year, before tax");
    await pay.fill("150k");
    await continueOn(page);

    const summary = page.getByTestId("error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Enter an amount in dollars using numbers only, like 150,000",
      "Select how often you are paid",
    ]);
    await expect(page).toHaveTitle(/^Error: /);
    expect(posts.count()).toBe(0);
    // The summary links to the field; the field keeps what was typed and says what is wrong.
    await summary.getByRole("link", { name: "Enter an amount in dollars using numbers only, like 150,000" }).click();
    await expect(pay).toBeFocused();
    await expect(pay).toHaveValue("150k");

    // Corrected as typed: the message goes once the answer reads, the other one stays.
    await pay.fill("150,0");
    await expect(page.getByText("Error: Use commas between groups of three digits")).toBeVisible();
    await pay.fill("150,000");
    await expect(page.getByText(/Error: .*dollars/)).toHaveCount(0);
    await expect(summary.getByRole("link")).toHaveText(["Select how often you are paid"]);
    await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Monthly (12 paychecks)").check();
    await expect(summary).toHaveCount(0);
    await expect(page).not.toHaveTitle(/^Error: /);
    expect(posts.count()).toBe(0);

    await continueOn(page);
    await expect(page).toHaveURL(/\/check\/last-year$/);
    expect(posts.count()).toBe(1);
    await page.getByRole("link", { name: "Back", exact: true }).click();
    await expect(pay).toHaveValue("150,000");
  });

  test("a date typed whole in one box, 11/20/2026, is read month first; 31/12/2026 is refused with the US order", async ({ page }) => {
    await walkWorkedExample(page);
    await page.goto("/check/paychecks?returnTo=answers");
    await expect(page.locator("form[data-enhanced]")).toBeAttached();
    await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
    const date = page.getByRole("group", { name: "Date of your latest paycheck" });
    expect(await date.locator("label").allTextContents()).toEqual(["Month", "Day", "Year"]);
    await date.getByLabel("Month", { exact: true }).fill("31/12/2026");
    await page.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("must be month first, then day, then year, like 11/20/2026");
    await date.getByLabel("Month", { exact: true }).fill("7/3/2026");
    await expect(page.getByTestId("error-summary")).toHaveCount(0);
    await page.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(page).toHaveURL(/\/check\/pay-stub/);
    await page.goto("/check/paychecks?returnTo=answers");
    await expect(date.getByLabel("Month", { exact: true })).toHaveValue("7");
    await expect(date.getByLabel("Day", { exact: true })).toHaveValue("3");
  });

  test("a percentage of pay shows its yearly amount as it is typed", async ({ page }) => {
    await walkWorkedExample(page);
    await page.goto("/check/contributions?returnTo=answers");
    await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("As a percentage of pay", { exact: true }).check();
    // 16.25% of 150,000 = 24,375.
    await page.getByLabel("Pre-tax and Roth contributions as a percentage of pay").fill("16.25");
    await expect(page.getByTestId("deferralPercent-per-year")).toHaveText("= $24,375 a year");
  });

  test("the projection's assumptions recompute the comparison as they are typed, to the figure the server saves", async ({ page }) => {
    await walkWorkedExample(page);
    await page.getByRole("link", { name: "See your result" }).click();
    // The projection is folded on the result: open it, then its assumptions.
    await page.getByTestId("projection-fold").locator("summary").first().click();
    await page.getByText("Change the assumptions").click();
    await page.getByLabel("Years until you use the money").fill("10");
    await page.getByLabel("State income tax").fill("5");
    // 10 years, 5% state: the taxable account pays 20% on dividends and gains (e2e/worth-it.spec.ts).
    await expect(page.getByTestId("projection-live")).toHaveText(/^With these assumptions: \$8,785\.22 more in a Roth/);
    await expect(page.getByTestId("projection-advantage")).toHaveText("$52,215.27");
    await page.getByLabel("Years until you use the money").fill("ten");
    await expect(page.getByTestId("projection-live")).toHaveText("");
  });

  test("an error only the server can find still shows: answers changed in another tab", async ({ page, context }) => {
    await walkWorkedExample(page);
    await page.goto("/check/about-you?returnTo=answers");
    const other = await context.newPage();
    await other.goto("/check/about-you?returnTo=answers");
    await other.getByLabel("Your age on December 31 of that year").fill("40");
    await other.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(other).toHaveURL(/\/check\/answers$/);

    await expect(page.locator("form[data-enhanced]")).toBeAttached();
    await page.getByLabel("Your age on December 31 of that year").fill("36");
    await page.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(page.getByTestId("form-message")).toContainText("Your answers were changed in another window or tab");
    await expect(page.getByLabel("Your age on December 31 of that year")).toHaveValue("36");
  });
});

test.describe("with JavaScript turned off, errors", () => {
  test.use({ javaScriptEnabled: false });

  test("come back from the server with the typed values kept", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Start now" }).click();
    await continueOn(page);
    await expect(page.getByTestId("error-summary")).toContainText("Select yes, no or not sure");
    await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
    await answerChoice(page, "Can you convert after-tax money to Roth inside the plan?", "Yes");
    await page.getByRole("group", { name: /automatically/ }).getByLabel("Yes", { exact: true }).check();
    await page.getByRole("group", { name: /limit after-tax contributions/ }).getByLabel("Yes", { exact: true }).check();
    await page.getByRole("textbox", { name: /after-tax limit, as a percentage/ }).fill("120");
    await continueOn(page);
    await expect(page.getByTestId("error-summary")).toContainText("Enter a percentage between 0 and 100");
    await expect(page).toHaveTitle(/^Error: /);
    await expect(page.getByRole("textbox", { name: /after-tax limit, as a percentage/ })).toHaveValue("120");
    await expect(page.getByRole("group", { name: /automatically/ }).getByLabel("Yes", { exact: true })).toBeChecked();
  });

  test("'Save and come back later' shows the link selected in a read-only box that says to copy it, with no button that would do nothing", async ({ page }) => {
    await answerPlanPages(page);
    await page.getByRole("button", { name: "Save and come back later" }).click();
    const link = page.getByLabel("Your resume link");
    await expect(link).toHaveAttribute("readonly", "");
    await expect(link).toHaveValue(/\/resume\/[A-Za-z0-9_-]{43}$/);
    await expect(link).toBeFocused();
    await expect(page.getByText("Copy this link: select it, then press Ctrl+C (Command+C on a Mac).")).toBeVisible();
    await expect(page.getByRole("button", { name: "Copy link" })).toHaveCount(0);
  });

  test("a date is asked month, day, year, and 11/20/2026 typed in one box is read in that order", async ({ page }) => {
    await walkWorkedExample(page);
    await page.goto("/check/paychecks?returnTo=answers");
    await page.getByRole("group", { name: "Do you want a plan for each paycheck left this year?" }).getByLabel("Yes, plan my paychecks").check();
    const date = page.getByRole("group", { name: "Date of your latest paycheck" });
    expect(await date.locator("label").allTextContents()).toEqual(["Month", "Day", "Year"]);
    await date.getByLabel("Month", { exact: true }).fill("31/12/2026");
    await page.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(page.getByTestId("error-summary")).toContainText("must be month first, then day, then year, like 11/20/2026");
    await expect(date.getByLabel("Month", { exact: true })).toHaveValue("31/12/2026");
    await date.getByLabel("Month", { exact: true }).fill("7/3/2026");
    await page.getByRole("button", { name: "Save and return to your answers" }).click();
    await expect(page).toHaveURL(/\/check\/pay-stub/);
  });
});

test("'Change' on the answers page returns to the answers page with the new answer", async ({ page }) => {
  await walkWorkedExample(page);
  await page.getByRole("link", { name: "Change your pay from this employer for the year, before tax" }).click();
  await expect(page).toHaveURL(/\/check\/your-pay\?returnTo=answers/);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("60,000");
  await page.getByRole("button", { name: "Save and return to your answers" }).click();
  await expect(page).toHaveURL(/\/check\/answers$/);
  await expect(page.getByText("$60,000")).toBeVisible();
  await page.getByRole("link", { name: "See your result" }).click();
  // Pay 60,000: the §415(c) limit is 100% of pay (domain §6): 60,000 - 24,500 - 1,800 match.
  await expect(page.getByTestId("after-tax-room")).toHaveText("$33,700");
});

test("keyboard only: Tab, Space and Enter carry a person through the whole journey", async ({ page }) => {
  await page.goto("/");
  const press = (key: string) => page.keyboard.press(key);
  async function tabTo(name: string | RegExp) {
    for (let i = 0; i < 60; i++) {
      await press("Tab");
      const label = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null;
        if (!element || element === document.body) return "";
        if (element.labels && element.labels.length > 0) return element.labels[0]!.textContent ?? "";
        return element.textContent ?? "";
      });
      if (typeof name === "string" ? label.trim() === name : name.test(label)) return;
    }
    throw new Error(`could not reach ${name} with Tab`);
  }
  async function choose(option: string) {
    await tabTo(option);
    await press("Space");
  }
  async function type(label: string, text: string) {
    await tabTo(label);
    await page.keyboard.type(text);
  }
  await tabTo("Start now ›");
  await press("Enter");
  await expect(page).toHaveURL(/after-tax$/);
  await choose("Yes");
  await press("Enter");
  await expect(page).toHaveURL(/in-plan-conversion$/);
  await choose("Yes");
  await press("Enter");
  await expect(page).toHaveURL(/plan-details$/);
  // Radios in a group: Tab reaches the group, arrow keys move within it; Space selects.
  await choose("Yes");
  await press("Tab");
  await press("ArrowDown");
  await press("Enter");
  await expect(page).toHaveURL(/plan-year$/);
  await tabTo("Continue");
  await press("Enter");
  await expect(page).toHaveURL(/about-you$/);
  await page.keyboard.press("Tab");
  await choose("2026");
  await type("Your age on December 31 of that year", "35");
  await press("Enter");
  await expect(page).toHaveURL(/your-pay$/);
  await type("Your pay from this employer for the year, before tax", "150000");
  // Tab reaches the first radio of an unanswered group; the arrow key moves to the next and picks it.
  await choose("Weekly (52 paychecks)");
  await press("ArrowDown");
  await press("Enter");
  await expect(page).toHaveURL(/last-year$/);
  await tabTo("Continue");
  await press("Enter");
  await expect(page).toHaveURL(/contributions$/);
  await choose("In dollars for the year");
  await type("Pre-tax and Roth contributions for the year", "24500");
  await press("Enter");
  await expect(page).toHaveURL(/after-tax-money$/);
  await tabTo("Continue");
  await press("Enter");
  await expect(page).toHaveURL(/employer$/);
  await choose("No match");
  await press("Enter");
  await expect(page).toHaveURL(/paychecks$/);
  // The arrow key moves from the first answer to the second, "Not now", and picks it.
  await tabTo(/^Yes, plan my paychecks/);
  await press("ArrowDown");
  await press("Enter");
  await expect(page).toHaveURL(/answers$/);
  await tabTo("See your result");
  await press("Enter");
  await expect(page).toHaveURL(/result$/);
  // No match: 72,000 - 24,500 = 47,500.
  await expect(page.getByTestId("after-tax-room")).toHaveText("$47,500");
});

test("catch-up is decided by this plan alone: age 55, $24,500 at a former employer and $8,000 here, no match: $64,000, and employer money after the year is warned", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await answerChoice(page, "Does your plan allow after-tax contributions?", "Yes");
  await answerChoice(page, "Can you convert after-tax money to Roth inside the plan?", "Yes");
  await expect(page).toHaveURL(/\/check\/plan-details$/);
  await page.getByRole("group", { name: /convert after-tax contributions to Roth automatically/ }).getByLabel("Yes", { exact: true }).check();
  await page.getByRole("group", { name: /limit after-tax contributions to a percentage/ }).getByLabel("No", { exact: true }).check();
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/plan-year$/);
  await page.getByRole("group", { name: /add money outside the match formula for the year after it ends/ }).getByLabel("Not sure", { exact: true }).check();
  await continueOn(page);

  await page.getByRole("group", { name: "Which tax year are you checking?" }).getByLabel("2026").check();
  await page.getByLabel("Your age on December 31 of that year").fill("55");
  await continueOn(page);
  await page.getByLabel("Your pay from this employer for the year, before tax").fill("150000");
  await page.getByRole("group", { name: "How often are you paid?" }).getByLabel("Every two weeks (26 paychecks)").check();
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/last-year$/);
  // Under the $150,000 Roth catch-up threshold: catch-ups may stay pre-tax.
  await page.getByRole("group", { name: /Did you work for this employer in 2025/ }).getByLabel("Yes", { exact: true }).check();
  await page.getByLabel(/Your Social Security wages from this employer in 2025/).fill("140000");
  await continueOn(page);

  await expect(page).toHaveURL(/\/check\/contributions$/);
  await page.getByRole("group", { name: /How do you want to enter/ }).getByLabel("In dollars for the year").check();
  await page.getByLabel("Pre-tax and Roth contributions for the year").fill("8000");
  await page.getByLabel(/other employers' 401\(k\), 403\(b\), SIMPLE or SARSEP plans/).fill("24500");
  await continueOn(page);
  await expect(page).toHaveURL(/\/check\/after-tax-money$/);
  await continueOn(page);
  await page.getByRole("group", { name: "How does your employer match your contributions?" }).getByLabel("No match").check();
  await continueOn(page);
  await skipPaychecks(page);
  await page.getByRole("link", { name: "See your result" }).click();

  // Treas. Reg. §1.414(v)-1(b)(1): none of the $8,000 here is catch-up, so 72,000 - 8,000 = 64,000 (not 72,000).
  await expect(page.getByTestId("after-tax-room")).toHaveText("$64,000");
  // The warnings are folded under "Watch out for": open them.
  await page.getByTestId("warnings-fold").locator("summary").first().click();
  const late = page.locator('[data-code="EMPLOYER_MONEY_AFTER_YEAR_END"]');
  await expect(late).toBeVisible();
  // The buffer: 5% of $150,000.
  await expect(late).toContainText("$7,500");
});
