"use client";

import { useEffect, useRef } from "react";
import type { FieldErrors } from "@/lib/wizard/fields";
import { fieldInputId } from "./ids";

/**
 * The list of problems at the top of the form, each linking to its field. It takes focus when
 * it appears so that keyboard and screen reader users land on it.
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
      className="mb-8 border-4 border-error p-4 focus:outline-none focus-visible:outline-[3px] focus-visible:outline-focus"
    >
      <h2 id="error-summary-title" className="text-xl font-bold">
        There is a problem
      </h2>
      <ul className="mt-3 space-y-2">
        {entries.map(([name, message]) => (
          <li key={name}>
            <a href={`#${fieldInputId(name)}`} className="font-bold text-error">
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
