import { expect, test } from "@playwright/test";
import { walkWorkedExample } from "./wizard";

test("every page carries the security headers with a fresh CSP nonce that its scripts use", async ({ page, request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()).toMatchObject({
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
  });
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  // Served over plain HTTP here: no HSTS.
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  const api = await request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'self'");

  const response = await page.goto("/");
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"]!)![1];
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  for (const scriptNonce of scriptNonces) expect(scriptNonce).toBe(nonce);
});

test("the whole journey runs with no CSP violation and no request leaving the machine", async ({ page }) => {
  const refused: string[] = [];
  const offsite: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") offsite.push(request.url());
  });
  await walkWorkedExample(page);
  await page.getByRole("link", { name: "See your result" }).click();
  await expect(page.getByTestId("after-tax-room")).toHaveText("$43,000");
  expect(refused).toEqual([]);
  expect(offsite).toEqual([]);
});

test("a 404 for the favicon carries the security headers, and error pages are never cached", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(404);
  expect(favicon.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(favicon.headers()["x-content-type-options"]).toBe("nosniff");
  for (const path of ["/_global-error", "/_not-found"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"], path).toContain("no-store");
    expect(response.headers()["cache-control"], path).not.toContain("max-age=31536000");
  }
});

test("the proxy lets a plan document of about 15 MB through to its upload route, and nothing that large anywhere else", async ({ request }) => {
  const fifteenMegabytes = Buffer.alloc(15 * 1000 * 1000, "a");
  const upload = await request.post("/api/plan-document", {
    headers: { "content-type": "application/octet-stream" },
    data: fifteenMegabytes,
  });
  // Whatever the upload route answers, the proxy did not refuse the size.
  expect([411, 413]).not.toContain(upload.status());
  const elsewhere = await request.post("/api/evaluate", { headers: { "content-type": "application/json" }, data: Buffer.alloc(100 * 1024, " ") });
  expect(elsewhere.status()).toBe(413);
  expect(await elsewhere.text()).toBe("The request is too large.");
});
