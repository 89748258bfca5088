"use server";

import { redirect, unstable_rethrow } from "next/navigation";
import { serverTodayIso } from "@/lib/server/clock.server";
import { ASSUMPTION_FIELDS, parseAssumptionsForm, type AssumptionField } from "@/lib/result/projection-view";
import { resultFor } from "@/lib/result/result";
import { loadWizard, saveDraft } from "@/app/_server/wizard-session";

const FIELD_NAMES = Object.keys(ASSUMPTION_FIELDS) as AssumptionField[];

/**
 * Saves the projection's assumptions in the saved draft, so the PDF (made from the draft) shows
 * the same comparison as the page. A mistake comes back in the address: the page shows each
 * message next to its field with what was typed, with or without JavaScript.
 */
export async function saveAssumptions(...args: unknown[]): Promise<void> {
  // Anyone can call an action with any arguments: only one FormData, from a form, is accepted,
  // and only short strings are read from it.
  const formData = args.length === 1 && args[0] instanceof FormData ? args[0] : null;
  if (!formData) redirect("/check/result");
  const posted: Partial<Record<AssumptionField, string>> = {};
  for (const name of FIELD_NAMES) {
    const value = formData.get(name);
    if (typeof value === "string") posted[name] = value.slice(0, 20);
  }
  let invalid: URLSearchParams | null = null;
  try {
    const loaded = await loadWizard();
    if (!loaded) redirect("/check/after-tax");
    const result = resultFor(loaded.draft, serverTodayIso());
    if (result.kind !== "full" || !result.projection) redirect("/check/result");
    const parsed = parseAssumptionsForm(posted, result.projection.askMarginalRate);
    if (!parsed.ok) {
      invalid = new URLSearchParams({ assumptions: "invalid" });
      for (const [name, value] of Object.entries(parsed.values)) invalid.set(name, value);
    } else {
      const outcome = await saveDraft(loaded.secret, { ...loaded.draft, ...parsed.draft }, loaded.session.version);
      if (!outcome.ok && outcome.reason === "conflict") {
        // Another tab saved first: keep its answers and apply these assumptions on top.
        await saveDraft(loaded.secret, { ...outcome.current.draft, ...parsed.draft }, outcome.current.session.version);
      }
    }
  } catch (error) {
    unstable_rethrow(error);
    // The error's kind only: never the answers, never a secret.
    console.error(`Saving the projection's assumptions failed: ${(error as Error)?.name ?? "unknown error"}`);
    redirect("/check/save/unavailable?what=save");
  }
  if (invalid) redirect(`/check/result?${invalid.toString()}#assumptions`);
  redirect("/check/result#projection-title");
}
