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

test("POST /api/evaluate: age 45, $30,000 deferred counts $24,500 toward §415(c) (room $43,000) and the new fields and codes are in the contract", async ({ request }) => {
  const response = await request.post("/api/evaluate", {
    data: {
      ...workedExample,
      plan: { ...workedExample.plan, lateEmployerMoney: "yes", calendarPlanYear: "no" },
      person: { ageAtYearEnd: 45, compensation: 150_000, fivePercentOwner: true },
      contributions: { employeeDeferrals: 30_000 },
    },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  // Treas. Reg. §1.415(c)-1(b)(2)(ii)(D): 72,000 - 24,500 - 4,500 = 43,000, the $5,500 excess paid back by April 15.
  expect(body.room).toMatchObject({ deferralsCounted: 24500, excessDeferrals: 5500, afterTaxRoom: 43000 });
  expect(body.isHce).toBe(true);
  expect(body.afterTaxSplit).toBeNull();
  expect(body.warnings.map((warning: { code: string }) => warning.code)).toEqual(
    expect.arrayContaining(["EXCESS_DEFERRALS", "ACP_TEST_RISK", "EMPLOYER_MONEY_AFTER_YEAR_END", "PLAN_YEAR_NOT_CALENDAR"]),
  );
});

test("POST /api/evaluate adds `result`: the page's verdict, election and warnings, on pay capped at §401(a)(17)", async ({ request }) => {
  // The test server's today is July 10, 2026: about 13 paychecks are left (26 x 174 / 365 = 12.4,
  // rounded up). Pay 400,000: match 50% of 6% of 360,000 = 10,800; room 72,000 - 24,500 - 10,800
  // = 36,700; 36,700 / 13 = 2,823.07 a paycheck. On capped pay (360,000 / 26 = 13,846.15 a
  // paycheck) 20% is 2,769.23 (x 13 = 35,999.99, within the room) and 21% would be 2,907.69.
  const response = await request.post("/api/evaluate", {
    data: { ...workedExample, person: { ...workedExample.person, compensation: 400_000, payPeriodsPerYear: 26, payPeriodsRemaining: 13 } },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.room.perPaycheck).toMatchObject({ periods: 13, amount: 2823.07, percentOfPayWhole: 20 });
  const result = body.result;
  expect(result.today).toBe("2026-07-10");
  expect(result.verdict).toBe("Yes, based on your answers: your plan lets you do a mega backdoor Roth.");
  expect(result.headline).toMatchObject({ paychecksLeft: 13, perPaycheck: 2823.07, percentOfPay: 20, election: "20%" });
  expect(result.headline.sentence).toContain("set your after-tax election to $2,823.07 a paycheck, or 20% of pay");
  expect(result.room.leftToContribute).toBe(36_700);
  expect(result.room.rows.map((row: { code: string }) => row.code)).toEqual([
    "ANNUAL_ADDITIONS_LIMIT",
    "DEFERRALS_COUNTED",
    "EMPLOYER_MONEY",
    "AFTER_TAX_ROOM",
  ]);
  expect(result.warnings.map((warning: { code: string }) => warning.code)).toEqual(body.warnings.map((warning: { code: string }) => warning.code));
  expect(result.warnings.map((warning: { code: string }) => warning.code)).toContain("PAY_CAP_STOPS_CONTRIBUTIONS");
});

test("POST /api/evaluate reads the year as of the server's date: 2025 is closed and its unrefunded excess counts in full", async ({ request }) => {
  // APP_TODAY is 2026-07-10, after April 15, 2026: 25,000 deferred in 2025 is 1,500 over 23,500
  // and was not paid back, so all of it counts (Treas. Reg. §1.415(c)-1(b)(2)(ii)(D)):
  // 70,000 - 25,000 - 4,500 = 40,500.
  const response = await request.post("/api/evaluate", {
    data: { ...workedExample, taxYear: 2025, contributions: { employeeDeferrals: 25_000 } },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.room).toMatchObject({ deferralsCounted: 25000, excessDeferrals: 1500, afterTaxRoom: 40500 });
  expect(body.reasons.map((reason: { code: string }) => reason.code)).toContain("YEAR_CLOSED");
  const checklist = body.checklist.map((item: { code: string }) => item.code);
  expect(checklist).not.toContain("SET_AFTER_TAX_ELECTION");
  expect(checklist).not.toContain("WATCH_LAST_PAYCHECKS");
  const excess = body.warnings.find((warning: { code: string }) => warning.code === "EXCESS_DEFERRALS");
  expect(excess.message).toContain("IRC §402(g)(6)");
  expect(excess.message).toContain("IRC §401(a)(30)");
});
