import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// A real SQLite file per test file, built from the committed migrations, opened by the real client.
const root = fileURLToPath(new URL("../../..", import.meta.url));
const dir = mkdtempSync(path.join(os.tmpdir(), "sessions-store-"));
const file = path.join(dir, "store.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.SESSION_TTL_DAYS = "30";

const raw = new Database(file);
const migrationsDir = path.join(root, "prisma", "migrations");
for (const name of readdirSync(migrationsDir).filter((n) => /^\d+_/.test(n)).sort()) {
  raw.exec(readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8"));
}

const { db, disconnectDatabase, sessionStatements } = await import("@/lib/server/db/client.server");
const store = await import("./store.server");
const { register } = await import("@/instrumentation");
const { createSession, loadSession, touchSession, saveSession, deleteSession, purgeExpiredSessions } = store;

const DAY = 24 * 60 * 60 * 1000;
const t0 = new Date("2026-03-01T12:00:00.000Z");
const later = (days: number) => new Date(t0.getTime() + days * DAY);
const start = { answers: { planAllowsAfterTax: true, salaryCents: 15_000_000 }, schemaVersion: 1, stepReached: "plan" };

beforeEach(() => {
  raw.exec(`DELETE FROM "SessionSecret"; DELETE FROM "WizardSession"; DELETE FROM "DeletedSessionNotice"`);
  vi.restoreAllMocks();
});

afterAll(async () => {
  await disconnectDatabase();
  raw.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("createSession and loadSession", () => {
  it("creates a session that loads back with its answers", async () => {
    const { token, session } = await createSession(start, t0);
    expect(session).toMatchObject({ ...start, version: 1, createdAt: t0, updatedAt: t0, expiresAt: later(30) });
    expect(await loadSession(token, later(1))).toEqual(session);
  });

  it("gives each session its own token and an id unrelated to it", async () => {
    const a = await createSession(start, t0);
    const b = await createSession(start, t0);
    expect(a.token).not.toBe(b.token);
    expect(a.session.id).not.toBe(b.session.id);
    expect(a.session.id).not.toContain(a.token);
    expect(a.session.id).not.toBe(createHash("sha256").update(a.token).digest("hex"));
  });

  it("returns null for a well-formed token nobody was given", async () => {
    await createSession(start, t0);
    expect(await loadSession("A".repeat(43), t0)).toBeNull();
  });
});

describe("saveSession", () => {
  it("saves the answers, increments the version and slides the expiry", async () => {
    const { token } = await createSession(start, t0);
    const update = { answers: { planAllowsAfterTax: true, inServiceWithdrawal: true }, schemaVersion: 2, stepReached: "withdrawals" };
    const result = await saveSession(token, { ...update, expectedVersion: 1 }, later(10));
    expect(result).toEqual({
      ok: true,
      session: expect.objectContaining({ ...update, version: 2, createdAt: t0, updatedAt: later(10), expiresAt: later(40) }),
    });
    expect(await loadSession(token, later(11))).toEqual(result.ok && result.session);
  });

  it("refuses a stale save and returns the session as it now is", async () => {
    const { token } = await createSession(start, t0);
    const first = await saveSession(token, { ...start, stepReached: "limits", expectedVersion: 1 }, later(1));
    const stale = await saveSession(token, { ...start, stepReached: "stale tab", expectedVersion: 1 }, later(2));
    expect(stale).toEqual({ ok: false, reason: "conflict", current: first.ok && first.session });
    expect((await loadSession(token, later(2)))?.stepReached).toBe("limits");
  });

  it("lets exactly one of several concurrent saves from the same version win", async () => {
    const { token } = await createSession(start, t0);
    const results = await Promise.all(
      ["a", "b", "c", "d", "e"].map((tab) => saveSession(token, { ...start, stepReached: tab, expectedVersion: 1 }, later(1))),
    );
    const winners = results.filter((r) => r.ok);
    const losers = results.filter((r) => !r.ok);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(4);
    const winner = winners[0]!.ok ? winners[0]!.session : null;
    for (const loser of losers) expect(loser).toEqual({ ok: false, reason: "conflict", current: winner });
    expect(await loadSession(token, later(1))).toEqual(winner);
  });

  it("checks the version in the write itself, not only in the read before it", async () => {
    const { token } = await createSession(start, t0);
    // Another writer lands between this save's read and its write.
    const statements = sessionStatements();
    const byTokenHash = statements.byTokenHash.bind(statements);
    vi.spyOn(statements, "byTokenHash").mockImplementationOnce((tokenHash) =>
      byTokenHash(tokenHash).then((row) => {
        raw.prepare(`UPDATE "WizardSession" SET "version" = "version" + 1, "stepReached" = 'other tab'`).run();
        return row;
      }));
    const result = await saveSession(token, { ...start, stepReached: "this tab", expectedVersion: 1 }, later(1));
    expect(result).toMatchObject({ ok: false, reason: "conflict", current: { version: 2, stepReached: "other tab" } });
  });

  it("is not_found for an unknown, malformed or expired token", async () => {
    const { token } = await createSession(start, t0);
    const update = { ...start, expectedVersion: 1 };
    expect(await saveSession("A".repeat(43), update, t0)).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession("not a token", update, t0)).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession(token, update, later(30))).toEqual({ ok: false, reason: "not_found" });
    expect(await saveSession(token, { ...update, expectedVersion: 7 }, later(31))).toEqual({ ok: false, reason: "not_found" });
  });

  it("stores the answers as JSON text", async () => {
    const { token, session } = await createSession(start, t0);
    await saveSession(token, { answers: { note: "ünïcode ✓", list: [1, 2] }, schemaVersion: 1, stepReached: "plan", expectedVersion: 1 }, t0);
    const row = raw.prepare(`SELECT "answers" FROM "WizardSession" WHERE "id" = ?`).get(session.id) as { answers: string };
    expect(row.answers).toBe('{"note":"ünïcode ✓","list":[1,2]}');
  });
});

describe("expiry", () => {
  it("loads until the expiry and returns null from that moment on", async () => {
    const { token, session } = await createSession(start, t0);
    expect(session.expiresAt).toEqual(later(30));
    expect(await loadSession(token, new Date(later(30).getTime() - 1))).not.toBeNull();
    expect(await loadSession(token, later(30))).toBeNull();
    expect(await loadSession(token, later(100))).toBeNull();
  });

  it("slides the expiry on a resume, keeping the version so a save in flight still lands", async () => {
    const { token } = await createSession(start, t0);
    const touched = await touchSession(token, later(20));
    expect(touched).toMatchObject({ version: 1, updatedAt: later(20), expiresAt: later(50) });
    expect(await loadSession(token, later(45))).toEqual(touched);
    expect((await saveSession(token, { ...start, expectedVersion: 1 }, later(45))).ok).toBe(true);
  });

  it("does not bring an expired session back", async () => {
    const { token } = await createSession(start, t0);
    expect(await touchSession(token, later(31))).toBeNull();
    expect(await loadSession(token, later(31))).toBeNull();
    expect(await touchSession("garbage", t0)).toBeNull();
  });

  it("purges only the sessions whose expiry has passed", async () => {
    await createSession(start, t0);
    await createSession(start, later(5)); // expires exactly at later(35)
    const fresh = await createSession(start, later(20));
    expect(await purgeExpiredSessions(later(35))).toBe(2);
    expect(await loadSession(fresh.token, later(35))).not.toBeNull();
    const left = raw.prepare(`SELECT "id" FROM "WizardSession"`).all() as { id: string }[];
    expect(left.map((r) => r.id)).toEqual([fresh.session.id]);
    expect(await purgeExpiredSessions(later(35))).toBe(0);
  });
});

describe("deleteSession", () => {
  it("deletes the session and says whether there was one", async () => {
    const keep = await createSession(start, t0);
    const { token } = await createSession(start, t0);
    expect(await deleteSession(token)).toBe(true);
    expect(await loadSession(token, t0)).toBeNull();
    expect(await deleteSession(token)).toBe(false);
    expect(await deleteSession("../etc/passwd")).toBe(false);
    expect(await loadSession(keep.token, t0)).not.toBeNull();
  });
});

describe("the deletion notice for the other browsers", () => {
  it("tells every other browser that held the session, once each, and never the one that deleted it", async () => {
    const { token, secret: deleter } = await createSession(start, t0);
    const phone = (await store.resumeWithToken(token, later(1)))!.secret;
    const tablet = (await store.resumeWithToken(token, later(2)))!.secret;
    expect(await deleteSession({ secret: deleter })).toBe(true);
    expect(await store.consumeDeletionNotice(deleter, later(3))).toBe(false);
    expect(await store.consumeDeletionNotice(phone, later(3))).toBe(true);
    expect(await store.consumeDeletionNotice(phone, later(3))).toBe(false);
    expect(await store.consumeDeletionNotice(tablet, later(4))).toBe(true);
    // The secrets still open nothing.
    expect(await loadSession({ secret: phone }, later(3))).toBeNull();
  });

  it("keeps only the SHA-256 of the other browsers' secrets, until their cookies would have expired", async () => {
    const { token, secret: deleter } = await createSession(start, t0);
    const phone = (await store.resumeWithToken(token, later(10)))!.secret;
    await deleteSession({ secret: deleter });
    const rows = raw.prepare(`SELECT * FROM "DeletedSessionNotice"`).all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!).sort()).toEqual(["expiresAt", "secretHash"]);
    expect(rows[0]!.secretHash).toBe(createHash("sha256").update(phone).digest("hex"));
    // The resume pushed the session (and so the cookies) to day 40: the notice lives as long, no longer.
    expect(await purgeExpiredSessions(later(39))).toBe(0);
    expect(raw.prepare(`SELECT count(*) AS n FROM "DeletedSessionNotice"`).get()).toEqual({ n: 1 });
    expect(await store.consumeDeletionNotice(phone, later(40))).toBe(false);
    await purgeExpiredSessions(later(40));
    expect(raw.prepare(`SELECT count(*) AS n FROM "DeletedSessionNotice"`).get()).toEqual({ n: 0 });
  });

  it("is not given for a session that merely expired, nor for a malformed secret", async () => {
    const { secret } = await createSession(start, t0);
    await purgeExpiredSessions(later(30));
    expect(await store.consumeDeletionNotice(secret, later(30))).toBe(false);
    expect(await store.consumeDeletionNotice("../etc", later(30))).toBe(false);
  });
});

