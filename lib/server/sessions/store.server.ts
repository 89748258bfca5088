import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db/client.server";
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
 * Saved wizard sessions. The only module that touches the WizardSession table. A session opens by
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

type SessionRecord = Omit<WizardSession, "tokenHash" | "answers" | "secretHash" | "resumeTokenSealed">;

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

function whereKey(key: SessionKey): { tokenHash: string } | { secretHash: string } | null {
  if (typeof key === "string") return isWellFormedToken(key) ? { tokenHash: hashResumeToken(key) } : null;
  return isWellFormedToken(key.secret) ? { secretHash: hashSessionSecret(key.secret) } : null;
}

/** The live row for a key: null when the key is malformed, unknown or expired. */
async function findLiveRow(key: SessionKey, now: Date): Promise<WizardSession | null> {
  const where = whereKey(key);
  if (!where) return null;
  const row = await db.wizardSession.findUnique({ where });
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
      secretHash: hashSessionSecret(secret),
      resumeTokenSealed: sealResumeToken(token, secret),
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
  const { count } = await db.wizardSession.updateMany({
    where: { id: row.id, version: update.expectedVersion, expiresAt: { gt: now } },
    data: {
      answers,
      schemaVersion: update.schemaVersion,
      stepReached: update.stepReached,
      version: { increment: 1 },
      updatedAt: now,
      expiresAt,
    },
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

/** Forgets a session at the visitor's request. True when there was one to forget. */
export async function deleteSession(key: SessionKey): Promise<boolean> {
  const where = whereKey(key);
  if (!where) return false;
  const { count } = await db.wizardSession.deleteMany({ where });
  return count > 0;
}

/**
 * A resume by link: a new session secret for the cookie, the link's token sealed under it, and
 * another SESSION_TTL_DAYS. Any cookie that held the session's previous secret stops working.
 * Null when the link is malformed, unknown or expired.
 */
export async function resumeWithToken(
  token: string,
  now: Date = new Date(),
): Promise<{ secret: string; session: StoredSession } | null> {
  const row = await findLiveRow(token, now);
  const session = row && readRow(row);
  if (!row || !session) return null;
  return replaceSecret(row, session, token, now);
}

/**
 * "Save and come back later": the cookie's secret is replaced by a new one (the old one stops
 * working), and the resume token comes back for the page that shows the link. Null when the
 * secret is unknown, expired, or its session predates sealed links (it then opens by link only).
 */
export async function rotateSecret(
  secret: string,
  now: Date = new Date(),
): Promise<{ secret: string; token: string; session: StoredSession } | null> {
  const row = await findLiveRow({ secret }, now);
  const session = row && readRow(row);
  const token = row?.resumeTokenSealed ? unsealResumeToken(row.resumeTokenSealed, secret) : null;
  if (!row || !session || !token) return null;
  const replaced = await replaceSecret(row, session, token, now);
  return replaced && { ...replaced, token };
}

/** The resume token of the session this cookie secret opens, for showing the link again. */
export async function resumeLinkToken(secret: string, now: Date = new Date()): Promise<string | null> {
  const row = await findLiveRow({ secret }, now);
  return row?.resumeTokenSealed ? unsealResumeToken(row.resumeTokenSealed, secret) : null;
}

async function replaceSecret(
  row: WizardSession,
  session: StoredSession,
  token: string,
  now: Date,
): Promise<{ secret: string; session: StoredSession } | null> {
  const secret = newSessionSecret();
  const expiresAt = expiryFrom(now);
  // The version is unchanged, so a save already in flight with the version it read still lands.
  const { count } = await db.wizardSession.updateMany({
    where: { id: row.id, expiresAt: { gt: now } },
    data: { secretHash: hashSessionSecret(secret), resumeTokenSealed: sealResumeToken(token, secret), expiresAt, updatedAt: now },
  });
  return count === 1 ? { secret, session: { ...session, expiresAt, updatedAt: now } } : null;
}

/** Deletes every session whose expiry has passed; returns how many went. */
export async function purgeExpiredSessions(now: Date = new Date()): Promise<number> {
  const { count } = await db.wizardSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
