import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import {
  consumeDeletionNotice,
  createSession,
  deleteSession,
  loadSession,
  resumeLinkToken,
  resumeWithToken,
  rotateSecret,
  saveSession,
  type StoredSession,
} from "@/lib/server/sessions/store.server";
import { env } from "@/lib/server/env.server";
import { serverToday } from "@/lib/server/clock.server";
import { DRAFT_SCHEMA_VERSION, readDraft, type Draft } from "@/lib/wizard/draft";
import type { StepContext } from "@/lib/wizard/steps";

/**
 * The session secret lives in an HttpOnly cookie. It is never the resume token: a link copied from
 * a screen does not ride on a live cookie, and the secret is replaced on every resume and every
 * "save and come back later" (lib/server/sessions/store.server.ts).
 */
export const SESSION_COOKIE = "mbr_session";

export interface WizardSession {
  /** The cookie's session secret (not the resume token). */
  secret: string;
  session: StoredSession;
  draft: Draft;
}

export function stepContext(): StepContext {
  return { currentYear: serverToday().getUTCFullYear(), today: serverToday().toISOString().slice(0, 10) };
}

export async function currentSecret(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** Where a browser whose saved answers were deleted from another browser is told so, once. */
export const ANSWERS_DELETED_PATH = "/answers-deleted";

/**
 * The visitor's saved session, or null when there is none (or it expired). When another browser
 * deleted it, this browser is sent to ANSWERS_DELETED_PATH the first time it comes back, not
 * silently started over (`noticeDeletion: false` for pages that must not redirect).
 */
export async function loadWizard({ noticeDeletion = true }: { noticeDeletion?: boolean } = {}): Promise<WizardSession | null> {
  const secret = await currentSecret();
  if (!secret) return null;
  const session = await loadSession({ secret });
  if (!session) {
    if (noticeDeletion && (await consumeDeletionNotice(secret))) redirect(ANSWERS_DELETED_PATH);
    return null;
  }
  return { secret, session, draft: readDraft(session.answers) };
}

/** The resume link's token for the visitor's session, for the page that shows the link. */
export async function currentResumeToken(loaded: WizardSession): Promise<string | null> {
  return resumeLinkToken(loaded.secret);
}

/** The cookie lives exactly as long as the session: every save and resume moves both. */
async function setSessionCookie(secret: string, expiresAt: Date): Promise<void> {
  // Secure whenever the visitor reached us over HTTPS (directly or through a proxy).
  const secure = (await headers()).get("x-forwarded-proto") === "https" || env.COOKIE_SECURE === "true";
  (await cookies()).set(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function startWizardSession(draft: Draft = {}): Promise<WizardSession> {
  const { secret, session } = await createSession({
    answers: draft,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    stepReached: draft.completed?.at(-1) ?? "start",
  });
  await setSessionCookie(secret, session.expiresAt);
  return { secret, session, draft };
}

/** A resume by link, from the "Continue with your saved answers" button: a new secret in the cookie. */
export async function resumeFromLink(token: string): Promise<WizardSession | null> {
  const resumed = await resumeWithToken(token);
  if (!resumed) return null;
  await setSessionCookie(resumed.secret, resumed.session.expiresAt);
  return { secret: resumed.secret, session: resumed.session, draft: readDraft(resumed.session.answers) };
}

/**
 * "Save and come back later": the cookie gets a new secret, so whoever saw the old cookie's value
 * can no longer use it. False when there is no session to save.
 */
export async function rotateSessionSecret(): Promise<boolean> {
  const secret = await currentSecret();
  const rotated = secret ? await rotateSecret(secret) : null;
  if (!rotated) return false;
  await setSessionCookie(rotated.secret, rotated.session.expiresAt);
  return true;
}

export type SaveOutcome =
  | { ok: true; session: StoredSession }
  | { ok: false; reason: "conflict"; current: WizardSession }
  | { ok: false; reason: "not_found" };

export async function saveDraft(secret: string, draft: Draft, expectedVersion: number): Promise<SaveOutcome> {
  const result = await saveSession(
    { secret },
    {
      answers: draft,
      schemaVersion: DRAFT_SCHEMA_VERSION,
      stepReached: draft.completed?.at(-1) ?? "start",
      expectedVersion,
    },
  );
  if (result.ok) {
    await setSessionCookie(secret, result.session.expiresAt);
    return result;
  }
  if (result.reason === "conflict") {
    return { ok: false, reason: "conflict", current: { secret, session: result.current, draft: readDraft(result.current.answers) } };
  }
  return result;
}

export async function deleteWizardSession(): Promise<void> {
  const secret = await currentSecret();
  if (secret) await deleteSession({ secret });
  await clearSessionCookie();
}