describe("what is stored", () => {
  it("keeps only the SHA-256 of the token and of the cookie's secret, never either", async () => {
    const { token, secret: first, session } = await createSession(start, t0);
    await saveSession(token, { ...start, expectedVersion: 1 }, later(1));
    await touchSession(token, later(2));
    const rotated = await store.rotateSecret(first, later(3));
    const resumed = await store.resumeWithToken(token, later(4));
    const secrets = [first, rotated!.secret, resumed!.secret];
    const rows = raw.prepare(`SELECT * FROM "WizardSession"`).all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(Object.keys(row).sort()).toEqual(
      ["answers", "createdAt", "expiresAt", "id", "schemaVersion", "stepReached", "tokenHash", "updatedAt", "version"],
    );
    expect(row.id).toBe(session.id);
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const held = raw.prepare(`SELECT * FROM "SessionSecret"`).all() as Record<string, unknown>[];
    // The first secret was replaced by "save and come back later"; the resume added another.
    expect(held.map((h) => h.secretHash).sort()).toEqual(
      [rotated!.secret, resumed!.secret].map((s) => createHash("sha256").update(s).digest("hex")).sort(),
    );
    for (const value of [...Object.values(row), ...held.flatMap((h) => Object.values(h))]) {
      for (const secret of [token, ...secrets]) expect(String(value)).not.toContain(secret);
    }
    // Nor anywhere in the files SQLite wrote, journal included.
    for (const name of readdirSync(dir)) {
      for (const secret of [token, ...secrets]) expect(readFileSync(path.join(dir, name)).includes(secret)).toBe(false);
    }
  });
});

