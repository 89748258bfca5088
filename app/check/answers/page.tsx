import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StepFrame } from "@/components/wizard/StepFrame";
import { fieldInputId } from "@/components/wizard/ids";
import { guard, previousBefore } from "@/lib/wizard/journey";
import { answerSections } from "@/lib/wizard/summary";
import { FilledFromDocument } from "@/components/plan-document/FilledFromDocument";
import { documentLanding } from "@/lib/plan-document/draft-answers";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";
import { serverTodayIso } from "@/lib/server/clock.server";

export const metadata: Metadata = { title: "Check your answers" };

export default async function AnswersPage({ searchParams }: { searchParams: Promise<{ from?: string }> }) {
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  // After answers from a plan document, the person lands here even with questions still open.
  const fromDocument = (await searchParams).from === "document";
  const elsewhere = guard("answers", loaded.draft, serverTodayIso());
  if (elsewhere && !fromDocument) redirect(`/check/${elsewhere}`);
  const sections = answerSections(loaded.draft, stepContext());
  const previous = previousBefore("answers", loaded.draft, serverTodayIso());
  return (
    <StepFrame section={4} backHref={previous ? `/check/${previous}` : "/"} title="Check your answers" hasSession>
      {fromDocument && <FilledFromDocument landing={documentLanding(loaded.draft, stepContext())} />}
      {sections.map(({ section, rows }) => (
        // GOV.UK summary card: a titled box per section, each answer a row with its Change link.
        <section key={section} aria-labelledby={cardTitleId(section)} className="mb-8 border border-gray-300" data-testid="summary-card">
          <h2 id={cardTitleId(section)} className="border-b border-gray-300 bg-gray-100 px-4 py-3 text-xl font-bold">
            {section}
          </h2>
          <dl className="px-4">
            {rows.map((row) => (
              <div key={`${row.step}-${row.field}`} className="grid gap-1 border-b border-gray-300 py-3 last:border-b-0 sm:grid-cols-[1fr_1fr_auto] sm:gap-4">
                <dt className="font-bold">{row.question}</dt>
                <dd>
                  {row.answer}
                  {row.fromPlanDocument && <span className="ml-2 text-sm text-muted">(from your plan document)</span>}
                  {row.answer === "Not sure" && (
                    <Link href="/check/plan-document" className="ml-2 text-sm">
                      Find it in your plan document
                    </Link>
                  )}
                </dd>
                <dd>
                  <Link href={`/check/${row.step}?returnTo=answers#${fieldInputId(row.field)}`}>
                    Change<span className="sr-only"> {row.question.toLowerCase()}</span>
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <Link
        href={elsewhere && elsewhere !== "result" ? `/check/${elsewhere}` : "/check/result"}
        className="mt-10 inline-block bg-success px-5 py-2.5 text-lg font-bold text-white no-underline shadow-[0_2px_0_#0b0c0c] hover:bg-green-900 hover:text-white"
      >
        {elsewhere && elsewhere !== "result" ? "Continue with the questions still open" : "See your result"}
      </Link>
    </StepFrame>
  );
}

function cardTitleId(section: string): string {
  return `card-${section.toLowerCase().replace(/[^a-z]+/g, "-")}`;
}
