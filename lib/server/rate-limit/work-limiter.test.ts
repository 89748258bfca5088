import { beforeEach, describe, expect, it } from "vitest";
import { consumeWork, MAX_CLIENTS, resetWorkLimits } from "./work-limiter";

const HOUR = 60 * 60 * 1000;
const t0 = Date.UTC(2026, 2, 1, 12); // the start of a window

describe("hourly limits on work", () => {
  beforeEach(resetWorkLimits);

  it("allows the limit per hour, then refuses with the seconds left in the hour", () => {
    const allowed = Array.from({ length: 4 }, () => consumeWork("upload", "192.0.2.1", 3, t0 + 15 * 60 * 1000).allowed);
    expect(allowed).toEqual([true, true, true, false]);
    expect(consumeWork("upload", "192.0.2.1", 3, t0 + 15 * 60 * 1000)).toEqual({ allowed: false, retryAfterSeconds: 45 * 60 });
    expect(consumeWork("upload", "192.0.2.1", 3, t0 + HOUR).allowed).toBe(true);
  });

  it("counts each scope and each client apart", () => {
    for (let i = 0; i < 3; i++) consumeWork("upload", "192.0.2.1", 3, t0);
    expect(consumeWork("upload", "192.0.2.1", 3, t0).allowed).toBe(false);
    expect(consumeWork("upload", "192.0.2.2", 3, t0).allowed).toBe(true);
    expect(consumeWork("evaluate", "192.0.2.1", 3, t0).allowed).toBe(true);
  });

  it("puts new clients past the cap in one shared count, so a flood of addresses grows nothing", () => {
    for (let i = 0; i < MAX_CLIENTS; i++) consumeWork("evaluate", `client-${i}`, 2, t0);
    expect([0, 1, 2].map((i) => consumeWork("evaluate", `new-${i}`, 2, t0).allowed)).toEqual([true, true, false]);
    // Clients already counted keep their own.
    expect(consumeWork("evaluate", "client-7", 2, t0).allowed).toBe(true);
  });
});
