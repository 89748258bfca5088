"use client";

import { useActionState, useEffect, useRef, useState, useSyncExternalStore, startTransition, type FocusEvent, type ReactNode } from "react";
// Types only: the library itself is loaded once the page is interactive (see `useFormControl`).
import type { createFormControl } from "react-hook-form";
// The page's field specification arrives as data; the browser checks it with the same
// `parseFields` the server action runs, so it needs neither zod nor the wizard's steps and the
// IRS tables they read (docs/decisions/24-1-one-field-specification-checked-in-the-browser-too.md).
import { DATE_PART_ORDER, firstInputName, inputNames, type FieldErrors, type FieldSpec, type FormValues } from "@/lib/wizard/fields";
import type { StepFormState } from "@/lib/wizard/form-state";
import { SAVE_AND_COME_BACK_LATER } from "@/lib/wizard/form-state";
import { formatUsd, parseMoneyInput, parsePercentInput, percentOfCents, typedMoney } from "@/lib/money";
import { ErrorSummary } from "./ErrorSummary";
import { messagesOf, specResolver } from "./spec-resolver";
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

/** "= $9,000 a year" beside a percentage of pay, as it is typed; nothing while it does not read as a percentage. */
function PerYear({ typed, name, ofCents }: { typed: string; name: string; ofCents: number }) {
  const parsed = parsePercentInput(typed);
  return (
    <span aria-live="polite" className="ml-3 flex items-center text-lg" data-testid={`${name}-per-year`}>
      {parsed.ok && typed.trim() !== "" ? `= ${formatUsd(percentOfCents(ofCents, parsed.basisPoints))} a year` : ""}
    </span>
  );
}

type FormControl = ReturnType<typeof createFormControl<FormValues>>;

/**
 * react-hook-form over the server-rendered form, created once the page is interactive. It is
 * imported then rather than with the page (12 KB gzip, the size of everything else a question
 * page ships beyond React): until it arrives, a submit goes to the server, which checks the same
 * specification. Every input the page posts is registered by its DOM element, so the inputs stay
 * the uncontrolled ones the server rendered.
 */