describe("the cookie's session secret", () => {
  it("is not the resume token, opens the session, and shows the link's token again", async () => {
    const { token, secret, session } = await createSession(start, t0);
    expect(secret).not.toBe(token);
    expect(await loadSession({ secret }, later(1))).toEqual(session);
    // A resume link is never a cookie: the token does not open the session as a secret.
    expect(await loadSession({ secret: token }, later(1))).toBeNull();
    expect(await store.resumeLinkToken(secret, later(1))).toBe(token);
    expect((await saveSession({ secret }, { ...start, expectedVersion: 1 }, later(1))).ok).toBe(true);
  });

  it("is issued anew on a resume by link, for that browser; the first browser keeps its own", async () => {
    const { token, secret: old } = await createSession(start, t0);
    const resumed = await store.resumeWithToken(token, later(10));
    expect(resumed).toMatchObject({ session: { version: 1, expiresAt: later(40) } });
    expect(resumed!.secret).not.toBe(old);
    expect(await loadSession({ secret: old }, later(10))).not.toBeNull();
    expect(await loadSession({ secret: resumed!.secret }, later(10))).not.toBeNull();
    expect(await store.resumeLinkToken(resumed!.secret, later(10))).toBe(token);
    expect(await store.resumeWithToken("A".repeat(43), later(10))).toBeNull();
    expect(await store.resumeWithToken(token, later(41))).toBeNull();
  });

  it("is replaced on 'save and come back later', which gives back the same link", async () => {
    const { token, secret: old } = await createSession(start, t0);
    const rotated = await store.rotateSecret(old, later(5));
    expect(rotated).toMatchObject({ token, session: { expiresAt: later(35) } });
    expect(await loadSession({ secret: old }, later(5))).toBeNull();
    expect(await store.rotateSecret(old, later(5))).toBeNull();
    expect(await loadSession(token, later(5))).not.toBeNull();
    expect(await store.rotateSecret(rotated!.secret, later(6))).toMatchObject({ token });
  });

  it("is held by at most 10 browsers at once: an eleventh resume drops the oldest", async () => {
    const { token, secret: first } = await createSession(start, t0);
    const later10 = [];
    for (let i = 1; i <= store.MAX_SECRETS_PER_SESSION; i++) later10.push((await store.resumeWithToken(token, new Date(t0.getTime() + i * 1000)))!.secret);
    expect(await loadSession({ secret: first }, later(1))).toBeNull();
    for (const secret of later10) expect(await loadSession({ secret }, later(1))).not.toBeNull();
    expect(raw.prepare(`SELECT count(*) AS n FROM "SessionSecret"`).get()).toEqual({ n: store.MAX_SECRETS_PER_SESSION });
  });

  it("goes with its session when the session expires and is purged", async () => {
    const { secret } = await createSession(start, t0);
    expect(await purgeExpiredSessions(later(30))).toBe(1);
    expect(raw.prepare(`SELECT count(*) AS n FROM "SessionSecret"`).get()).toEqual({ n: 0 });
    expect(await store.resumeLinkToken(secret, later(30))).toBeNull();
  });

  it("deletes the session it opens, with every browser's secret, and nothing else", async () => {
    const keep = await createSession(start, t0);
    const { token, secret } = await createSession(start, t0);
    const other = await store.resumeWithToken(token, t0);
    expect(await deleteSession({ secret })).toBe(true);
    expect(await loadSession(token, t0)).toBeNull();
    expect(await loadSession({ secret: other!.secret }, t0)).toBeNull();
    expect(raw.prepare(`SELECT count(*) AS n FROM "SessionSecret"`).get()).toEqual({ n: 1 });
    expect(await loadSession(keep.token, t0)).not.toBeNull();
  });
});

