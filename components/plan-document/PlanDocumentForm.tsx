"use client";

import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/wizard/ErrorSummary";
import { Field } from "@/components/wizard/Field";
import { fieldInputId } from "@/components/wizard/ids";
import type { Evidence, Feature } from "@/lib/plan-document";
import { highlightQuote, type HighlightKey } from "@/lib/plan-document/highlight";
import type { PlanDocumentState } from "@/app/check/plan-document/state";
import { ReadingProgress } from "./ReadingProgress";
import { FEATURE_QUESTIONS, describeMatch } from "./wording";

interface Props {
  action: (state: PlanDocumentState, formData: FormData) => Promise<PlanDocumentState>;
  confirm: (formData: FormData) => Promise<void>;
  /** The state to start from: a read still going, or its outcome, when the page follows one (?read=). */
  initial?: PlanDocumentState;
}

export const PLAN_DOCUMENT_TITLE = "Find the answers in your plan document";

const button =
  "mt-8 bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900 disabled:opacity-70";

/**
 * Upload a PDF or paste text, then confirm what it says. Both are plain form posts to server
 * actions, so the page works the same with JavaScript turned off.
 */
export function PlanDocumentForm({ action, confirm, initial }: Props) {
  const [posted, formAction, pending] = useActionState<PlanDocumentState, FormData>(action, initial ?? { stage: "upload", text: "", attempt: 0 });
  // A long read's outcome, once its progress (polled) says it is done; a new post replaces it.
  const [followed, setFollowed] = useState<{ from: PlanDocumentState; to: PlanDocumentState } | null>(null);
  const state = followed && followed.from === posted ? followed.to : posted;
  // GOV.UK: a page showing an error says so first in its title. The page's only <title> (the route sets none).
  const title = <title>{`${state.stage === "upload" && state.message ? "Error: " : ""}${PLAN_DOCUMENT_TITLE} – Mega Backdoor Roth Check`}</title>;
  if (state.stage === "review") return <>{title}<Review state={state} confirm={confirm} /></>;
  if (state.stage === "reading") {
    return <>{title}<ReadingProgress key={state.id} id={state.id} progress={state.progress} onDone={(to) => setFollowed({ from: posted, to })} /></>;
  }
  return (
    <form action={formAction} encType="multipart/form-data" data-testid="plan-document-upload">
      {title}
      <ErrorSummary errors={state.message ? { file: state.message } : {}} focusKey={state.attempt} />
      <div className={state.message ? "border-l-4 border-error pl-4" : ""}>
        <label htmlFor={fieldInputId("file")} className="mb-1 block text-lg font-bold">
          Your plan document (PDF)
        </label>
        <span id="file-hint" className="mb-2 block text-muted">
          The Summary Plan Description or benefits guide, up to 15 MB. It is read on our server while you wait and is not kept.
        </span>
        {state.message && (
          <span id="file-error" className="mb-2 block font-bold text-error">
            <span className="sr-only">Error: </span>
            {state.message}
          </span>
        )}
        <input
          id={fieldInputId("file")}
          name="file"
          type="file"
          accept="application/pdf,.pdf"
          aria-describedby={state.message ? "file-hint file-error" : "file-hint"}
          className="block max-w-full border-2 border-ink p-2"
        />
      </div>
      <div className="mt-8">
        <label htmlFor={fieldInputId("text")} className="mb-1 block text-lg font-bold">
          Or paste the text of the document
        </label>
        <span id="text-hint" className="mb-2 block text-muted">
          The sections about contributions, withdrawals and Roth conversions are enough.
        </span>
        <textarea
          id={fieldInputId("text")}
          name="text"
          rows={10}
          defaultValue={state.text}
          aria-describedby="text-hint"
          className="block w-full border-2 border-ink p-2"
        />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {pending ? "Reading your document…" : "Read my document"}
      </button>
    </form>
  );
}

function Quote({ evidence, highlight }: { evidence: Evidence; highlight: HighlightKey }) {
  return (
    <blockquote className="mt-2 border-l-4 border-gray-400 pl-3">
      <p>
        {highlightQuote(highlight, evidence.quote).map((piece, index) =>
          piece.marked ? <mark key={index}>{piece.text}</mark> : <span key={index}>{piece.text}</span>,
        )}
      </p>
      <footer className="text-sm text-muted">Page {evidence.page}</footer>
    </blockquote>
  );
}

const SAID: Record<string, string> = { yes: "Yes", no: "No", unsure: "Not found" };

