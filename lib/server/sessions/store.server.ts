import "server-only";
import { randomUUID } from "node:crypto";
import { db, sessionStatements } from "@/lib/server/db/client.server";
import { env } from "@/lib/server/env.server";
import type { WizardSession } from "@/generated/prisma/client";
import {
  hashResumeToken,
  hashSessionSecret,
  isWellFormedToken,
  newResumeToken,
  newSessionSecret,
  sealResumeToken,
  unsealResumeToken,
} from "./token";

/**
 * Saved wizard sessions. The only module that touches the WizardSession table (through Prisma, and
 * through the hot statements of lib/server/db/session-statements.server.ts). A session opens by
 * either of two secrets, neither stored, only their SHA-256, so a copy of the database opens no one's
 * session:
 * - the resume token, in the link the visitor keeps ("save and come back later");
 * - the session secret, in the visitor's cookie, replaced on every resume and every "save and come
 *   back later" (rotateSecret), so a link copied from a screen is never a live cookie's value.
 */

/** A resume token (a string, as in a link), or the session secret from the visitor's cookie. */
export type SessionKey = string | { secret: string };

export type StoredSession = {
  id: string;
  answers: unknown;
  schemaVersion: number;
  stepReached: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date;
};

export type SessionContent = { answers: unknown; schemaVersion: number; stepReached: string };

export type SaveResult =
  | { ok: true; session: StoredSession }
  | { ok: false; reason: "conflict"; current: StoredSession }
  | { ok: false; reason: "not_found" };

const DAY_MS = 24 * 60 * 60 * 1000;

function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + env.SESSION_TTL_DAYS * DAY_MS);
}

function answersToJson(answers: unknown): string {
  const json = JSON.stringify(answers);
  if (json === undefined) throw new TypeError("Session answers must be a JSON value");
  return json;
}

type SessionRecord = Omit<WizardSession, "tokenHash" | "answers">;

function storedSession(record: SessionRecord, answers: unknown): StoredSession {
  const { id, schemaVersion, stepReached, version, createdAt, updatedAt, expiresAt } = record;
  return { id, answers, schemaVersion, stepReached, version, createdAt, updatedAt, expiresAt };
}

/** The row as the app sees it, or null when its answers cannot be read back. */
function readRow(row: WizardSession): StoredSession | null {
  try {
    return storedSession(row, JSON.parse(row.answers));
  } catch {
    // Log the random id only: never the answers, never anything that leads back to the token.
    console.warn(`Wizard session ${row.id} has unreadable answers; treating it as missing`);
    return null;
  }
}

function whereKey(key: SessionKey): { tokenHash: string } | { secrets: { some: { secretHash: string } } } | null {
  if (typeof key === "string") return isWellFormedToken(key) ? { tokenHash: hashResumeToken(key) } : null;
  return isWellFormedToken(key.secret) ? { secrets: { some: { secretHash: hashSessionSecret(key.secret) } } } : null;
}

