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
