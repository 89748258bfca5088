import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StepFrame } from "@/components/wizard/StepFrame";
import { fieldInputId } from "@/components/wizard/ids";
import { guard, previousBefore } from "@/lib/wizard/journey";
import { answerRows } from "@/lib/wizard/summary";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";

export const metadata: Metadata = { title: "Check your answers" };

export default async function AnswersPage() {
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  const elsewhere = guard("answers", loaded.draft);
  if (elsewhere) redirect(`/check/${elsewhere}`);
  const rows = answerRows(loaded.draft, stepContext());
  const previous = previousBefore("answers", loaded.draft);
  return (
    <StepFrame section={4} backHref={previous ? `/check/${previous}` : "/"} title="Check your answers" hasSession>
      <dl className="border-t border-gray-300">
        {rows.map((row) => (
          <div key={`${row.step}-${row.field}`} className="grid gap-1 border-b border-gray-300 py-3 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
            <dt className="font-bold">{row.question}</dt>
            <dd>
              {row.answer}
              {row.fromPlanDocument && <span className="ml-2 text-sm text-muted">(from your plan document)</span>}
            </dd>
            <dd>
              <Link href={`/check/${row.step}?returnTo=answers#${fieldInputId(row.field)}`}>
                Change<span className="sr-only"> {row.question.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <Link
        href="/check/result"
        className="mt-10 inline-block bg-success px-5 py-2.5 text-lg font-bold text-white no-underline shadow-[0_2px_0_#0b0c0c] hover:bg-green-900 hover:text-white"
      >
        See your result
      </Link>
    </StepFrame>
  );
}