describe("a database locked by another process", () => {
  it("waits asynchronously: the event loop runs meanwhile, and the save lands once the lock is gone", async () => {
    const { secret } = await createSession(start, t0);
    const locker = new Database(file);
    locker.exec("BEGIN IMMEDIATE");
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const saving = saveSession({ secret }, { ...start, stepReached: "during the lock", expectedVersion: 1 }, t0);
    const begun = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 500));
    locker.exec("ROLLBACK");
    locker.close();
    const result = await saving;
    clearInterval(timer);
    expect(result).toMatchObject({ ok: true, session: { stepReached: "during the lock", version: 2 } });
    expect(Date.now() - begun).toBeGreaterThanOrEqual(500);
    // A synchronous busy wait would have let the 10 ms timer run about once in the 500 ms.
    expect(ticks).toBeGreaterThan(25);
  });
});

describe("a broken record", () => {
  it("loads as null without throwing, as if it were not there", async () => {
    const { token, session } = await createSession(start, t0);
    raw.prepare(`UPDATE "WizardSession" SET "answers" = '{not json' WHERE "id" = ?`).run(session.id);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await loadSession(token, t0)).toBeNull();
    expect(await touchSession(token, t0)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.not.stringContaining(token));
    expect(warn.mock.calls.flat().join(" ")).not.toContain("not json");
  });
});

