"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { serverTodayIso } from "@/lib/server/clock.server";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { isWellFormedToken } from "@/lib/server/sessions/token";
import { inputNames, parseFields, valuesFromFormData } from "@/lib/wizard/fields";
import { SAVE_AND_COME_BACK_LATER, type StepFormState } from "@/lib/wizard/form-state";
import { firstIncomplete, formValuesFor, nextAfter, withAnswers } from "@/lib/wizard/journey";
import { stepBySlug } from "@/lib/wizard/steps";
import {
  deleteWizardSession,
  loadWizard,
  resumeFromLink,
  rotateSessionSecret,
  saveDraft,
  startWizardSession,
  stepContext,
} from "@/app/_server/wizard-session";

// Every action here can be called by anyone with any arguments, not only by this app's forms: a
// crafted call must get an ordinary answer, never a 500. Each checks its arguments first.

/** A form post passes one FormData; anything else, or more, is not from a page of this app. */
function formDataArgument(args: readonly unknown[]): FormData | null {
  if (args.length > 1) return null;
  return args[0] instanceof FormData ? args[0] : args.length === 0 ? new FormData() : null;
}

/** The page a failed database call sends the person to: what could not be done, and that nothing is lost. */
type Unavailable = "start" | "delete" | "resume" | "save";
function unavailable(what: Unavailable, error: unknown): never {
  unstable_rethrow(error);
  // The error's kind only: never the answers, never a token or secret.
  console.error(`A database call for "${what}" failed: ${(error as Error)?.name ?? "unknown error"}`);
  redirect(`/check/save/unavailable?what=${what}`);
}

/**
 * Null when this visitor's network may start another saved session now, or the message saying
 * how long to wait. Counted in the database, so every instance of the app shares the limit.
 */
