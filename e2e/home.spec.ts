import { expect, test } from "@playwright/test";

test("the start page says what the check tells you", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Can you do a mega backdoor Roth?");
  await expect(page.getByText("after-tax room under the IRS annual additions limit")).toBeVisible();
});

test("the health route reports the database reachable", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "reachable" });
});