describe("malformed tokens", () => {
  it.each([
    ["empty", ""],
    ["too short", "abc"],
    ["too long", "A".repeat(44)],
    ["not base64url", "A".repeat(42) + "="],
    ["SQL", "' OR 1=1 --" + "A".repeat(32)],
  ])("are refused without a database query (%s)", async (_, token) => {
    const statements = sessionStatements();
    const lookups = [
      vi.spyOn(statements, "byTokenHash"),
      vi.spyOn(statements, "bySecretHash"),
      vi.spyOn(statements, "saveIfVersion"),
      vi.spyOn(db.wizardSession, "findFirst"),
      vi.spyOn(db.wizardSession, "updateMany"),
      vi.spyOn(db.wizardSession, "deleteMany"),
    ];
    expect(await loadSession(token, t0)).toBeNull();
    expect(await loadSession({ secret: token }, t0)).toBeNull();
    expect(await touchSession(token, t0)).toBeNull();
    expect(await saveSession(token, { ...start, expectedVersion: 1 }, t0)).toEqual({ ok: false, reason: "not_found" });
    expect(await deleteSession(token)).toBe(false);
    for (const lookup of lookups) expect(lookup).not.toHaveBeenCalled();
  });

  it("(the spies do see real lookups)", async () => {
    const statements = sessionStatements();
    const byTokenHash = vi.spyOn(statements, "byTokenHash");
    const bySecretHash = vi.spyOn(statements, "bySecretHash");
    await loadSession("A".repeat(43), t0);
    await loadSession({ secret: "A".repeat(43) }, t0);
    expect(byTokenHash).toHaveBeenCalledTimes(1);
    expect(bySecretHash).toHaveBeenCalledTimes(1);
  });
});

describe("at server start-up (instrumentation.ts)", () => {
  it("switches SQLite to WAL and purges expired sessions", async () => {
    const expired = await createSession(start, later(-31));
    const live = await createSession(start);
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const info = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      await register();
    } finally {
      vi.unstubAllEnvs();
    }
    // The file header's read and write versions are 2 once the database is in WAL mode.
    const header = readFileSync(file).subarray(18, 20);
    expect([...header]).toEqual([2, 2]);
    expect(await loadSession(live.token)).not.toBeNull();
    expect(raw.prepare(`SELECT count(*) AS n FROM "WizardSession" WHERE "id" = ?`).get(expired.session.id)).toEqual({ n: 0 });
    expect(info).toHaveBeenCalledWith("Purged 1 expired session at start-up");
  });

  it("logs a failed purge and lets the app start", async () => {
    const { token } = await createSession(start);
    vi.spyOn(db.wizardSession, "deleteMany").mockRejectedValueOnce(new Error("disk I/O error"));
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    try {
      await expect(register()).resolves.toBeUndefined();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(error).toHaveBeenCalledWith("Purging expired sessions at start-up failed:", "Error: disk I/O error");
    expect(error.mock.calls.flat().join(" ")).not.toContain(token);
  });

  it("does nothing in the edge runtime", async () => {
    await createSession(start, later(-31));
    vi.stubEnv("NEXT_RUNTIME", "edge");
    try {
      await register();
    } finally {
      vi.unstubAllEnvs();
    }
    expect(raw.prepare(`SELECT count(*) AS n FROM "WizardSession"`).get()).toEqual({ n: 1 });
  });
});
