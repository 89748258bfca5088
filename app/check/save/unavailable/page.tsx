import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "We could not save just now" };

type Props = { searchParams: Promise<{ what?: string }> };

// Shown when the database could not be reached (locked, read-only, down) for an action that has
// no form of its own to show the message on. Each says what did not happen and that nothing is lost.
const MESSAGES = {
  start: {
    heading: "We could not start your check just now",
    body: "Nothing is lost: any answers you saved before are still saved. Wait a moment, then try again.",
    next: { href: "/", label: "Go back to the start page" },
  },
  delete: {
    heading: "We could not delete your answers just now",
    body: "Nothing was changed: your answers are still saved, and their link still works. Wait a moment, then select Delete my answers again.",
    next: { href: "/check/save", label: "Go back to delete your answers" },
  },
  resume: {
    heading: "We could not open your saved answers just now",
    body: "Nothing is lost: your answers are still saved and your link still works. Wait a moment, then open your link again.",
    next: { href: "/", label: "Go to the start page" },
  },
  save: {
    heading: "We could not save just now",
    body: "Nothing is lost: the answers you saved before are still saved. Wait a moment, then select Save and come back later again.",
    next: { href: "/check/answers", label: "Go back to your answers" },
  },
} as const;

export default async function UnavailablePage({ searchParams }: Props) {
  const what = (await searchParams).what;
  const message = MESSAGES[what === "start" || what === "delete" || what === "resume" ? what : "save"];
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{message.heading}</h1>
      <p className="text-lg" data-testid="nothing-lost">
        {message.body}
      </p>
      <p>
        <Link href={message.next.href}>{message.next.label}</Link>
      </p>
    </div>
  );
}
