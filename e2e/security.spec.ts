import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { flateBombPdf, manySentencesText, nestedFormXObjectPdf, quadraticText, textOperatorPdf } from "./hostile-documents";
import { residentMb, serverPid } from "./server-process";
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

// ---------------------------------------------------------------- hostile plan documents
// Each input is built here (e2e/hostile-documents.ts). This server's read deadline is 8 s
// (PLAN_DOCUMENT_READ_SECONDS in playwright.config.ts; 20 s by default).
const READ_DEADLINE_MS = 8_000;
const PORT = Number(process.env.E2E_PORT ?? 3107);

type Upload = { text: string } | { pdf: Uint8Array };

/**
 * Sends one document to the API and, while it is read, asks /api/health every 200 ms and samples
 * the server's resident memory: how long the read took, the slowest health answer, and how far
 * memory grew above where it stood before.
 */
async function readWhileWatching(request: APIRequestContext, upload: Upload) {
  const pid = serverPid(PORT);
  expect(pid, "the server's process, found by its port").not.toBeNull();
  const rssBefore = residentMb(pid!);
  let peakRss = rssBefore;
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, residentMb(pid!));
    } catch {
      // The process is gone: the test fails on its answer.
    }
  }, 100);
  const started = performance.now();
  let done = false;
  const reading = (
    "text" in upload
      ? request.post("/api/plan-document", { headers: { "content-type": "text/plain; charset=utf-8" }, data: upload.text, timeout: 60_000 })
      : request.post("/api/plan-document", { multipart: { file: { name: "plan.pdf", mimeType: "application/pdf", buffer: Buffer.from(upload.pdf) } }, timeout: 60_000 })
  ).finally(() => {
    done = true;
  });
  const healthTimes: number[] = [];
  while (!done) {
    const asked = performance.now();
    const health = await request.get("/api/health", { timeout: 10_000 });
    healthTimes.push(performance.now() - asked);
    expect(health.status()).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const response = await reading;
  const ms = performance.now() - started;
  clearInterval(sampler);
  const result = { status: response.status(), body: (await response.json()) as { problem?: string; error?: string }, ms, slowestHealthMs: Math.max(0, ...healthTimes), rssGrowthMb: peakRss - rssBefore, cacheControl: response.headers()["cache-control"] };
  console.log(`${JSON.stringify({ ...result, body: result.body.problem ?? "findings" })}`);
  return result;
}

function expectBounded(result: Awaited<ReturnType<typeof readWhileWatching>>) {
  expect(result.status).toBeLessThan(500);
  expect(result.ms).toBeLessThan(READ_DEADLINE_MS + 3_000);
  expect(result.slowestHealthMs).toBeLessThan(2_000);
  expect(result.rssGrowthMb).toBeLessThan(300);
  expect(result.cacheControl).toContain("no-store");
}

test.describe("a hostile plan document costs its own read, never the server", () => {
  test.setTimeout(90_000);

  test("a 3 KB page of form XObjects nested 10 x 9 levels: 'took too long to read' (422) at the deadline", async ({ request }) => {
    const pdf = nestedFormXObjectPdf(9, 10);
    expect(pdf.length).toBeLessThan(4 * 1024);
    const result = await readWhileWatching(request, { pdf });
    expectBounded(result);
    expect(result.status).toBe(422);
    expect(result.body).toMatchObject({ problem: "too-slow" });
    expect(result.body.error).toContain("This document took too long to read");
    // And the next person's document is read as usual.
    const ordinary = await request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: "The Plan permits after-tax contributions." });
    expect(ordinary.status()).toBe(200);
    expect((await ordinary.json()).afterTaxContributions.answer).toBe("yes");
  });

  test("a 535 KB page of text operators answers within the deadline", async ({ request }) => {
    expectBounded(await readWhileWatching(request, { pdf: textOperatorPdf(535 * 1024) }));
  });

  test("a Flate bomb (510 KB inflating to 512 MiB) is refused before it is inflated", async ({ request }) => {
    const pdf = flateBombPdf(512);
    expect(pdf.length).toBeLessThan(600 * 1024);
    const result = await readWhileWatching(request, { pdf });
    expectBounded(result);
    expect(result.status).toBe(413);
    expect(result.body).toMatchObject({ problem: "too-large-inflated" });
  });

  test("quadratic pasted text (480 KB) and 200,000 short sentences answer within the deadline", async ({ request }) => {
    expectBounded(await readWhileWatching(request, { text: quadraticText(480 * 1024) }));
    expectBounded(await readWhileWatching(request, { text: manySentencesText(200_000) }));
  });
});