function useFormControl(
  formRef: React.RefObject<HTMLFormElement | null>,
  fields: FieldSpec[],
  serverErrors: FieldErrors,
  onErrors: (errors: FieldErrors) => void,
): FormControl | null {
  const [control, setControl] = useState<FormControl | null>(null);
  useEffect(() => {
    let live = true;
    let unsubscribe = () => {};
    void import("react-hook-form").then(({ createFormControl }) => {
      const form = formRef.current;
      if (!live || !form) return;
      const names = new Set(fields.flatMap(inputNames));
      const typed: FormValues = {};
      for (const [name, value] of new FormData(form)) if (names.has(name) && typeof value === "string") typed[name] = value;
      const created = createFormControl<FormValues>({
        defaultValues: typed,
        resolver: specResolver(fields),
        mode: "onSubmit",
        reValidateMode: "onChange",
        // GOV.UK: the error summary takes focus, not the first field.
        shouldFocusError: false,
      });
      for (const element of Array.from(form.elements)) {
        if (element instanceof HTMLInputElement && names.has(element.name)) created.register(element.name).ref(element);
      }
      unsubscribe = created.subscribe({ formState: { errors: true }, callback: ({ errors }) => onErrors(messagesOf(errors ?? {})) });
      for (const [name, message] of Object.entries(serverErrors)) created.setError(name, { type: "server", message });
      setControl(created);
    });
    return () => {
      live = false;
      unsubscribe();
    };
    // Once per page: the fields and the first errors are those the server rendered.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return control;
}

/**
 * One form for every wizard page. Without JavaScript the browser posts it and the server renders
 * the same page with the same errors. With JavaScript, react-hook-form checks it on submit with
 * the same field specification (nothing is sent while an answer is missing or wrong), fills the
 * error summary and focuses it, clears a message as its answer is corrected, and merges the
 * server's errors in with `setError`. The inputs stay uncontrolled: the server's HTML is the form.
 */
export function WizardForm({ fields, initialState, action, returnTo, submitLabel = "Continue", id, title, intro, documentTitle }: WizardFormProps) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const formRef = useRef<HTMLFormElement>(null);
  // The messages react-hook-form holds, once it runs; the server's until then.
  const [browserErrors, setBrowserErrors] = useState<FieldErrors | null>(null);
  const form = useFormControl(formRef, fields, initialState.errors, setBrowserErrors);
  const submitted = useRef(false);
  // Counts the failed submits checked in the browser, so the summary takes focus each time.
  const [browserAttempt, setBrowserAttempt] = useState(0);
  // The option chosen in each choice, for aria-expanded on the options that reveal a follow-up.
  const [chosen, setChosen] = useState<FormValues>(initialState.values);
  // What is typed in the percentages shown with their yearly amount.
  const [typed, setTyped] = useState<FormValues>(initialState.values);
  const hydrated = useHydrated();

  // The server's errors join react-hook-form's, so they clear the same way once corrected.
  useEffect(() => {
    if (state === initialState) return;
    for (const [name, message] of Object.entries(state.errors)) form?.setError(name, { type: "server", message });
  }, [state, form, initialState]);
  const shownErrors = form && browserErrors ? browserErrors : state.errors;
  const errors: FieldErrors = {};
  for (const field of fields) {
    const name = firstInputName(field);
    if (shownErrors[name]) errors[name] = shownErrors[name];
  }
  const hasErrors = Object.keys(errors).length > 0;
  const shownTitle = hasErrors ? `Error: ${documentTitle}` : documentTitle;
  // GOV.UK: the title starts "Error: " so a screen reader says so first. The <title> below is
  // the page's only one (the route sets none); this keeps it right as errors come and go.
  useEffect(() => {
    document.title = shownTitle;
  }, [shownTitle]);

  function renderField(field: FieldSpec): ReactNode {
    const parts = field.parts
      ? DATE_PART_ORDER.map((part) => ({
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
        error={errors[firstInputName(field)]}
        after={field.perYearOfCents !== undefined ? <PerYear typed={typed[field.name] ?? ""} name={field.name} ofCents={field.perYearOfCents} /> : undefined}
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
      // Set once react-hook-form checks this form in the browser (until then the server does).
      data-enhanced={form ? "" : undefined}
      onChange={(event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement)) return;
        if (input.type === "radio") setChosen((current) => ({ ...current, [input.name]: input.value }));
        if (fields.some((field) => field.name === input.name && field.perYearOfCents !== undefined)) {
          setTyped((current) => ({ ...current, [input.name]: input.value }));
        }
        if (!form) return;
        void form.register(input.name).onChange({ target: input, type: "change" });
        // A date's message sits on its first box: a change in any box re-checks it.
        const date = fields.find((field) => field.parts && inputNames(field).includes(input.name));
        if (date && submitted.current) void form.trigger(firstInputName(date));
      }}
      onBlur={(event) => {
        const input = event.target;
        if (form && input instanceof HTMLInputElement && input.name) void form.register(input.name).onBlur({ target: input, type: "blur" });
      }}
      onSubmit={(event) => {
        // Posted by hand rather than by the form's action, which would reset the form once the
        // action returns: what was typed must stay in the boxes beside the errors it got.
        event.preventDefault();
        // The button that was pressed is part of what is posted (Continue, or Save and come back later).
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        const post = () => {
          const posted = new FormData(formRef.current!, submitter);
          startTransition(() => formAction(posted));
        };
        // "Save and come back later" saves what is there, even half answered: the server decides.
        if (!form || (submitter instanceof HTMLButtonElement && submitter.value === SAVE_AND_COME_BACK_LATER)) return post();
        submitted.current = true;
        // The messages and the summary's focus in one render: the subscription reports them a moment later.
        const refused = (invalid: Parameters<typeof messagesOf>[0]) => {
          setBrowserErrors(messagesOf(invalid));
          setBrowserAttempt((attempt) => attempt + 1);
        };
        void form.handleSubmit(post, refused)(event);
      }}
    >
      <title>{shownTitle}</title>
      <style>{revealRules(fields)}</style>
      <ErrorSummary errors={errors} focusKey={state.attempt + browserAttempt} />
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
