import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { loadWizard } from "@/app/_server/wizard-session";
import { deleteAnswers } from "../actions";

export const metadata: Metadata = { title: "Are you sure you want to delete your answers?" };

type Props = { searchParams: Promise<{ from?: string }> };

/** Where "No, keep my answers" returns to: only this app's own pages, never an address from outside. */
const RETURN_TO: Record<string, string> = { result: "/check/result", save: "/check/save", answers: "/check/answers" };

/** The confirmation before "Delete my answers": the deletion reaches every device that holds the link. */
export default async function DeleteAnswersPage({ searchParams }: Props) {
  const loaded = await loadWizard();
  if (!loaded) redirect("/");
  const back = RETURN_TO[(await searchParams).from ?? ""] ?? "/check/save";
  return (
    <div className="space-y-6">
      <Link href={back} className="inline-block text-ink">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <h1 className="text-3xl font-bold">Are you sure you want to delete your answers?</h1>
      <div className="border-l-8 border-error bg-red-50 p-4" data-testid="delete-warning">
        <p className="font-bold">Are you sure? This deletes the answers for everyone who has the link.</p>
        <p>
          The saved answers go at once, on every device where they are open, and the link stops working. They cannot be
          brought back.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-6">
        <form action={deleteAnswers}>
          <button type="submit" className="bg-error px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-red-900">
            Yes, delete my answers
          </button>
        </form>
        <Link href={back} className="inline-block py-1">
          No, keep my answers
        </Link>
      </div>
    </div>
  );
}
