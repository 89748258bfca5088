import type { Metadata } from "next";
import Link from "next/link";

// GOV.UK's pattern: the title says what happened first.
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg">If you typed the web address, check it is correct.</p>
      <p>
        <Link href="/">Start the check</Link> or, if you saved your answers, open your resume link.
      </p>
    </div>
  );
}
