import { describe, expect, it } from "vitest";
import { env, parseEnv } from "./env.server";

const defaults = {
  DATABASE_URL: "file:./data/app.db",
  SESSION_TTL_DAYS: 30,
  RATE_LIMIT_SESSION_CREATES_PER_HOUR: 60,
  RATE_LIMIT_RESUMES_PER_HOUR: 30,
  RATE_LIMIT_UPLOADS_PER_HOUR: 30,
  RATE_LIMIT_CHECKLIST_PDFS_PER_HOUR: 60,
  RATE_LIMIT_EVALUATIONS_PER_HOUR: 600,
  PLAN_DOCUMENT_READ_SECONDS: 20,
  TRUSTED_PROXY_HOPS: 0,
};

describe("parseEnv", () => {
  it("fills in the defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual(defaults);
  });

  it("treats an empty value as not set", () => {
    const empty = Object.fromEntries(Object.keys(defaults).map((name) => [name, ""]));
    expect(parseEnv({ ...empty, RATE_LIMIT_SECRET: "" })).toEqual(defaults);
  });

  it("reads the values it is given, typed", () => {
    const parsed = parseEnv({ DATABASE_URL: "file:/var/lib/app/sessions.db", SESSION_TTL_DAYS: "7" });
    expect(parsed).toEqual({ ...defaults, DATABASE_URL: "file:/var/lib/app/sessions.db", SESSION_TTL_DAYS: 7 });
  });

  it.each(["1", "365"])("accepts SESSION_TTL_DAYS=%s at the edge of the range", (days) => {
    expect(parseEnv({ SESSION_TTL_DAYS: days }).SESSION_TTL_DAYS).toBe(Number(days));
  });

  it.each([
    ["0", "must be at least 1 day"],
    ["366", "must be at most 365 days"],
    ["-3", "must be a whole number of days"],
    ["1.5", "must be a whole number of days"],
    ["1e2", "must be a whole number of days"],
    ["thirty", "must be a whole number of days"],
    [" 30", "must be a whole number of days"],
  ])("refuses SESSION_TTL_DAYS=%j, naming it", (days, why) => {
    expect(() => parseEnv({ SESSION_TTL_DAYS: days })).toThrow(`SESSION_TTL_DAYS ${why} (got "${days}")`);
  });

  it.each(["postgresql://app:secret@db.internal:5432/app", "postgres://app@db.internal/app?sslmode=require"])(
    "accepts a PostgreSQL url (%s)",
    (url) => {
      expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
    },
  );

  it("refuses a database url it cannot open, without echoing a password", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://app:hunter2@db.internal/app" });
    expect(attempt).toThrow(
      'DATABASE_URL must start with file: (a SQLite file) or postgresql: or postgres: (a PostgreSQL server), got "mysql:…"',
    );
    expect(attempt).not.toThrow(/hunter2/);
  });

  it("reads the rate limits and the proxy hops", () => {
    const parsed = parseEnv({
      RATE_LIMIT_SESSION_CREATES_PER_HOUR: "5",
      RATE_LIMIT_RESUMES_PER_HOUR: "1000",
      RATE_LIMIT_SECRET: "s".repeat(32),
      TRUSTED_PROXY_HOPS: "2",
    });
    expect(parsed).toMatchObject({
      RATE_LIMIT_SESSION_CREATES_PER_HOUR: 5,
      RATE_LIMIT_RESUMES_PER_HOUR: 1000,
      RATE_LIMIT_SECRET: "s".repeat(32),
      TRUSTED_PROXY_HOPS: 2,
    });
  });

  it.each([
    ["RATE_LIMIT_SESSION_CREATES_PER_HOUR", "0", "must be at least 1"],
    ["RATE_LIMIT_RESUMES_PER_HOUR", "ten", "must be a whole number of lookups"],
    ["TRUSTED_PROXY_HOPS", "-1", "must be a whole number of proxies"],
    ["TRUSTED_PROXY_HOPS", "11", "must be at most 10"],
  ])("refuses %s=%j, naming it", (name, value, why) => {
    expect(() => parseEnv({ [name]: value })).toThrow(`${name} ${why} (got "${value}")`);
  });

  it("reads APP_TODAY as a fixed date and refuses one that is not a date", () => {
    expect(parseEnv({ APP_TODAY: "2026-07-10" }).APP_TODAY).toBe("2026-07-10");
    expect(parseEnv({}).APP_TODAY).toBeUndefined();
    expect(() => parseEnv({ APP_TODAY: "10/07/2026" })).toThrow(/APP_TODAY must be a date as YYYY-MM-DD/);
    expect(() => parseEnv({ APP_TODAY: "2026-13-45" })).toThrow(/APP_TODAY must be a real date/);
  });

  it("refuses a short RATE_LIMIT_SECRET without echoing it", () => {
    const attempt = () => parseEnv({ RATE_LIMIT_SECRET: "hunter2" });
    expect(attempt).toThrow("RATE_LIMIT_SECRET must be at least 32 characters");
    expect(attempt).not.toThrow(/hunter2/);
  });

  it("names every wrong variable at once", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "mysql://x", SESSION_TTL_DAYS: "0" });
    expect(attempt).toThrow(/^Invalid environment variables:\n {2}DATABASE_URL .*\n {2}SESSION_TTL_DAYS /);
  });

  it("ignores variables it does not know", () => {
    expect(parseEnv({ HOME: "/root", NODE_ENV: "test" })).not.toHaveProperty("HOME");
  });
});

describe("env", () => {
  it("is this process's environment, parsed", () => {
    expect(env).toEqual(parseEnv(process.env));
    expect(Number.isInteger(env.SESSION_TTL_DAYS)).toBe(true);
  });
});
