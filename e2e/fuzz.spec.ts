import { readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import Database from "better-sqlite3";
import fc from "fast-check";
import { expect, test } from "@playwright/test";

const DATABASE_FILE = (process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db").slice("file:".length);

const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "plan", "person", "taxYear", "💥", "");
const hostileLeaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 2026, 150000, "yes", "no", "unsure", "NaN", "Infinity"),
  fc.double(),
  fc.string({ unit: "binary", maxLength: 50 }),
  fc.integer(),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostileLeaf, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(hostileKey, tie("value"), { maxKeys: 5 })),
})).value;

/** Answers that are nearly right: the worked example with one part replaced by something hostile. */
const sometimes = <T,>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: hostileLeaf });
const nearlyValid = fc.record({
  taxYear: sometimes(fc.constantFrom(2025, 2026, 2031)),
  plan: fc.oneof(
    fc.constant({ afterTaxContributions: "yes", inPlanRothConversion: "yes", inServiceWithdrawal: "no", employerMatch: { kind: "none" } }),
    hostileValue,
  ),
  person: fc.oneof(
    { weight: 4, arbitrary: fc.record({ ageAtYearEnd: sometimes(fc.integer({ min: 18, max: 120 })), compensation: sometimes(fc.integer({ min: 0, max: 1_000_000 })) }) },
    { weight: 1, arbitrary: hostileValue },
  ),
  contributions: fc.oneof(
    { weight: 4, arbitrary: fc.record({ employeeDeferrals: sometimes(fc.integer({ min: 0, max: 30_000 })) }) },
    { weight: 1, arbitrary: hostileValue },
  ),
});

function deepNesting(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

test("thousands of random and hostile bodies get only 200, 400 or 413 from the API, and the server stays up", async ({ request }) => {
  test.setTimeout(180_000);
  const bodies: string[] = [
    ...fc.sample(hostileValue, 1200).map((value) => JSON.stringify(value) ?? "null"),
    ...fc.sample(nearlyValid, 1200).map((value) => JSON.stringify(value)),
    ...fc.sample(fc.string({ unit: "binary", maxLength: 200 }), 400),
    deepNesting(100_000),
    '{"__proto__": {"polluted": true}, "taxYear": 2026}',
    '{"constructor": {"prototype": {"polluted": true}}}',
    JSON.stringify({ taxYear: 2026, padding: "x".repeat(100_000) }),
    "\u0000\u0001\u0002",
  ];
  const statuses = new Map<number, number>();
  for (const body of bodies) {
    const response = await request.post("/api/evaluate", {
      headers: { "content-type": "application/json" },
      data: Buffer.from(body),
    });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    expect([200, 400, 413], `status for ${body.slice(0, 80)}`).toContain(response.status());
    const text = await response.text();
    expect(text).not.toMatch(/at .*\.(js|ts):\d+/);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((await request.get("/api/health")).status()).toBe(200);
  // Most bodies are rejected, and some nearly-valid ones get through: both paths were exercised.
  expect(statuses.get(400) ?? 0).toBeGreaterThan(1000);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
});

test("hostile form posts to the wizard's server actions change nothing that was saved", async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto("/");
  await page.getByRole("button", { name: "Start now" }).click();
  await page.getByLabel("Yes", { exact: true }).check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/in-plan-conversion$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "mbr_session")!;
  const database = new Database(DATABASE_FILE, { readonly: true });
  const row = () => database.prepare("SELECT answers, version FROM WizardSession WHERE updatedAt = (SELECT MAX(updatedAt) FROM WizardSession)").get();
  const before = row();

  // The form exactly as the page renders it, for a browser without JavaScript.
  await page.goto("/check/in-plan-conversion");
  const hidden = await page.locator("form input[type=hidden]").evaluateAll((inputs) =>
    inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value] as const),
  );
  const hostileText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom("-1", "1e308", "NaN", "99999999999999999999", "<script>alert(1)</script>", "__proto__", "17", "121", "$1,2,3"),
  );
  const posts = fc.sample(fc.record({ inPlanRothConversion: hostileText, version: hostileText, returnTo: hostileText, extra: hostileText }), 300);
  for (const fields of posts) {
    const form: Record<string, string> = Object.fromEntries(hidden);
    // Always an answer that cannot be true, so every post must be refused.
    Object.assign(form, fields, { inPlanRothConversion: `x${fields.inPlanRothConversion}` });
    const response = await request.post("/check/in-plan-conversion", {
      multipart: form,
      headers: { cookie: `mbr_session=${cookie.value}`, origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect([200, 400, 413]).toContain(response.status());
  }
  // A body far larger than any form is refused before the action runs.
  const oversized = await request.post("/check/in-plan-conversion", {
    multipart: { ...Object.fromEntries(hidden), inPlanRothConversion: "yes", padding: "x".repeat(200 * 1024) },
    headers: { cookie: `mbr_session=${cookie.value}`, origin: new URL(page.url()).origin },
    maxRedirects: 0,
  });
  expect(oversized.status()).toBe(413);
  database.close();
  const after = new Database(DATABASE_FILE, { readonly: true });
  try {
    expect(after.prepare("SELECT answers, version FROM WizardSession WHERE updatedAt = (SELECT MAX(updatedAt) FROM WizardSession)").get()).toEqual(before);
  } finally {
    after.close();
  }
  expect((await request.get("/api/health")).status()).toBe(200);
});

/** The build's server actions, by name: their ids change with every build. */
function serverActions(): { id: string; name: string }[] {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: entry.exportedName ?? "?" }));
}

