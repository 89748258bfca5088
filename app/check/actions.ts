"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { serverTodayIso } from "@/lib/server/clock.server";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { parseFields, valuesFromFormData } from "@/lib/wizard/fields";
import type { StepFormState } from "@/lib/wizard/form-state";
import { crossCheck, firstIncomplete, formValuesFor, nextAfter, withAnswers } from "@/lib/wizard/journey";
import { stepBySlug, type StepSlug } from "@/lib/wizard/steps";
import {
  deleteWizardSession,
  loadWizard,
  saveDraft,
  startWizardSession,
  stepContext,
} from "@/app/_server/wizard-session";

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
export async function startCheck(): Promise<void> {
  const existing = await loadWizard();
  if (existing) redirect(`/check/${firstIncomplete(existing.draft)}`);
  if (!(await tooManyNewChecks())) await startWizardSession();
  redirect("/check/after-tax");
}

/** "Start again": forget the current answers and begin a fresh session. */
export async function startAgain(): Promise<void> {
  await deleteWizardSession();
  if (!(await tooManyNewChecks())) await startWizardSession();
  redirect("/check/after-tax");
}

export async function deleteAnswers(): Promise<void> {
  await deleteWizardSession();
  redirect("/?deleted=1");
}

const SAVE_FAILED =
  "We could not save your answers just now. Nothing you typed here is lost and your earlier answers are safe: wait a moment, then select Continue again.";

/** Every text field that was posted, so a failed save can show it all back. */
function postedValues(formData: FormData): StepFormState["values"] {
  const values: StepFormState["values"] = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && !name.startsWith("$ACTION")) values[name] = value.slice(0, 200);
  }
  return values;
}

/**
 * Saves one wizard page. When the database cannot be reached (locked, read-only, down), the
 * page says so and keeps what was typed; the next attempt works once the database is back.
 */
export async function saveStep(slug: StepSlug, state: StepFormState, formData: FormData): Promise<StepFormState> {
  try {
    return await validateAndSave(slug, state, formData);
  } catch (error) {
    unstable_rethrow(error);
    // The error's kind only: never the answers, never the session token.
    console.error(`Saving the wizard page "${slug}" failed: ${(error as Error)?.name ?? "unknown error"}`);
    return { values: postedValues(formData), errors: {}, message: SAVE_FAILED, version: state.version, attempt: state.attempt + 1 };
  }
}

/** Validate with the page's schema, save with the version read, move on. */
async function validateAndSave(slug: StepSlug, state: StepFormState, formData: FormData): Promise<StepFormState> {
  const step = stepBySlug(slug);
  if (!step) redirect("/check/after-tax");
  const context = stepContext();
  const loaded = await loadWizard();
  const draft = loaded?.draft ?? {};
  const fields = step.fields(draft, context);
  const values = valuesFromFormData(fields, formData);
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
  const crossErrors = crossCheck(step, answered, serverTodayIso());
  if (Object.keys(crossErrors).length > 0) return failed(crossErrors);

  const returnToAnswers = formData.get("returnTo") === "answers";
  if (!loaded) {
    // No session yet (or it expired): this page's answers start a new one.
    const limited = await tooManyNewChecks();
    if (limited) return failed({}, limited);
    await startWizardSession(answered);
  } else {
    const expectedVersion = Number(formData.get("version"));
    const outcome = await saveDraft(loaded.token, answered, Number.isInteger(expectedVersion) ? expectedVersion : -1);
    if (!outcome.ok && outcome.reason === "conflict") {
      return {
        values: formValuesFor(step, outcome.current.draft, context),
        errors: {},
        message:
          "Your answers were changed in another window or tab. We have loaded the latest saved answers: check them and continue.",
        version: outcome.current.session.version,
        attempt: state.attempt,
      };
    }
    if (!outcome.ok) {
      const limited = await tooManyNewChecks();
      if (limited) return failed({}, limited);
      await startWizardSession(answered);
    }
  }
  redirect(`/check/${nextAfter(step.slug, answered, returnToAnswers)}`);
}
