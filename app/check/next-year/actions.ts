"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { serverToday, serverTodayIso } from "@/lib/server/clock.server";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { offersNextYear } from "@/lib/wizard/irs-figures";
import { firstIncomplete } from "@/lib/wizard/journey";
import { nextYearDraft } from "@/lib/wizard/next-year-draft";
import { loadWizard, startWizardSession } from "@/app/_server/wizard-session";

/**
 * "Plan <next year> now", from this year's result from October on: a new saved check for next
 * year with the answers that carry over, continued at the first question still to answer. This
 * year's answers stay under their own link. Anyone may call this with anything: a crafted call
 * gets an ordinary page, never a 500.
 */
export async function planNextYear(...args: unknown[]): Promise<void> {
  if (args.length > 1 || !(args[0] instanceof FormData || args.length === 0)) redirect("/");
  let next = "/check/result";
  try {
    const loaded = await loadWizard();
    if (!loaded) redirect("/check/after-tax");
    const draft = offersNextYear(serverTodayIso()) && loaded.draft.taxYear === serverToday().getUTCFullYear() ? nextYearDraft(loaded.draft) : undefined;
    if (draft) {
      const { allowed } = await consume("session-create", requestClient(await headers()));
      if (allowed) {
        await startWizardSession(draft);
        // Through the pages still to answer, then to the answers: the carried pages are not walked again.
        const first = firstIncomplete(draft, serverTodayIso());
        next = first === "answers" ? "/check/answers" : `/check/${first}?returnTo=answers`;
      }
    }
  } catch (error) {
    unstable_rethrow(error);
    console.error(`Starting next year's check failed: ${(error as Error)?.name ?? "unknown error"}`);
    redirect("/check/save/unavailable?what=start");
  }
  redirect(next);
}
