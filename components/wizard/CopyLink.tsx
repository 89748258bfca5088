"use client";

import { useState } from "react";

/** The resume link in a read-only box with a copy button; the box alone works without JavaScript. */
export function CopyLink({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div>
      <label htmlFor="resume-link" className="mb-1 block font-bold">
        Your resume link
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input
          id="resume-link"
          readOnly
          value={link}
          className="w-full min-w-0 border-2 border-ink px-2 py-1.5 font-mono text-sm"
          onFocus={(event) => event.target.select()}
        />
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
      </div>
      <p role="status" className="mt-1 min-h-6 text-success">
        {copied ? "Copied to the clipboard." : ""}
      </p>
    </div>
  );
}
