"use client";

import Link from "next/link";

/**
 * Shown when a page cannot be rendered, most often because the saved answers could not be
 * reached for a moment. Nothing saved is lost; trying again usually works.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-6">
      {/* GOV.UK: "Error: " first, so a screen reader says it before anything else. */}
      <title>Error: Sorry, something went wrong on our side – Mega Backdoor Roth Check</title>
      <h1 className="text-3xl font-bold">Sorry, something went wrong on our side</h1>
      <p className="text-lg">
        We could not load this page just now. Your saved answers are safe: nothing has been lost.
      </p>
      <p>Wait a moment and try again. If it keeps happening, come back later with your resume link.</p>
      <div className="flex flex-wrap items-center gap-6">
        <button
          type="button"
          onClick={reset}
          className="bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900"
        >
          Try again
        </button>
        <Link href="/">Go to the start page</Link>
      </div>
    </div>
  );
}
