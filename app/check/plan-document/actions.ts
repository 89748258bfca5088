"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { FEATURES, type Answer, type EmployerMatch } from "@/lib/plan-document";
import { withDocumentAnswers } from "@/lib/plan-document/draft-answers";
import { PROBLEM_MESSAGES } from "@/lib/plan-document/input";
import { employerMatchSchema } from "@/lib/rules/schema";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { readDocumentInput } from "@/lib/server/plan-document/read";
import { loadWizard, saveDraft, startWizardSession } from "@/app/_server/wizard-session";
import type { PlanDocumentState } from "./state";

/** After "Use these answers": check your answers, with what the document filled and what is still open. */
const LANDING = "/check/answers?from=document";

/** Pasted text shown back after a problem, up to this length (longer text is not echoed). */
const ECHO_LIMIT = 200_000;

/**
 * Reads the uploaded PDF or pasted text. The document and its text live only in this request:
 * the state sent back holds the findings (short quotes), never the text, unless the person
 * pasted it and must correct something.
 */
export async function readDocument(state: PlanDocumentState, formData: FormData): Promise<PlanDocumentState> {
  const file = formData.get("file");
  const text = formData.get("text");
  const pasted = typeof text === "string" ? text : "";
  const attempt = state.stage === "upload" ? state.attempt + 1 : 1;
  try {
    // The age already given decides "after age 59½".
    const loaded = await loadWizard();
    const reading = await readDocumentInput(
      { file: file instanceof Blob && file.size > 0 ? file : null, text: pasted },
      { ageAtYearEnd: loaded?.draft.ageAtYearEnd },
    );
    if (!reading.ok) return { stage: "upload", message: PROBLEM_MESSAGES[reading.problem], text: pasted.length <= ECHO_LIMIT ? pasted : "", attempt };
    const current: Record<string, string> = {};
    for (const feature of FEATURES) {
      const value = loaded?.draft[feature];
      if (value) current[feature] = value;
    }
    const source = file instanceof Blob && file.size > 0 ? "pdf" : "text";
    return { stage: "review", findings: reading.findings, pageCount: reading.pageCount, source, current };
  } catch (error) {
    unstable_rethrow(error);
    // The kind of error only, never the document.
    console.error(`Reading a plan document failed: ${(error as Error)?.name ?? "unknown error"}`);
    return { stage: "upload", message: PROBLEM_MESSAGES.unreadable, text: pasted.length <= ECHO_LIMIT ? pasted : "", attempt };
  }
}

function answerOf(value: FormDataEntryValue | null): Answer | undefined {
  return value === "yes" || value === "no" || value === "unsure" ? value : undefined;
}

/** Saves the answers the person confirmed, marks those from the document, and continues the wizard. */
export async function confirmDocumentAnswers(formData: FormData): Promise<void> {
  const chosen: Partial<Record<(typeof FEATURES)[number], Answer>> = {};
  const fromDocument: typeof chosen = {};
  for (const feature of FEATURES) {
    const picked = answerOf(formData.get(feature));
    if (picked) chosen[feature] = picked;
    const said = answerOf(formData.get(`document-${feature}`));
    if (said) fromDocument[feature] = said;
  }
  let employerMatch: EmployerMatch | undefined;
  if (formData.get("useMatch") === "yes") {
    try {
      const parsed = employerMatchSchema.safeParse(JSON.parse(String(formData.get("document-match") ?? "")));
      if (parsed.success) employerMatch = parsed.data;
    } catch {
      employerMatch = undefined;
    }
  }
  const cap = Number(formData.get("document-cap"));
  const afterTaxCapPercentOfPay = formData.get("useCap") === "yes" && cap > 0 && cap <= 100 ? cap : undefined;
  const said = formData.get("document-matches-after-tax");
  const matchesAfterTax: "yes" | "no" | undefined = formData.get("useMatchesAfterTax") === "yes" && (said === "yes" || said === "no") ? said : undefined;
  const perPaycheck = Number(formData.get("document-per-paycheck"));
  const perPaycheckCapPercent = formData.get("usePerPaycheck") === "yes" && perPaycheck > 0 && perPaycheck <= 100 ? perPaycheck : undefined;
  const confirmed = { chosen, fromDocument, employerMatch, afterTaxCapPercentOfPay, matchesAfterTax, perPaycheckCapPercent };

  let loaded = await loadWizard();
  if (loaded) {
    let outcome = await saveDraft(loaded.secret, withDocumentAnswers(loaded.draft, confirmed), loaded.session.version);
    // Changed in another tab meanwhile: apply the confirmed answers to the latest answers.
    if (!outcome.ok && outcome.reason === "conflict") {
      loaded = outcome.current;
      outcome = await saveDraft(loaded.secret, withDocumentAnswers(loaded.draft, confirmed), loaded.session.version);
    }
    if (outcome.ok) redirect(LANDING);
  }
  try {
    const { allowed } = await consume("session-create", requestClient(await headers()));
    if (allowed) await startWizardSession(withDocumentAnswers({}, confirmed));
  } catch (error) {
    unstable_rethrow(error);
    console.error(`Saving plan-document answers failed: ${(error as Error)?.name ?? "unknown error"}`);
  }
  redirect(LANDING);
}