async function tooManyNewChecks(): Promise<string | null> {
  const { allowed, retryAfterSeconds } = await consume("session-create", requestClient(await headers()));
  if (allowed) return null;
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `Too many new checks from your network; try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

// Over the limit, "Start now" and "Start again" still open the first page, without a saved
// session: its first save then says why it cannot save, and keeps what was typed.

/** "Start now": continue a saved session if there is one, or start a new one. */
export async function startCheck(...args: unknown[]): Promise<void> {
  if (!formDataArgument(args)) redirect("/");
  let next = "after-tax";
  try {
    const existing = await loadWizard();
    if (existing) next = firstIncomplete(existing.draft, serverTodayIso());
    else if (!(await tooManyNewChecks())) await startWizardSession();
  } catch (error) {
    unavailable("start", error);
  }
  redirect(`/check/${next}`);
}

/** "Start again": forget the current answers and begin a fresh session. */
export async function startAgain(...args: unknown[]): Promise<void> {
  if (!formDataArgument(args)) redirect("/");
  try {
    await deleteWizardSession();
    if (!(await tooManyNewChecks())) await startWizardSession();
  } catch (error) {
    unavailable("start", error);
  }
  redirect("/check/after-tax");
}

export async function deleteAnswers(...args: unknown[]): Promise<void> {
  if (!formDataArgument(args)) redirect("/");
  try {
    await deleteWizardSession();
  } catch (error) {
    unavailable("delete", error);
  }
  redirect("/?deleted=1");
}

/**
 * "Save and come back later" from a page with nothing new to save (check your answers, the
 * result): the cookie gets a new secret, then the page with the link.
 */
export async function comeBackLater(...args: unknown[]): Promise<void> {
  if (!formDataArgument(args)) redirect("/");
  let saved = false;
  try {
    saved = await rotateSessionSecret();
  } catch (error) {
    unavailable("save", error);
  }
  redirect(saved ? "/check/save" : "/");
}

/**
 * "Continue with your saved answers" on /resume/<token>: only this POST (same origin, checked by
 * proxy.ts and by Next) puts the saved session into the cookie; opening the link never does.
 */
export async function resumeSession(...args: unknown[]): Promise<void> {
  const formData = formDataArgument(args);
  const token = formData?.get("token");
  if (!isWellFormedToken(token)) redirect("/session-ended");
  let next: string | null = null;
  try {
    const limit = await consume("resume", requestClient(await headers()));
    // Past the limit, the link's page says so (its own lookup is refused too).
    if (!limit.allowed) next = `/resume/${token}`;
    else {
      const resumed = await resumeFromLink(token);
      next = resumed ? `/check/${firstIncomplete(resumed.draft, serverTodayIso())}` : "/session-ended";
    }
  } catch (error) {
    unavailable("resume", error);
  }
  redirect(next ?? "/session-ended");
}

const SAVE_FAILED =
  "We could not save your answers just now. Nothing you typed here is lost and your earlier answers are safe: wait a moment, then select Continue again.";

/** Every text field that was posted, so a failed save can show it all back. */
function postedValues(formData: FormData): StepFormState["values"] {
  const values: StepFormState["values"] = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$ACTION") && Object.keys(values).length < 50) {
      values[name.slice(0, 100)] = value.slice(0, 200);
    }
  }
  return values;
}

const EMPTY_STATE: StepFormState = { values: {}, errors: {}, version: null, attempt: 0 };

/** The form state as this app's pages send it; a crafted one (null, wrong types) counts as a fresh form. */
function formState(candidate: unknown): StepFormState {
  if (typeof candidate !== "object" || candidate === null) return EMPTY_STATE;
  const { version, attempt } = candidate as Record<string, unknown>;
  return {
    ...EMPTY_STATE,
    version: typeof version === "number" && Number.isSafeInteger(version) ? version : null,
    attempt: typeof attempt === "number" && Number.isSafeInteger(attempt) && attempt >= 0 && attempt < 1e6 ? attempt : 0,
  };
}

/**
 * Saves one wizard page. When the database cannot be reached (locked, read-only, down), the
 * page says so and keeps what was typed; the next attempt works once the database is back.
 */
export async function saveStep(slug: unknown, ...args: unknown[]): Promise<StepFormState> {
  const state = formState(args[0]);
  const step = typeof slug === "string" ? stepBySlug(slug) : undefined;
  if (!step || args.length !== 2 || !(args[1] instanceof FormData)) {
    return { ...state, message: "This page could not be read. Go back to the page and answer again.", attempt: state.attempt + 1 };
  }
  const formData = args[1];
  try {
    return await validateAndSave(step.slug, state, formData);
  } catch (error) {
    unstable_rethrow(error);
    // The error's kind only: never the answers, never the session secret.
    console.error(`Saving the wizard page "${step.slug}" failed: ${(error as Error)?.name ?? "unknown error"}`);
    return { values: postedValues(formData), errors: {}, message: SAVE_FAILED, version: state.version, attempt: state.attempt + 1 };
  }
}

/** Validate with the page's schema, save with the version read, move on (or to the link page). */
async function validateAndSave(slug: string, state: StepFormState, formData: FormData): Promise<StepFormState> {
  const step = stepBySlug(slug)!;
  const context = { ...stepContext(), today: serverTodayIso() };
  const loaded = await loadWizard();
  const draft = loaded?.draft ?? {};
  const fields = step.fields(draft, context);
  const values = valuesFromFormData(fields, formData);
  // The field names a page posts (a date's three boxes, not the date's own name).
  const posted = fields.flatMap(inputNames);
  const comeBackLater = formData.get("intent") === SAVE_AND_COME_BACK_LATER;
  const shown = formValuesFor(step, draft, context);
  if (comeBackLater && loaded && posted.every((name) => values[name] === (shown[name] ?? ""))) {
    // The page as it was shown (nothing answered yet, or only what is saved): nothing new to check
    // or save, and nothing dropped.
    await rotateSessionSecret();
    redirect("/check/save");
  }
  const failed = (errors: StepFormState["errors"], message?: string): StepFormState => ({
    values,
    errors,
    message,
    version: loaded?.session.version ?? null,
    attempt: state.attempt + 1,
  });

  const parsed = parseFields(fields, values);
  if (!parsed.ok) return failed(parsed.errors);
  const answered = withAnswers(step, draft, parsed.data);

  const returnToAnswers = formData.get("returnTo") === "answers";
  // A session started by this save has a secret nobody has seen yet; an existing one gets a new one.
  let rotate = comeBackLater;
  if (!loaded) {
    // No session yet (or it expired): this page's answers start a new one.
    const limited = await tooManyNewChecks();
    if (limited) return failed({}, limited);
    await startWizardSession(answered);
    rotate = false;
  } else {
    const expectedVersion = Number(formData.get("version"));
    const outcome = await saveDraft(loaded.secret, answered, Number.isSafeInteger(expectedVersion) ? expectedVersion : -1);
    if (!outcome.ok && outcome.reason === "conflict") {
      // What this person typed stays on the form; the version moves to the one now saved, so
      // submitting again saves it knowingly over the other window's change.
      return {
        values,
        errors: {},
        message:
          "Your answers were changed in another window or tab. What you typed here is still below and is not saved yet: check it, then select the button again to save it.",
        version: outcome.current.session.version,
        attempt: state.attempt,
      };
    }
    if (!outcome.ok) {
      const limited = await tooManyNewChecks();
      if (limited) return failed({}, limited);
      await startWizardSession(answered);
      rotate = false;
    }
  }
  if (rotate) await rotateSessionSecret();
  if (comeBackLater) redirect("/check/save");
  const next = nextAfter(step.slug, answered, returnToAnswers, serverTodayIso());
  // On the way back to the answers, a page still to answer keeps the way back.
  redirect(`/check/${next}${returnToAnswers && next !== "answers" && next !== "result" ? "?returnTo=answers" : ""}`);
}
