"use client";

import { useEffect, useRef, type MouseEvent } from "react";
import type { FieldErrors } from "@/lib/wizard/fields";
import { fieldInputId } from "./ids";

/**
 * GOV.UK error summary: above the page heading, focused when it appears so keyboard and screen
 * reader users land on it, each problem a link to its field. Without JavaScript the server
 * renders it with `autofocus`, which the browser honours on load.
 */
export function ErrorSummary({ errors, focusKey }: { errors: FieldErrors; focusKey: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
    // Focus again on each failed submit, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusKey]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-testid="error-summary"
      // Lower case on purpose: React drops `autoFocus` from server HTML, and this must work without JavaScript.
      {...{ autofocus: "" }}
      className="mb-8 border-4 border-error p-4 focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 space-y-2">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldInputId(name)}`} onClick={focusWithQuestionInView} className="font-bold text-error">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * As govuk-frontend does: a plain jump to the input would scroll its question (the legend or
 * label above it) out of view, so scroll the question to the top, then focus the input.
 */
function focusWithQuestionInView(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const input = document.getElementById(id);
  if (!input) return;
  const question = input.closest("fieldset")?.querySelector("legend") ?? document.querySelector(`label[for="${CSS.escape(id)}"]`);
  if (!question) return;
  event.preventDefault();
  question.scrollIntoView();
  input.focus({ preventScroll: true });
  history.replaceState(null, "", `#${id}`);
}
