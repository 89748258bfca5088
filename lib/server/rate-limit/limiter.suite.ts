import { createHmac } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

/**
 * The rate limiter against a real database. Run by one test file per database kind, which sets
 * DATABASE_URL and the limits below before anything opens the client, and drops the database after:
 *   RATE_LIMIT_SESSION_CREATES_PER_HOUR=3, RATE_LIMIT_RESUMES_PER_HOUR=5, no RATE_LIMIT_SECRET.
 */
export function describeRateLimiter(kind: string): void {
  let limiter: typeof import("./limiter.server");
  let db: (typeof import("@/lib/server/db/client.server"))["db"];

  const HOUR = 60 * 60 * 1000;
  const t0 = new Date("2026-03-01T12:00:00.000Z"); // the start of a window
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const consumeTimes = async (n: number, scope: "resume" | "session-create", client: string, now: Date) => {
    const decisions = [];
    for (let i = 0; i < n; i++) decisions.push(await limiter.consume(scope, client, now));
    return decisions.map((d) => d.allowed);
  };

  describe(`rate limits in ${kind}`, () => {
    beforeAll(async () => {
      ({ db } = await import("@/lib/server/db/client.server"));
      limiter = await import("./limiter.server");
    });

    beforeEach(async () => {
      await db.rateLimitBucket.deleteMany();
    });

    it("allows the configured number per hour, then refuses until the window ends", async () => {
      expect(await consumeTimes(5, "resume", "192.0.2.1", at(10 * 60 * 1000))).toEqual([true, true, true, true, true]);
      expect(await limiter.consume("resume", "192.0.2.1", at(15 * 60 * 1000))).toEqual({
        allowed: false,
        retryAfterSeconds: 45 * 60,
      });
      expect(await limiter.consume("resume", "192.0.2.1", at(HOUR - 1))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    });

    it("says a client is at its limit without counting a request", async () => {
      const now = at(10 * 60 * 1000);
      expect(await limiter.wouldRefuse("resume", "192.0.2.9", now)).toEqual({ allowed: true, retryAfterSeconds: 0 });
      await consumeTimes(5, "resume", "192.0.2.9", now);
      expect(await limiter.wouldRefuse("resume", "192.0.2.9", now)).toEqual({ allowed: false, retryAfterSeconds: 50 * 60 });
      expect(await limiter.wouldRefuse("resume", "192.0.2.8", now)).toMatchObject({ allowed: true });
      // Asking counted nothing: the fifth consume above was the last allowed, the sixth is refused.
      expect(await limiter.consume("resume", "192.0.2.9", now)).toMatchObject({ allowed: false });
    });

    it("starts counting again in the next window", async () => {
      await consumeTimes(6, "resume", "192.0.2.1", at(HOUR - 1000));
      expect(await consumeTimes(6, "resume", "192.0.2.1", at(HOUR))).toEqual([true, true, true, true, true, false]);
    });

    it("counts each scope with its own limit and each client apart", async () => {
      expect(await consumeTimes(4, "session-create", "192.0.2.1", t0)).toEqual([true, true, true, false]);
      expect(await consumeTimes(1, "session-create", "192.0.2.2", t0)).toEqual([true]);
      expect(await consumeTimes(1, "resume", "192.0.2.1", t0)).toEqual([true]);
    });

    it("gives each of many concurrent requests its own count", async () => {
      const decisions = await Promise.all(
        Array.from({ length: 20 }, () => limiter.consume("resume", "198.51.100.7", at(60_000))),
      );
      expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
      expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.count)).toEqual([20]);
    });

    it("stores an HMAC of the address under a secret kept in the database, never the address", async () => {
      await limiter.consume("resume", "2001:db8::1", t0);
      const [bucket] = await db.rateLimitBucket.findMany();
      const secret = await db.appSecret.findUniqueOrThrow({ where: { name: "rate-limit-hmac-key" } });
      expect(secret.value).toMatch(/^[\w-]{43}$/);
      const hash = createHmac("sha256", secret.value).update("2001:db8::1").digest("base64url");
      expect(bucket).toEqual({ key: `resume:${t0.getTime() / HOUR}:${hash}`, count: 1, expiresAt: at(HOUR) });
      expect(bucket!.key).not.toContain("2001");
      expect(await db.appSecret.count()).toBe(1);
    });

    it("purges the buckets of windows that have ended, and only those", async () => {
      await db.rateLimitBucket.createMany({
        data: [
          { key: "ended", count: 9, expiresAt: at(HOUR) },
          { key: "current", count: 9, expiresAt: at(2 * HOUR) },
        ],
      });
      expect(await limiter.purgeExpiredBuckets(at(HOUR))).toBe(1);
      expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.key)).toEqual(["current"]);
      expect(await limiter.purgeExpiredBuckets(at(HOUR))).toBe(0);
    });

    it("bounds the table: once it is full, new clients share their scope's overflow bucket, counted clients keep theirs", async () => {
      const window = t0.getTime() / HOUR;
      await db.rateLimitBucket.createMany({
        data: Array.from({ length: limiter.MAX_BUCKETS - 1 }, (_, i) => ({ key: `filler-${i}`, count: 1, expiresAt: at(HOUR) })),
      });
      expect(await consumeTimes(1, "resume", "192.0.2.1", t0)).toEqual([true]); // the last free row
      expect(await db.rateLimitBucket.count()).toBe(limiter.MAX_BUCKETS);
      // Six new addresses, one request each: together past the limit of 5, and one row between them.
      const newcomers = await Promise.all(["198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4", "198.51.100.5", "198.51.100.6"].map(
        async (client) => (await limiter.consume("resume", client, t0)).allowed,
      ));
      expect(newcomers.filter(Boolean)).toHaveLength(5);
      expect(await db.rateLimitBucket.count()).toBe(limiter.MAX_BUCKETS + 1);
      expect(await db.rateLimitBucket.findUnique({ where: { key: `resume:${window}:overflow` } })).toMatchObject({ count: 6 });
      // The client counted before the table filled still has its own bucket.
      expect(await consumeTimes(4, "resume", "192.0.2.1", t0)).toEqual([true, true, true, true]);
    });

    it("clears ended windows on the first request of a new window, without waiting for a restart", async () => {
      await limiter.consume("resume", "192.0.2.1", at(10 * HOUR));
      await limiter.consume("resume", "192.0.2.1", at(11 * HOUR));
      expect((await db.rateLimitBucket.findMany()).map((bucket) => bucket.expiresAt)).toEqual([at(12 * HOUR)]);
    });
  });
}