/** The live row for a key: null when the key is malformed, unknown or expired. */
async function findLiveRow(key: SessionKey, now: Date): Promise<WizardSession | null> {
  let row: WizardSession | null;
  if (typeof key === "string") {
    if (!isWellFormedToken(key)) return null;
    row = await sessionStatements().byTokenHash(hashResumeToken(key));
  } else {
    if (!isWellFormedToken(key.secret)) return null;
    row = await sessionStatements().bySecretHash(hashSessionSecret(key.secret));
  }
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

/**
 * Starts a session: its resume token (for the link) and its first session secret (for the cookie).
 * Both are returned here once; later, only the secret can show the token again (resumeLinkToken).
 */
export async function createSession(
  input: SessionContent,
  now: Date = new Date(),
): Promise<{ token: string; secret: string; session: StoredSession }> {
  const token = newResumeToken();
  const secret = newSessionSecret();
  const answers = answersToJson(input.answers);
  const row = await db.wizardSession.create({
    data: {
      id: randomUUID(),
      tokenHash: hashResumeToken(token),
      secrets: { create: { secretHash: hashSessionSecret(secret), resumeTokenSealed: sealResumeToken(token, secret), createdAt: now } },
      answers,
      schemaVersion: input.schemaVersion,
      stepReached: input.stepReached,
      createdAt: now,
      updatedAt: now,
      expiresAt: expiryFrom(now),
    },
  });
  // The answers as a later load returns them: through JSON, so both agree (dates become strings).
  return { token, secret, session: storedSession(row, JSON.parse(answers)) };
}

/** The session behind a token, or null: malformed, unknown, expired and unreadable look alike. */
export async function loadSession(key: SessionKey, now: Date = new Date()): Promise<StoredSession | null> {
  const row = await findLiveRow(key, now);
  return row ? readRow(row) : null;
}

/**
 * A resume: the visitor came back, so the session lives another SESSION_TTL_DAYS. The version is
 * unchanged, so a save already in flight with the version it read still lands.
 */
export async function touchSession(key: SessionKey, now: Date = new Date()): Promise<StoredSession | null> {
  const row = await findLiveRow(key, now);
  if (!row) return null;
  const session = readRow(row);
  if (!session) return null;
  const expiresAt = expiryFrom(now);
  const { count } = await db.wizardSession.updateMany({
    where: { id: row.id, expiresAt: { gt: now } },
    data: { expiresAt, updatedAt: now },
  });
  return count === 1 ? { ...session, expiresAt, updatedAt: now } : null;
}

/**
 * Saves the answers if nobody else has saved since the visitor read `expectedVersion`. The check
 * and the write are one UPDATE, so of two saves from the same version exactly one wins; the other
 * gets the winner's session back to merge or show.
 */
export async function saveSession(
  key: SessionKey,
  update: SessionContent & { expectedVersion: number },
  now: Date = new Date(),
): Promise<SaveResult> {
  const row = await findLiveRow(key, now);
  if (!row) return { ok: false, reason: "not_found" };

  const answers = answersToJson(update.answers);
  const expiresAt = expiryFrom(now);
  const count = await sessionStatements().saveIfVersion({
    id: row.id,
    expectedVersion: update.expectedVersion,
    answers,
    schemaVersion: update.schemaVersion,
    stepReached: update.stepReached,
    now,
    expiresAt,
  });
  if (count === 1) {
    // Built from what this UPDATE wrote, not re-read: a later save may already have landed.
    const written = {
      ...row,
      schemaVersion: update.schemaVersion,
      stepReached: update.stepReached,
      version: update.expectedVersion + 1,
      updatedAt: now,
      expiresAt,
    };
    return { ok: true, session: storedSession(written, JSON.parse(answers)) };
  }

  const current = await loadSession(key, now);
  return current ? { ok: false, reason: "conflict", current } : { ok: false, reason: "not_found" };
}

/**
 * Forgets a session at the visitor's request. True when there was one to forget. Every other
 * browser that held it gets a deletion notice (the hash of its secret, nothing else), so it hears
 * "These answers were deleted" once instead of silently starting over (consumeDeletionNotice).
 */
export async function deleteSession(key: SessionKey): Promise<boolean> {
  const where = whereKey(key);
  if (!where) return false;
  const found = await db.wizardSession.findFirst({ where, select: { id: true, expiresAt: true } });
  if (!found) return false;
  const deleter = typeof key === "string" ? null : hashSessionSecret(key.secret);
  const others = await db.sessionSecret.findMany({ where: { sessionId: found.id }, select: { secretHash: true } });
  for (const { secretHash } of others) {
    if (secretHash === deleter) continue;
    // Kept as long as that browser's cookie can live: the cookie expires with the session.
    await db.deletedSessionNotice.upsert({
      where: { secretHash },
      create: { secretHash, expiresAt: found.expiresAt },
      update: { expiresAt: found.expiresAt },
    });
  }
  // The secrets first: the foreign key cascades too, but SQLite enforces it only where it is turned on.
  await db.sessionSecret.deleteMany({ where: { sessionId: found.id } });
  const { count } = await db.wizardSession.deleteMany({ where: { id: found.id } });
  return count > 0;
}

/**
 * True, once, when this cookie secret's session was deleted from another browser: the notice is
 * deleted as it is read, so the next visit starts over like any browser without a session.
 */
export async function consumeDeletionNotice(secret: string, now: Date = new Date()): Promise<boolean> {
  if (!isWellFormedToken(secret)) return false;
  const { count } = await db.deletedSessionNotice.deleteMany({
    where: { secretHash: hashSessionSecret(secret), expiresAt: { gt: now } },
  });
  return count > 0;
}

/** At most this many browsers hold one session at once; a new one past it drops the oldest. */
export const MAX_SECRETS_PER_SESSION = 10;

/**
 * A resume by link: a new session secret for this browser's cookie, the link's token sealed under
 * it, and another SESSION_TTL_DAYS. Other browsers that hold the session keep their own secrets.
 * Null when the link is malformed, unknown or expired.
 */
export async function resumeWithToken(
  token: string,
  now: Date = new Date(),
): Promise<{ secret: string; session: StoredSession } | null> {
  const row = await findLiveRow(token, now);
  const session = row && readRow(row);
  if (!row || !session) return null;
  return issueSecret(row, session, token, null, now);
}

/**
 * "Save and come back later": this browser's secret is replaced by a new one (the old one stops
 * working), and the resume token comes back for the page that shows the link. Null when the
 * secret is unknown or its session expired.
 */
export async function rotateSecret(
  secret: string,
  now: Date = new Date(),
): Promise<{ secret: string; token: string; session: StoredSession } | null> {
  const row = await findLiveRow({ secret }, now);
  const session = row && readRow(row);
  const token = row && (await resumeLinkToken(secret, now));
  if (!row || !session || !token) return null;
  const replaced = await issueSecret(row, session, token, secret, now);
  return replaced && { ...replaced, token };
}

/** The resume token of the session this cookie secret opens, for showing the link again. */
export async function resumeLinkToken(secret: string, now: Date = new Date()): Promise<string | null> {
  if (!isWellFormedToken(secret)) return null;
  const held = await db.sessionSecret.findUnique({ where: { secretHash: hashSessionSecret(secret) }, include: { session: true } });
  if (!held || held.session.expiresAt.getTime() <= now.getTime()) return null;
  return unsealResumeToken(held.resumeTokenSealed, secret);
}

async function issueSecret(
  row: WizardSession,
  session: StoredSession,
  token: string,
  replacing: string | null,
  now: Date,
): Promise<{ secret: string; session: StoredSession } | null> {
  const secret = newSessionSecret();
  const expiresAt = expiryFrom(now);
  // The version is unchanged, so a save already in flight with the version it read still lands.
  const { count } = await db.wizardSession.updateMany({
    where: { id: row.id, expiresAt: { gt: now } },
    data: { expiresAt, updatedAt: now },
  });
  if (count !== 1) return null;
  await db.sessionSecret.create({
    data: { secretHash: hashSessionSecret(secret), sessionId: row.id, resumeTokenSealed: sealResumeToken(token, secret), createdAt: now },
  });
  if (replacing) await db.sessionSecret.deleteMany({ where: { secretHash: hashSessionSecret(replacing) } });
  // Bounded: the oldest holds past MAX_SECRETS_PER_SESSION stop working.
  const stale = await db.sessionSecret.findMany({
    where: { sessionId: row.id },
    orderBy: [{ createdAt: "desc" }, { secretHash: "asc" }],
    skip: MAX_SECRETS_PER_SESSION,
    select: { secretHash: true },
  });
  if (stale.length > 0) await db.sessionSecret.deleteMany({ where: { secretHash: { in: stale.map((held) => held.secretHash) } } });
  return { secret, session: { ...session, expiresAt, updatedAt: now } };
}

/** Deletes every session whose expiry has passed, with the browsers' secrets; returns how many went. */
export async function purgeExpiredSessions(now: Date = new Date()): Promise<number> {
  // The secrets first: the foreign key cascades too, but SQLite enforces it only where it is turned on.
  await db.sessionSecret.deleteMany({ where: { session: { expiresAt: { lte: now } } } });
  const { count } = await db.wizardSession.deleteMany({ where: { expiresAt: { lte: now } } });
  await db.deletedSessionNotice.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
