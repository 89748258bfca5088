import { createHash } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";

/**
 * The saved-session store against a real database, written only against the Prisma client so the
 * same cases run on SQLite and on PostgreSQL. The test file sets DATABASE_URL and
 * SESSION_TTL_DAYS=30 first, and drops its database after. (lib/server/sessions/store.server.test.ts
 * adds the SQLite-only cases: WAL, the files on disk.)
 */
export function describeSessionStore(kind: string): void {
  let store: typeof import("@/lib/server/sessions/store.server");
  let db: (typeof import("@/lib/server/db/client.server"))["db"];

  const DAY = 24 * 60 * 60 * 1000;
  const t0 = new Date("2026-03-01T12:00:00.000Z");
  const later = (days: number) => new Date(t0.getTime() + days * DAY);
  const start = { answers: { planAllowsAfterTax: true, salaryCents: 15_000_000 }, schemaVersion: 1, stepReached: "plan" };

  describe(`saved sessions in ${kind}`, () => {
    beforeAll(async () => {
      ({ db } = await import("@/lib/server/db/client.server"));
      store = await import("@/lib/server/sessions/store.server");
    });

    beforeEach(async () => {
      await db.sessionSecret.deleteMany();
      await db.wizardSession.deleteMany();
    });

    it("creates a session that loads back with its answers, by its token only", async () => {
      const { token, session } = await store.createSession(start, t0);
      expect(session).toMatchObject({ ...start, version: 1, createdAt: t0, updatedAt: t0, expiresAt: later(30) });
      expect(await store.loadSession(token, later(1))).toEqual(session);
      expect(await store.loadSession("A".repeat(43), later(1))).toBeNull();
    });

    it("saves with the version read, and refuses a stale save with the session as it now is", async () => {
      const { token } = await store.createSession(start, t0);
      const first = await store.saveSession(token, { ...start, stepReached: "limits", expectedVersion: 1 }, later(1));
      expect(first).toMatchObject({ ok: true, session: { version: 2, stepReached: "limits", expiresAt: later(31) } });
      const stale = await store.saveSession(token, { ...start, stepReached: "stale tab", expectedVersion: 1 }, later(2));
      expect(stale).toEqual({ ok: false, reason: "conflict", current: first.ok && first.session });
    });

    it("lets exactly one of several concurrent saves from the same version win", async () => {
      const { token } = await store.createSession(start, t0);
      const results = await Promise.all(
        ["a", "b", "c", "d", "e", "f", "g", "h"].map((tab) =>
          store.saveSession(token, { ...start, stepReached: tab, expectedVersion: 1 }, later(1)),
        ),
      );
      const winners = results.filter((result) => result.ok);
      expect(winners).toHaveLength(1);
      const winner = winners[0]!.ok ? winners[0]!.session : null;
      for (const loser of results.filter((result) => !result.ok)) {
        expect(loser).toEqual({ ok: false, reason: "conflict", current: winner });
      }
      expect(await store.loadSession(token, later(1))).toEqual(winner);
    });

    it("slides the expiry on a resume and never brings an expired session back", async () => {
      const { token } = await store.createSession(start, t0);
      expect(await store.touchSession(token, later(20))).toMatchObject({ version: 1, expiresAt: later(50) });
      expect(await store.loadSession(token, later(50))).toBeNull();
      expect(await store.touchSession(token, later(51))).toBeNull();
      expect(await store.saveSession(token, { ...start, expectedVersion: 1 }, later(51))).toEqual({ ok: false, reason: "not_found" });
    });

    it("purges only the sessions whose expiry has passed, and deletes on request", async () => {
      await store.createSession(start, t0);
      const fresh = await store.createSession(start, later(20));
      const other = await store.createSession(start, later(20));
      expect(await store.purgeExpiredSessions(later(30))).toBe(1);
      expect(await store.deleteSession(other.token)).toBe(true);
      expect(await store.deleteSession(other.token)).toBe(false);
      expect((await db.wizardSession.findMany()).map((row) => row.id)).toEqual([fresh.session.id]);
    });

    it("opens by each browser's secret, never by the token as a secret, and deletes and purges them with the session", async () => {
      const { token, secret, session } = await store.createSession(start, t0);
      const resumed = await store.resumeWithToken(token, later(1));
      expect(await store.loadSession({ secret }, later(1))).toMatchObject({ id: session.id });
      expect(await store.loadSession({ secret: resumed!.secret }, later(1))).toMatchObject({ id: session.id });
      expect(await store.loadSession({ secret: token }, later(1))).toBeNull();
      expect(await store.resumeLinkToken(resumed!.secret, later(1))).toBe(token);
      const rotated = await store.rotateSecret(secret, later(2));
      expect(rotated?.token).toBe(token);
      expect(await store.loadSession({ secret }, later(2))).toBeNull();
      expect(await db.sessionSecret.count()).toBe(2);
      expect(await store.deleteSession({ secret: rotated!.secret })).toBe(true);
      expect(await db.sessionSecret.count()).toBe(0);

      await store.createSession(start, t0);
      expect(await store.purgeExpiredSessions(later(30))).toBe(1);
      expect(await db.sessionSecret.count()).toBe(0);
    });

    it("keeps the token's SHA-256 and the answers as JSON text, never the token", async () => {
      const answers = { note: "ünïcode ✓", list: [1, 2] };
      const { token, session } = await store.createSession({ ...start, answers }, t0);
      const row = await db.wizardSession.findUniqueOrThrow({ where: { id: session.id } });
      expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
      expect(row.answers).toBe('{"note":"ünïcode ✓","list":[1,2]}');
      for (const value of Object.values(row)) expect(String(value)).not.toContain(token);
    });
  });
}
