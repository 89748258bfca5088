import type { Page } from "@playwright/test";
import { expect, test, workedExampleWithPlan } from "./fixtures";

// The result on a 375 px phone: what to do first, the rest folded behind <details> that open
// without JavaScript. Measured with everything folded, with JavaScript on and off.

async function measure(page: Page) {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = false;
    const main = document.querySelector("main")!;
    const words = main.innerText.split(/\s+/).filter(Boolean).length;
    return { height: document.documentElement.scrollHeight, words };
  });
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 375 px, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ viewport: { width: 375, height: 667 }, javaScriptEnabled });

    test("the result is at most 5,000 px tall folded, and every action comes before the first table", async ({ page, seedSession }) => {
      await seedSession(workedExampleWithPlan);
      await page.goto("/check/result");
      await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
      const { height, words } = await measure(page);
      test.info().annotations.push({ type: "result at 375 px, folded", description: `${height} px, ${words} words` });
      console.log(`result at 375 px, JavaScript ${javaScriptEnabled ? "on" : "off"}: ${height} px, ${words} words`);
      await page.screenshot({ path: `test-results/result-375-${javaScriptEnabled ? "js" : "nojs"}.png`, fullPage: true });
      expect(height).toBeLessThanOrEqual(5_000);
      // The actions (the elections to set, and the checklist) sit above the first table on the page.
      // Folded, no table may show at all: then every action is above the first table by definition.
      const tables = page.locator("table:visible");
      const firstTable = (await tables.count()) > 0 ? await tables.first().boundingBox() : null;
      const actions = page.getByTestId("actions");
      const actionsBox = await actions.boundingBox();
      expect(actionsBox).not.toBeNull();
      if (firstTable) expect(actionsBox!.y + actionsBox!.height).toBeLessThanOrEqual(firstTable.y);
    });
  });
}
