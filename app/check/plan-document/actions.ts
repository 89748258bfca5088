"use server";

import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { FEATURES, type Answer, type EmployerMatch } from "@/lib/plan-document";
import { withDocumentAnswers } from "@/lib/plan-document/draft-answers";
import { employerMatchSchema } from "@/lib/rules/schema";
import { parseFields, type FieldSpec } from "@/lib/wizard/fields";
import { waitText } from "@/lib/server/http/responses";
import { READ_PROBLEM_MESSAGES } from "@/lib/server/plan-document/problems";
import { readDocumentInput } from "@/lib/server/plan-document/read";
import { startTrackedRead, trackedRead } from "@/lib/server/plan-document/reads.server";
import { holdReadSlot } from "@/lib/server/rate-limit/in-flight";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { consumeWorkFor } from "@/lib/server/rate-limit/work-limiter.server";
import { loadWizard, saveDraft, startWizardSession } from "@/app/_server/wizard-session";
import type { PlanDocumentState } from "./state";

/** After "Use these answers": check your answers, with what the document filled and what is still open. */
const LANDING = "/check/answers?from=document";

/** A read that ends within this long answers the form post itself; a longer one shows its progress. */
const QUICK_READ_MS = 2_000;

/** Pasted text shown back after a problem, up to this length (longer text is not echoed). */
const ECHO_LIMIT = 200_000;

// Both actions can be called by anyone with any arguments, not only by this page's forms: a
// crafted call gets an ordinary answer, never a 500.

/** The state the page last had, if the argument is one; else a first attempt. */
function attemptAfter(state: unknown): number {
  if (typeof state !== "object" || state === null) return 1;
  const { stage, attempt } = state as { stage?: unknown; attempt?: unknown };
  return stage === "upload" && typeof attempt === "number" && Number.isInteger(attempt) && attempt >= 0 && attempt < 1_000_000 ? attempt + 1 : 1;
}

/**
 * Reads the uploaded PDF or pasted text. The document and its text live only in this request:
 * the state sent back holds the findings (short quotes), never the text, unless the person
 * pasted it and must correct something.
 */
export async function readDocument(...args: unknown[]): Promise<PlanDocumentState> {
  const [state, formData] = args;
  const attempt = attemptAfter(state);
  if (args.length !== 2 || !(formData instanceof FormData)) return { stage: "upload", message: READ_PROBLEM_MESSAGES.empty, text: "", attempt };
  const file = formData.get("file");
  const text = formData.get("text");
  const pasted = typeof text === "string" ? text : "";
  const upload = (message: string): PlanDocumentState => ({ stage: "upload", message, text: pasted.length <= ECHO_LIMIT ? pasted : "", attempt });
  try {
    const limit = consumeWorkFor("upload", await headers());
    if (!limit.allowed) return upload(`Too many documents were read from your network. Try again in ${waitText(limit.retryAfterSeconds)}: nothing you sent was kept.`);
    const release = holdReadSlot(limit.client);
    if (!release) return upload("A document from your network is being read already. Wait for it to finish, then try again.");
    // The age already given decides "after age 59½"; the answers already given are shown beside the document's.
    const loaded = await loadWizard();
    const current: Record<string, string> = {};
    for (const feature of FEATURES) {
      const value = loaded?.draft[feature];
      if (value) current[feature] = value;
    }
    const hasFile = file instanceof Blob && file.size > 0;
    const { id, outcome } = startTrackedRead(limit.client, async (onProgress): Promise<PlanDocumentState> => {
      try {
        const reading = await readDocumentInput({ file: hasFile ? file : null, text: pasted }, { ageAtYearEnd: loaded?.draft.ageAtYearEnd }, onProgress);
        if (!reading.ok) return upload(READ_PROBLEM_MESSAGES[reading.problem]);
        return { stage: "review", findings: reading.findings, pageCount: reading.pageCount, source: hasFile ? "pdf" : "text", current };
      } catch (error) {
        // The kind of error only, never the document.
        console.error(`Reading a plan document failed: ${(error as Error)?.name ?? "unknown error"}`);
        return upload(READ_PROBLEM_MESSAGES.unreadable);
      } finally {
        release();
      }
    });
    // Most documents are read in a second or two: the answer comes with this response. A longer
    // read (a scan) shows its progress instead, and the page follows it to the findings.
    const quick = await Promise.race([outcome, new Promise<null>((resolve) => setTimeout(() => resolve(null), QUICK_READ_MS))]);
    if (quick) return quick;
    const status = trackedRead<PlanDocumentState>(id, limit.client);
    if (status?.done) return status.outcome;
    return { stage: "reading", id, progress: status?.progress ?? { stage: "queued" }, attempt };
  } catch (error) {
    unstable_rethrow(error);
    console.error(`Reading a plan document failed: ${(error as Error)?.name ?? "unknown error"}`);
    return upload(READ_PROBLEM_MESSAGES.unreadable);
  }
}

function answerOf(value: FormDataEntryValue | null): Answer | undefined {
  return value === "yes" || value === "no" || value === "unsure" ? value : undefined;
}

/** The after-tax cap as the wizard's own percent field reads it: "10" or "7.5", never "1e-7" or "0x10". */
const CAP_FIELD: FieldSpec = { name: "afterTaxCapPercentOfPay", kind: "percent", label: "The plan's after-tax limit, as a percentage of pay", hint: "For example 10%" };

/** Where a confirmation that does not parse is sent: the upload again, with the reason. */
const REJECTED = "/check/plan-document?problem=answers";
const PER_PAYCHECK_FIELD: FieldSpec = {
  name: "perPaycheckCapPercent",
  kind: "percent",
  label: "The plan's limit on each paycheck, as a percentage of pay",
  hint: "For example 50%",
};

/**
 * A confirmed percentage, parsed with the wizard's own field rules: "1e-7", "5e-324" or "0x10"
 * is refused, not stored. Unticked: undefined.
 */
function confirmedPercent(formData: FormData, use: string, name: string, field: FieldSpec): number | undefined {
  if (formData.get(use) !== "yes") return undefined;
  const typed = formData.get(name);
  const parsed = parseFields([field], { [field.name]: typeof typed === "string" ? typed.slice(0, 20) : "" });
  const value = parsed.ok ? parsed.data[field.name] : undefined;
  if (typeof value !== "number" || !(value > 0)) redirect(REJECTED);
  return value;
}

/** Saves the answers the person confirmed, marks those from the document, and continues the wizard. */
export async function confirmDocumentAnswers(...args: unknown[]): Promise<void> {
  const formData = args[0];
  if (args.length !== 1 || !(formData instanceof FormData)) redirect(REJECTED);
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
  const afterTaxCapPercentOfPay = confirmedPercent(formData, "useCap", "document-cap", CAP_FIELD);
  const said = formData.get("document-matches-after-tax");
  const matchesAfterTax: "yes" | "no" | undefined = formData.get("useMatchesAfterTax") === "yes" && (said === "yes" || said === "no") ? said : undefined;
  const perPaycheckCapPercent = confirmedPercent(formData, "usePerPaycheck", "document-per-paycheck", PER_PAYCHECK_FIELD);
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
