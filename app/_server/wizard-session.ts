import "server-only";
import { cookies, headers } from "next/headers";
import { createSession, deleteSession, loadSession, saveSession, type StoredSession } from "@/lib/server/sessions/store.server";
import { env } from "@/lib/server/env.server";
import { serverToday } from "@/lib/server/clock.server";
import { DRAFT_SCHEMA_VERSION, readDraft, type Draft } from "@/lib/wizard/draft";
import type { StepContext } from "@/lib/wizard/steps";

/** The resume token lives in an HttpOnly cookie, so it is never in a URL after the first visit. */
export const SESSION_COOKIE = "mbr_session";

export interface WizardSession {
  token: string;
  session: StoredSession;
  draft: Draft;
}

export function stepContext(): StepContext {
  return { currentYear: serverToday().getUTCFullYear() };
}

export async function currentToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

/** The visitor's saved session, or null when there is none (or it expired). */
export async function loadWizard(): Promise<WizardSession | null> {
  const token = await currentToken();
  if (!token) return null;
  const session = await loadSession(token);
  if (!session) return null;
  return { token, session, draft: readDraft(session.answers) };
}

export async function setSessionCookie(token: string): Promise<void> {
  // Secure whenever the visitor reached us over HTTPS (directly or through a proxy).
  const secure = (await headers()).get("x-forwarded-proto") === "https" || env.COOKIE_SECURE === "true";
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: env.SESSION_TTL_DAYS * 24 * 60 * 60,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}

export async function startWizardSession(draft: Draft = {}): Promise<WizardSession> {
  const { token, session } = await createSession({
    answers: draft,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    stepReached: draft.completed?.at(-1) ?? "start",
  });
  await setSessionCookie(token);
  return { token, session, draft };
}

export type SaveOutcome =
  | { ok: true; session: StoredSession }
  | { ok: false; reason: "conflict"; current: WizardSession }
  | { ok: false; reason: "not_found" };

export async function saveDraft(token: string, draft: Draft, expectedVersion: number): Promise<SaveOutcome> {
  const result = await saveSession(token, {
    answers: draft,
    schemaVersion: DRAFT_SCHEMA_VERSION,
    stepReached: draft.completed?.at(-1) ?? "start",
    expectedVersion,
  });
  if (result.ok) return result;
  if (result.reason === "conflict") {
    return { ok: false, reason: "conflict", current: { token, session: result.current, draft: readDraft(result.current.answers) } };
  }
  return result;
}

export async function deleteWizardSession(): Promise<void> {
  const token = await currentToken();
  if (token) await deleteSession(token);
  await clearSessionCookie();
}
