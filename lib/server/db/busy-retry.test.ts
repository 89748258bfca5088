import { describe, expect, it } from "vitest";
import { isBusyError, withBusyRetry } from "./busy-retry";

// As Prisma 6.19 wraps a better-sqlite3 SQLITE_BUSY (measured with a second connection holding BEGIN EXCLUSIVE).
const busy = Object.assign(new Error("Operation has timed out"), {
  code: "P1008",
  meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "SQLITE_BUSY", originalMessage: "database is locked", kind: "SocketTimeout" } } },
});

describe("isBusyError", () => {
  it("recognises SQLITE_BUSY through Prisma's wrapping, and nothing else", () => {
    expect(isBusyError(busy)).toBe(true);
    expect(isBusyError({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
    expect(isBusyError(new Error("x", { cause: { code: "SQLITE_LOCKED" } }))).toBe(true);
    expect(isBusyError(Object.assign(new Error("x"), { code: "P2002" }))).toBe(false);
    expect(isBusyError({ code: "SQLITE_CONSTRAINT" })).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });
});

describe("withBusyRetry", () => {
  it("tries again after a pause while the database is busy, then returns the result", async () => {
    let calls = 0;
    const result = await withBusyRetry(async () => {
      calls++;
      if (calls < 4) throw busy;
      return "saved";
    });
    expect(result).toBe("saved");
    expect(calls).toBe(4);
  });

  it("gives up with the busy error once the deadline has passed", async () => {
    let clock = 0;
    let calls = 0;
    const attempt = withBusyRetry(
      async () => {
        calls++;
        clock += 400;
        throw busy;
      },
      { deadlineMs: 1_000, now: () => clock },
    );
    await expect(attempt).rejects.toBe(busy);
    expect(calls).toBe(3);
  });

  it("passes any other error straight through, without retrying", async () => {
    let calls = 0;
    const other = new Error("constraint");
    await expect(withBusyRetry(async () => { calls++; throw other; })).rejects.toBe(other);
    expect(calls).toBe(1);
  });

  it("leaves the event loop free while it waits", async () => {
    let calls = 0;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await withBusyRetry(async () => {
      if (++calls < 8) throw busy;
    });
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(5);
  });
});
