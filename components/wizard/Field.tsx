"use client";

import type { FocusEvent, ReactNode } from "react";
import type { FieldSpec } from "@/lib/wizard/fields";
import { conditionalRevealId, fieldInputId, optionInputId } from "./ids";

interface FieldProps {
  field: FieldSpec;
  /** A text box's blur: the wizard shows a typed amount back formatted ("23500" becomes "23,500"). */
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  /** A date's three boxes, each shown as saved or typed. */
  parts?: { name: string; label: string; value: string }[];
  /** The value rendered into the HTML, so saved answers show before (and without) JavaScript. */
  value: string;
  error?: string;
  /** A choice's follow-up questions under the option that reveals them (GOV.UK conditional reveal). */
  conditional?: (value: string) => ReactNode | undefined;
  /** The option chosen now, once JavaScript runs: sets aria-expanded on options with a follow-up. */
  chosen?: string;
  /** Shown after a text box, e.g. "= $9,000 a year" beside a percentage of pay. */
  after?: ReactNode;
}

const errorText = "mb-2 block font-bold text-error";
const hintText = "mb-2 block text-muted";

/** One question: radios in a fieldset with a legend, or a labelled text input. */
export function Field({ field, onBlur, value, error, parts, conditional, chosen, after }: FieldProps) {
  const hintId = field.hint ? `${field.name}-hint` : undefined;
  const errorId = error ? `${field.name}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  // A red bar beside a question with an error, as the error summary links to it.
  const group = error ? "border-l-4 border-error pl-4" : "";

  if (field.kind === "choice") {
    const Legend = field.isPageHeading ? "h1" : "span";
    return (
      <div className={group} data-field={field.name}>
        <fieldset aria-describedby={describedBy}>
          <legend className={field.isPageHeading ? "mb-3" : "mb-2 text-lg font-bold"}>
            <Legend className={field.isPageHeading ? "text-3xl font-bold" : undefined}>{field.label}</Legend>
          </legend>
          <HintAndError hint={field.hint} hintId={hintId} error={error} errorId={errorId} />
          <div className="space-y-3">
            {field.options?.map((option, index) => {
              const id = optionInputId(field.name, option.value, index);
              const optionHintId = option.hint ? `${id}-hint` : undefined;
              const followUp = conditional?.(option.value);
              const conditionalId = followUp ? conditionalRevealId(field.name, option.value) : undefined;
              return (
                <div key={option.value}>
                <div className="flex items-start gap-3">
                  {/* aria-expanded on a radio is GOV.UK Frontend's choice, against ARIA 1.2: docs/decisions/14-1-aria-expanded-on-radios.md */}
                  {/* eslint-disable-next-line jsx-a11y/role-supports-aria-props */}
                  <input
                    aria-controls={chosen !== undefined ? conditionalId : undefined}
                    aria-expanded={chosen !== undefined && conditionalId ? chosen === option.value : undefined}
                    type="radio"
                    id={id}
                    name={field.name}
                    value={option.value}
                    defaultChecked={value === option.value}
                    aria-describedby={optionHintId}
                    className="mt-0.5 h-7 w-7 shrink-0 accent-ink"
                  />
                  <label htmlFor={id} className="cursor-pointer pt-0.5">
                    {option.label}
                    {option.hint && (
                      <span id={optionHintId} className="block text-muted">
                        {option.hint}
                      </span>
                    )}
                  </label>
                </div>
                {followUp && (
                  <div id={conditionalId} data-conditional className="mt-3 ml-[13px] space-y-6 border-l-4 border-gray-400 pb-2 pl-[25px]">
                    {followUp}
                  </div>
                )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
    );
  }

  if (field.kind === "date" && parts) {
    // USWDS memorable date: one fieldset, one legend, one hint, one message, three boxes, month first.
    return (
      <div className={group} data-field={field.name}>
        <fieldset aria-describedby={describedBy} role="group">
          <legend className="mb-2 text-lg font-bold">{field.label}</legend>
          <HintAndError hint={field.hint} hintId={hintId} error={error} errorId={errorId} />
          <div className="flex flex-wrap gap-4">
            {parts.map((part) => (
              <div key={part.name}>
                <label htmlFor={fieldInputId(part.name)} className="mb-1 block">
                  {part.label}
                </label>
                <input
                  id={fieldInputId(part.name)}
                  name={part.name}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  spellCheck={false}
                  aria-invalid={error ? true : undefined}
                  defaultValue={part.value}
                  className={`${part.label === "Year" ? "w-24" : "w-16"} border-2 ${error ? "border-error" : "border-ink"} px-2 py-1.5 text-lg`}
                />
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    );
  }

  const id = fieldInputId(field.name);
  const prefix = field.kind === "money" ? "$" : undefined;
  const suffix = field.kind === "percent" ? "%" : undefined;
  const width = field.kind === "money" ? "w-48" : "w-28";
  return (
    <div className={group} data-field={field.name}>
      <label htmlFor={id} className="mb-1 block text-lg font-bold">
        {field.label}
      </label>
      <HintAndError hint={field.hint} hintId={hintId} error={error} errorId={errorId} />
      <div className="flex items-stretch">
        {prefix && (
          <span aria-hidden="true" className="flex items-center border-2 border-r-0 border-ink bg-gray-100 px-3 font-bold">
            {prefix}
          </span>
        )}
        <input
          id={id}
          name={field.name}
          type="text"
          inputMode={field.kind === "money" || field.kind === "percent" ? "decimal" : "numeric"}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={value}
          className={`${width} max-w-full border-2 ${error ? "border-error" : "border-ink"} px-2 py-1.5 text-lg`}
          onBlur={onBlur}
        />
        {suffix && (
          <span aria-hidden="true" className="flex items-center border-2 border-l-0 border-ink bg-gray-100 px-3 font-bold">
            {suffix}
          </span>
        )}
        {after}
      </div>
    </div>
  );
}

/** The hint, then the error message, above the control (both tied to it by aria-describedby). */
function HintAndError({ hint, hintId, error, errorId }: { hint?: string; hintId?: string; error?: string; errorId?: string }) {
  return (
    <>
      {hint && (
        <span id={hintId} className={hintText}>
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className={errorText}>
          <span className="sr-only">Error: </span>
          {error}
        </span>
      )}
    </>
  );
}
