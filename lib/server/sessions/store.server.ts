import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db/client.server";
import { env } from "@/lib/server/env.server";
import type { WizardSession } from "@/generated/prisma/client";
import { hashResumeToken, isWellFormedToken, newResumeToken } from "./token";

/**
 * Saved wizard sessions, found by the secret in a resume link. The only module that touches the
 * WizardSession table. The token itself is never stored, only its SHA-256, so a copy of the
 * database does not open anyone's session.
 */

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

/** The live row for a token: null when the token is malformed, unknown or expired. */
async function findLiveRow(token: string, now: Date): Promise<WizardSession | null> {
  if (!isWellFormedToken(token)) return null;
  const row = await db.wizardSession.findUnique({ where: { tokenHash: hashResumeToken(token) } });
  if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
  return row;
}

/** Starts a session. The token is returned here once and cannot be recovered later. */
export async function createSession(
  input: SessionContent,
  now: Date = new Date(),
): Promise<{ token: string; session: StoredSession }> {
  const token = newResumeToken();
  const answers = answersToJson(input.answers);
  const row = await db.wizardSession.create({
    data: {
      id: randomUUID(),
      tokenHash: hashResumeToken(token),
      answers,
      schemaVersion: input.schemaVersion,
      stepReached: input.stepReached,
      createdAt: now,
      updatedAt: now,
      expiresAt: expiryFrom(now),
    },
  });
  // The answers as a later load returns them: through JSON, so both agree (dates become strings).
  return { token, session: storedSession(row, JSON.parse(answers)) };
}

/** The session behind a token, or null: malformed, unknown, expired and unreadable look alike. */
export async function loadSession(token: string, now: Date = new Date()): Promise<StoredSession | null> {
  const row = await findLiveRow(token, now);
  return row ? readRow(row) : null;
}

/**
 * A resume: the visitor came back, so the session lives another SESSION_TTL_DAYS. The version is
 * unchanged, so a save already in flight with the version it read still lands.
 */
export async function touchSession(token: string, now: Date = new Date()): Promise<StoredSession | null> {
  const row = await findLiveRow(token, now);
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
  token: string,
  update: SessionContent & { expectedVersion: number },
  now: Date = new Date(),
): Promise<SaveResult> {
  const row = await findLiveRow(token, now);
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

  const current = await loadSession(token, now);
  return current ? { ok: false, reason: "conflict", current } : { ok: false, reason: "not_found" };
}

/** Forgets a session at the visitor's request. True when there was one to forget. */
export async function deleteSession(token: string): Promise<boolean> {
  if (!isWellFormedToken(token)) return false;
  const { count } = await db.wizardSession.deleteMany({ where: { tokenHash: hashResumeToken(token) } });
  return count > 0;
}

/** Deletes every session whose expiry has passed; returns how many went. */
export async function purgeExpiredSessions(now: Date = new Date()): Promise<number> {
  const { count } = await db.wizardSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
