import { expect, test } from "@playwright/test";
import { WORKED_EXAMPLE } from "../lib/rules/sample-answers";

// The worked example of domain §6 in the public JSON shape.
const workedExample = WORKED_EXAMPLE;

test("POST /api/evaluate answers the worked example with room 43,000 (domain §6)", async ({ request }) => {
  const response = await request.post("/api/evaluate", { data: workedExample });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("eligible");
  expect(body.room).toMatchObject({ annualAdditionsLimit: 72000, deferralsCounted: 24500, employerContributions: 4500, afterTaxRoom: 43000 });
  expect(body.limits).toMatchObject({ taxYear: 2026, annualAdditions: 72000 });
  expect(body.limits.source).toContain("2025-67");
});

test("POST /api/evaluate answers bad input with 400 and a message per field, never 500", async ({ request }) => {
  const invalid = await request.post("/api/evaluate", {
    data: { ...workedExample, person: { ageAtYearEnd: 12, compensation: -1 } },
  });
  expect(invalid.status()).toBe(400);
  const body = await invalid.json();
  expect(body.errors).toEqual(
    expect.arrayContaining([
      { path: "person.ageAtYearEnd", message: "Enter your age at the end of the year, between 18 and 120" },
      expect.objectContaining({ path: "person.compensation" }),
    ]),
  );

  const malformed = await request.post("/api/evaluate", {
    headers: { "content-type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toBe("The request body is not valid JSON");

  const huge = await request.post("/api/evaluate", {
    headers: { "content-type": "application/json" },
    data: Buffer.from(JSON.stringify({ padding: "x".repeat(70 * 1024) })),
  });
  expect(huge.status()).toBe(413);
});