/** The ids of this build's server actions, by name (the same manifest e2e/fuzz.spec.ts reads). */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name)?.[0];
  expect(id, name).toBeDefined();
  return id!;
}

test("the plan-document actions answer crafted arguments with the page, never a 500", async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const bodies = [
    "[]",
    "[null]",
    '["not form data"]',
    '[1, 2, 3]',
    '[{"stage":"upload","attempt":"NaN"},"not form data"]',
    '[{"stage":"upload","attempt":1e308},{"file":"x"}]',
    '["$undefined","$undefined"]',
    '[{"stage":"review"},null,null]',
  ];
  for (const name of ["readDocument", "confirmDocumentAnswers"]) {
    const id = actionId(name);
    for (const data of bodies) {
      const response = await request.post("/check/plan-document", {
        headers: { origin, "next-action": id, "content-type": "text/plain;charset=UTF-8" },
        data,
        maxRedirects: 0,
      });
      expect(response.status(), `${name} with ${data}`).toBeLessThan(500);
    }
  }
});

test("a confirmed cap of 1e-7, 5e-324 or 0x10 is refused with a message and not saved", async ({ page }) => {
  for (const cap of ["1e-7", "5e-324", "0x10"]) {
    await page.goto("/check/plan-document");
    await page.getByLabel("Or paste the text of the document").fill("You may make after-tax contributions of up to 10% of your pay on an after-tax basis.");
    await page.getByRole("button", { name: "Read my document" }).click();
    await expect(page.getByTestId("plan-document-review")).toBeVisible();
    await page.locator('input[name="document-cap"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), cap);
    await page.getByTestId("plan-document-review").evaluate((form) => (form as HTMLFormElement).requestSubmit());
    await expect(page.getByTestId("answers-rejected"), cap).toContainText("nothing was saved");
  }
  // And a cap as the reader found it is kept.
  await page.goto("/check/plan-document");
  await page.getByLabel("Or paste the text of the document").fill("You may make after-tax contributions of up to 10% of your pay on an after-tax basis.");
  await page.getByRole("button", { name: "Read my document" }).click();
  await page.getByTestId("plan-document-review").evaluate((form) => (form as HTMLFormElement).requestSubmit());
  await expect(page).toHaveURL(/\/check\//);
  await expect(page.getByTestId("answers-rejected")).toHaveCount(0);
});

test("API answers to a POST are never cached, and a body past the limit is refused on its declared length before it is sent", async ({ request, baseURL }) => {
  const evaluated = await request.post("/api/evaluate", { data: {} });
  expect(evaluated.headers()["cache-control"]).toContain("no-store");
  const read = await request.post("/api/plan-document", { headers: { "content-type": "text/plain" }, data: "The Plan permits after-tax contributions." });
  expect(read.headers()["cache-control"]).toContain("no-store");

  // 17 MB declared, nothing sent: the answer comes at once, without waiting for the body.
  const url = new URL("/api/plan-document", baseURL);
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const outgoing = httpRequest(url, { method: "POST", headers: { "content-type": "text/plain", "content-length": String(17 * 1024 * 1024) } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
      outgoing.destroy();
    });
    outgoing.on("error", reject);
    outgoing.flushHeaders();
  });
  expect(status).toBe(413);
  expect(performance.now() - started).toBeLessThan(2_000);
});
