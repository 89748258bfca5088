"use server";

import { redirect } from "next/navigation";
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
export async function saveAssumptions(formData: FormData): Promise<void> {
  // A server action can be called with anything: take only short strings from a real form.
  if (!(formData instanceof FormData)) redirect("/check/result");
  const posted: Partial<Record<AssumptionField, string>> = {};
  for (const name of FIELD_NAMES) {
    const value = formData.get(name);
    if (typeof value === "string") posted[name] = value.slice(0, 20);
  }
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  const result = resultFor(loaded.draft, serverTodayIso());
  if (result.kind !== "full" || !result.projection) redirect("/check/result");
  const parsed = parseAssumptionsForm(posted, result.projection.askMarginalRate);
  if (!parsed.ok) {
    const query = new URLSearchParams({ assumptions: "invalid" });
    for (const [name, value] of Object.entries(parsed.values)) query.set(name, value);
    redirect(`/check/result?${query.toString()}#assumptions`);
  }
  const outcome = await saveDraft(loaded.token, { ...loaded.draft, ...parsed.draft }, loaded.session.version);
  if (!outcome.ok && outcome.reason === "conflict") {
    // Another tab saved first: keep its answers and apply these assumptions on top.
    await saveDraft(loaded.token, { ...outcome.current.draft, ...parsed.draft }, outcome.current.session.version);
  }
  redirect("/check/result#projection-title");
}
