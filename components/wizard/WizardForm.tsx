"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore, startTransition, type FocusEvent, type ReactNode } from "react";
// Only types and two small pure modules: the checks run in the server action, so the browser
// gets neither a validation library nor the wizard's steps and the IRS tables they read.
import type { FieldSpec, FormValues } from "@/lib/wizard/fields";
import type { StepFormState } from "@/lib/wizard/form-state";
import { parseMoneyInput, typedMoney } from "@/lib/money";
import { ErrorSummary } from "./ErrorSummary";
import { Field } from "./Field";
import { conditionalRevealId } from "./ids";

interface WizardFormProps {
  fields: FieldSpec[];
  initialState: StepFormState;
  action: (state: StepFormState, formData: FormData) => Promise<StepFormState>;
  returnTo?: string;
  submitLabel?: string;
  /** Lets a button outside the form submit it (StepFrame's "Save and come back later"). */
  id?: string;
  /** The page heading, rendered under the error summary; omitted when a legend is the heading. */
  title?: string;
  intro?: string;
  /** The document title without "Error: ", which is added while the page shows errors. */
  documentTitle: string;
}

/**
 * The option a follow-up sits under, GOV.UK's conditional reveal: only when one option of a
 * choice on the same page reveals it. A follow-up several options share stays a question of its
 * own below the choice (one input cannot sit under three radios).
 */
function nestedUnder(field: FieldSpec, fields: FieldSpec[]): { field: string; value: string } | undefined {
  const rule = field.revealWhen;
  if (!rule || rule.equals.length !== 1) return undefined;
  const controller = fields.find((candidate) => candidate.name === rule.field);
  return controller?.kind === "choice" ? { field: rule.field, value: rule.equals[0]! } : undefined;
}

const noSubscription = () => () => {};
/** False in the server's HTML and during hydration, true once the page's JavaScript runs. */
function useHydrated(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}

/**
 * Hides a follow-up question until the answer that asks for it is chosen. Pure CSS, so it
 * works before the page's JavaScript has loaded and with JavaScript turned off.
 */
function revealRules(fields: FieldSpec[]): string {
  return fields
    .filter((field) => field.revealWhen)
    .map((field) => {
      const { field: controller, equals } = field.revealWhen!;
      const chosen = equals.map((value) => `input[name="${controller}"][value="${value}"]:checked`).join(", ");
      const box = equals.length === 1 ? `, form:not(:has(${chosen})) #${conditionalRevealId(controller, equals[0]!)}` : "";
      return `form:not(:has(${chosen})) [data-field="${field.name}"]${box} { display: none; }`;
    })
    .join("\n");
}

/** Shows a typed amount back formatted ("23500" becomes "23,500") once it reads as money. */
function reformatMoney(event: FocusEvent<HTMLInputElement>) {
  const parsed = parseMoneyInput(event.currentTarget.value);
  if (parsed.ok) event.currentTarget.value = typedMoney(parsed.cents);
}

/**
 * One form for every wizard page. The answers are checked once, on submit, by the server action
 * (GOV.UK's pattern, docs/decisions/17-1-server-validation-in-the-form.md): with JavaScript the
 * post goes without a reload and the errors come back into this page; without it the browser
 * posts the form and the server renders the same page with the same errors.
 */
export function WizardForm({ fields, initialState, action, returnTo, submitLabel = "Continue", id, title, intro, documentTitle }: WizardFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  // The option chosen in each choice, for aria-expanded on the options that reveal a follow-up.
  const [chosen, setChosen] = useState<FormValues>(initialState.values);
  const hydrated = useHydrated();

  const errors = state.errors;
  const hasErrors = Object.keys(errors).length > 0;
  const shownTitle = hasErrors ? `Error: ${documentTitle}` : documentTitle;
  // GOV.UK: the title starts "Error: " so a screen reader says so first. The <title> below is
  // the page's only one (the route sets none); this keeps it right as errors come and go.
  useEffect(() => {
    document.title = shownTitle;
  }, [shownTitle]);

  function renderField(field: FieldSpec): ReactNode {
    const parts = field.parts
      ? (["day", "month", "year"] as const).map((part) => ({
          name: field.parts![part],
          label: part === "day" ? "Day" : part === "month" ? "Month" : "Year",
          value: state.values[field.parts![part]] ?? "",
        }))
      : undefined;
    const followUps = (value: string) => fields.filter((candidate) => nestedUnder(candidate, fields)?.field === field.name && nestedUnder(candidate, fields)?.value === value);
    return (
      <Field
        key={field.name}
        field={field}
        onBlur={field.kind === "money" ? reformatMoney : undefined}
        value={state.values[field.name] ?? ""}
        error={field.parts ? errors[field.parts.day] : errors[field.name]}
        parts={parts}
        conditional={
          field.kind === "choice"
            ? (value) => {
                const nested = followUps(value);
                return nested.length > 0 ? nested.map(renderField) : undefined;
              }
            : undefined
        }
        // Before hydration (and without JavaScript) the CSS rules alone show and hide a follow-up:
        // aria-expanded would then be a claim nothing keeps true, as in govuk-frontend.
        chosen={hydrated ? (chosen[field.name] ?? "") : undefined}
      />
    );
  }

  return (
    <form
      ref={formRef}
      id={id}
      action={formAction}
      noValidate
      onChange={(event) => {
        const input = event.target;
        if (input instanceof HTMLInputElement && input.type === "radio") setChosen((current) => ({ ...current, [input.name]: input.value }));
      }}
      onSubmit={(event) => {
        // Posted by hand rather than by the form's action, which would reset the form once the
        // action returns: what was typed must stay in the boxes beside the errors it got.
        event.preventDefault();
        // The button that was pressed is part of what is posted (Continue, or Save and come back later).
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const posted = new FormData(formRef.current!, submitter);
        startTransition(() => formAction(posted));
      }}
    >
      <title>{shownTitle}</title>
      <style>{revealRules(fields)}</style>
      <ErrorSummary errors={errors} focusKey={state.attempt} />
      {title && <h1 className="mb-4 text-3xl font-bold">{title}</h1>}
      {intro && <p className="mb-8 text-lg">{intro}</p>}
      {state.message && (
        <div role="status" className="mb-6 border-l-8 border-brand bg-blue-50 p-4" data-testid="form-message">
          {state.message}
        </div>
      )}
      <input type="hidden" name="version" value={state.version ?? ""} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      <div className="space-y-8">{fields.filter((field) => !nestedUnder(field, fields)).map(renderField)}</div>
      <button
        type="submit"
        disabled={pending}
        className="mt-10 bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900 disabled:opacity-70"
      >
        {submitLabel}
      </button>
    </form>
  );
}
