"use client";

import { useState, useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The resume link in a read-only box, focused on arrival and selected when focused, to copy by
 * hand; with JavaScript a "Copy link" button as well. Without JavaScript there is no button: it
 * would do nothing, so the box says what to do instead.
 */
export function CopyLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  return (
    <div>
      <label htmlFor="resume-link" className="mb-1 block font-bold">
        Your resume link
      </label>
      <span id="resume-link-hint" className="mb-2 block text-muted">
        Copy this link: select it, then press Ctrl+C (Command+C on a Mac).
      </span>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="resume-link"
          readOnly
          value={link}
          aria-describedby="resume-link-hint"
          // Lower case on purpose: React drops `autoFocus` from server HTML, and this must work without JavaScript.
          {...{ autofocus: "" }}
          className="w-full min-w-0 border-2 border-ink px-2 py-1.5 font-mono text-sm"
          onFocus={(event) => event.target.select()}
          ref={(input) => {
            if (input && document.activeElement === input) input.select();
          }}
        />
        {hydrated && (
          <button
            type="button"
            className="shrink-0 bg-gray-200 px-4 py-2 font-bold text-ink shadow-[0_2px_0_#0b0c0c] hover:bg-gray-300"
            onClick={async () => {
              await navigator.clipboard.writeText(link);
              setCopied(true);
            }}
          >
            Copy link
          </button>
        )}
      </div>
      <p role="status" className="mt-1 min-h-6 text-success">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}