function Review({ state, confirm }: { state: Extract<PlanDocumentState, { stage: "review" }>; confirm: Props["confirm"] }) {
  const { findings } = state;
  const match = findings.employerMatch;
  const cap = findings.afterTaxCapPercentOfPay;
  const matched = findings.matchesAfterTax;
  const perPaycheck = findings.perPaycheckCapPercent;
  return (
    <form action={confirm} data-testid="plan-document-review">
      {findings.notAPlanDocument && (
        <div role="alert" className="mb-8 border-l-8 border-error p-4" data-testid="not-a-plan">
          This does not read like a retirement plan document (it looks like a pay stub, a checklist or another benefit), so nothing
          was taken from it. Choose your plan&rsquo;s Summary Plan Description instead, or answer the questions yourself.
        </div>
      )}
      <div role="status" className="mb-8 border-l-8 border-brand bg-blue-50 p-4">
        We read {state.pageCount} {state.pageCount === 1 ? "page" : "pages"}. Check each answer against the passages quoted, change any
        that is wrong, then continue. &ldquo;Not found&rdquo; means the document did not say it; &ldquo;Not clear&rdquo; means its passages disagree or
        depend on something else. For those, ask your plan administrator.
      </div>
      <div className="space-y-10">
        {(Object.keys(FEATURE_QUESTIONS) as Feature[]).map((feature) => {
          const finding = findings[feature];
          const preset = finding.answer !== "unsure" ? finding.answer : (state.current[feature] ?? "");
          return (
            <section key={feature} aria-labelledby={`said-${feature}`} data-testid={`finding-${feature}`}>
              <h2 id={`said-${feature}`} className="text-xl font-bold">
                {FEATURE_QUESTIONS[feature].short}:{" "}
                <span data-testid="document-says">{finding.answer === "unsure" && finding.evidence.length > 0 ? "Not clear" : SAID[finding.answer]}</span>
              </h2>
              {finding.answer === "unsure" && finding.evidence.length > 0 && (
                <p className="mt-1">The passages below disagree or depend on something else, such as your age.</p>
              )}
              {finding.evidence.map((evidence, index) => (
                <Quote key={index} evidence={evidence} highlight={feature} />
              ))}
              <input type="hidden" name={`document-${feature}`} value={finding.answer} />
              <div className="mt-4">
                <Field
                  field={{
                    name: feature,
                    kind: "choice",
                    label: FEATURE_QUESTIONS[feature].question,
                    options: [
                      { value: "yes", label: "Yes" },
                      { value: "no", label: "No" },
                      { value: "unsure", label: "Not sure" },
                    ],
                  }}
                  value={preset}
                />
              </div>
            </section>
          );
        })}
        {match && (
          <section aria-labelledby="said-match" data-testid="finding-match">
            <h2 id="said-match" className="text-xl font-bold">
              Employer match: {describeMatch(match.value)}
            </h2>
            {match.evidence.map((evidence, index) => (
              <Quote key={index} evidence={evidence} highlight="employerMatch" />
            ))}
            <input type="hidden" name="document-match" value={JSON.stringify(match.value)} />
            <div className="mt-4 flex items-start gap-3">
              <input id="use-match" type="checkbox" name="useMatch" value="yes" defaultChecked className="mt-0.5 h-7 w-7 shrink-0 accent-ink" />
              <label htmlFor="use-match">Fill in this match for me</label>
            </div>
          </section>
        )}
        {cap && (
          <section aria-labelledby="said-cap" data-testid="finding-cap">
            <h2 id="said-cap" className="text-xl font-bold">
              Limit on after-tax contributions: {cap.value}% of pay
            </h2>
            {cap.evidence.map((evidence, index) => (
              <Quote key={index} evidence={evidence} highlight="afterTaxCapPercentOfPay" />
            ))}
            <input type="hidden" name="document-cap" value={cap.value} />
            <div className="mt-4 flex items-start gap-3">
              <input id="use-cap" type="checkbox" name="useCap" value="yes" defaultChecked className="mt-0.5 h-7 w-7 shrink-0 accent-ink" />
              <label htmlFor="use-cap">Fill in this limit for me</label>
            </div>
          </section>
        )}
        {matched && (
          <section aria-labelledby="said-matched" data-testid="finding-matches-after-tax">
            <h2 id="said-matched" className="text-xl font-bold">
              Match on after-tax contributions: {matched.value === "yes" ? "Yes, they are matched too" : "No, only pre-tax and Roth"}
            </h2>
            {matched.evidence.map((evidence, index) => (
              <Quote key={index} evidence={evidence} highlight="employerMatch" />
            ))}
            <input type="hidden" name="document-matches-after-tax" value={matched.value} />
            <div className="mt-4 flex items-start gap-3">
              <input id="use-matched" type="checkbox" name="useMatchesAfterTax" value="yes" defaultChecked className="mt-0.5 h-7 w-7 shrink-0 accent-ink" />
              <label htmlFor="use-matched">Fill in this answer for me</label>
            </div>
          </section>
        )}
        {perPaycheck && (
          <section aria-labelledby="said-per-paycheck" data-testid="finding-per-paycheck">
            <h2 id="said-per-paycheck" className="text-xl font-bold">
              Limit on all contributions from one paycheck: {perPaycheck.value}% of the paycheck
            </h2>
            {perPaycheck.evidence.map((evidence, index) => (
              <Quote key={index} evidence={evidence} highlight="afterTaxCapPercentOfPay" />
            ))}
            <input type="hidden" name="document-per-paycheck" value={perPaycheck.value} />
            <div className="mt-4 flex items-start gap-3">
              <input id="use-per-paycheck" type="checkbox" name="usePerPaycheck" value="yes" defaultChecked className="mt-0.5 h-7 w-7 shrink-0 accent-ink" />
              <label htmlFor="use-per-paycheck">Fill in this limit for me</label>
            </div>
          </section>
        )}
      </div>
      <button type="submit" className={button}>
        Use these answers and continue
      </button>
    </form>
  );
}
