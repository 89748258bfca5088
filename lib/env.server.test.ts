import { describe, expect, it } from "vitest";
import { env, parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("fills in the defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({ DATABASE_URL: "file:./data/app.db", SESSION_TTL_DAYS: 30 });
  });

  it("treats an empty value as not set", () => {
    expect(parseEnv({ DATABASE_URL: "", SESSION_TTL_DAYS: "" })).toEqual({
      DATABASE_URL: "file:./data/app.db",
      SESSION_TTL_DAYS: 30,
    });
  });

  it("reads the values it is given, typed", () => {
    const parsed = parseEnv({ DATABASE_URL: "file:/var/lib/app/sessions.db", SESSION_TTL_DAYS: "7" });
    expect(parsed).toEqual({ DATABASE_URL: "file:/var/lib/app/sessions.db", SESSION_TTL_DAYS: 7 });
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

  it("refuses a database url it cannot open yet, without echoing a password", () => {
    const attempt = () => parseEnv({ DATABASE_URL: "postgresql://app:hunter2@db.internal/app" });
    expect(attempt).toThrow('DATABASE_URL must start with file: (a SQLite file), got "postgresql:…"');
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