/** A body sent in chunks with no Content-Length, which a length check alone lets through. */
function chunkedPost(url: string, headers: Record<string, string>, size: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(url, { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    outgoing.on("error", reject);
    const chunk = Buffer.alloc(8 * 1024, "x");
    for (let sent = 0; sent < size; sent += chunk.length) outgoing.write(chunk);
    outgoing.end();
  });
}

test("crafted server-action calls, malformed and chunked bodies get a 4xx or an ordinary answer, never a 5xx", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const actions = serverActions();
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(["saveStep", "startCheck", "startAgain", "deleteAnswers"]));
  const textBodies = [
    '["after-tax",null,"not form data"]', // state=null, a string for the FormData
    '["after-tax",{"values":{"x":1},"attempt":"NaN","version":{}},{"afterTaxContributions":"nope"}]',
    '["no-such-step",{},"x"]',
    "[null]",
    "[]",
    "null",
    "{}",
    '"just a string"',
    "not json at all",
    `[${Array(2_000).fill("1").join(",")}]`, // an over-long argument list
    `[${Array(17).fill('"x"').join(",")}]`,
    '["$K1"]',
    '["$@1"]',
    '["$Q1","$W2","$T3"]',
    "[".repeat(5_000) + "]".repeat(5_000),
    JSON.stringify(["after-tax", { values: {}, errors: {}, version: 1, attempt: 0 }, "x".repeat(60_000)]),
  ];
  const statuses = new Map<number, number>();
  const check = (status: number, what: string) => {
    statuses.set(status, (statuses.get(status) ?? 0) + 1);
    expect(status, what).toBeLessThan(500);
  };
  for (const action of actions) {
    for (const body of textBodies) {
      const response = await request.post("/check/after-tax", {
        headers: { origin, "next-action": action.id, "content-type": "text/plain;charset=UTF-8" },
        data: body,
        maxRedirects: 0,
      });
      check(response.status(), `${action.name} with ${body.slice(0, 60)}`);
    }
    // Malformed multipart: a boundary that never closes, and one that is never declared.
    for (const [type, body] of [
      ["multipart/form-data; boundary=XYZ", '--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n--XY'],
      ["multipart/form-data", "--a\r\n\r\n"],
      ["multipart/form-data; boundary=XYZ", `--XYZ\r\nContent-Disposition: form-data; name="0"\r\n\r\n[${Array(50).fill(0).join(",")}]\r\n--XYZ--\r\n`],
    ] as const) {
      const response = await request.post("/check/after-tax", {
        headers: { origin, "next-action": action.id, "content-type": type },
        data: Buffer.from(body),
        maxRedirects: 0,
      });
      check(response.status(), `${action.name} with malformed multipart`);
    }
    // Chunked, past 64 KB, no length: refused with 411 before the action's body is read.
    expect(await chunkedPost(`${origin}/check/after-tax`, { origin, "next-action": action.id, "content-type": "text/plain;charset=UTF-8" }, 80 * 1024)).toBe(411);
  }
  // A no-JavaScript form post that is cut short, and Origins that do not parse.
  check((await request.post("/check/after-tax", { headers: { origin, "content-type": "multipart/form-data; boundary=Q" }, data: Buffer.from("--Q\r\nContent-Disposition: form-data; name=\"$ACTION_ID_00\"\r\n\r\n"), maxRedirects: 0 })).status(), "cut-short form");
  for (const bad of ["null", "http://[::1", "not a url"]) {
    const response = await request.post("/check/after-tax", { headers: { origin: bad, "next-action": actions[0]!.id }, data: "[]" });
    expect(response.status()).toBe(403);
  }
  // The API reads a chunked body itself, and stops at 64 KB.
  expect(await chunkedPost(`${origin}/api/evaluate`, { "content-type": "application/json" }, 200 * 1024)).toBe(413);
  expect((await request.get("/api/health")).status()).toBe(200);
  // Both the refusals and the actions' own answers were exercised.
  expect(statuses.get(400) ?? 0).toBeGreaterThan(0);
  expect(statuses.get(200) ?? 0).toBeGreaterThan(0);
});

test("an API error names at most 20 problems, each cut short: a hostile body is not echoed back", async ({ request }) => {
  // About 25 KB, inside the 64 KB limit: zod's one message would name all 1,500 keys.
  const unknownKeys = Object.fromEntries(Array.from({ length: 1_500 }, (_, i) => [`unknown_${i}`, i]));
  const response = await request.post("/api/evaluate", { data: { taxYear: 2026, ...unknownKeys } });
  expect(response.status()).toBe(400);
  const text = await response.text();
  expect(text.length).toBeLessThan(8 * 1024);
  const body = JSON.parse(text) as { errors: { path: string; message: string }[] };
  expect(body.errors.length).toBeLessThanOrEqual(20);
  for (const error of body.errors) expect(error.message.length).toBeLessThanOrEqual(200);
});
