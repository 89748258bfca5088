import type { Metadata } from "next";
import { headers } from "next/headers";
import { PLAN_DOCUMENT_TITLE, PlanDocumentForm } from "@/components/plan-document/PlanDocumentForm";
import { StepFrame } from "@/components/wizard/StepFrame";
import { trackedRead } from "@/lib/server/plan-document/reads.server";
import { requestClient } from "@/lib/server/rate-limit/limiter.server";
import { loadWizard } from "@/app/_server/wizard-session";
import { confirmDocumentAnswers, readDocument } from "./actions";
import type { PlanDocumentState } from "./state";

// The form writes the <title>: only it knows whether the page shows an error ("Error: ").
export const metadata: Metadata = { title: null };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlanDocumentPage({ searchParams }: Props) {
  const loaded = await loadWizard();
  // Confirmed answers that did not parse (only a crafted post sends such values): nothing was saved.
  const query = await searchParams;
  const rejected = query.problem === "answers";
  // ?read=<id>: a long read followed without JavaScript (the progress page refreshes itself here).
  let initial: PlanDocumentState | undefined;
  let readEnded = false;
  if (typeof query.read === "string") {
    const status = trackedRead<PlanDocumentState>(query.read, requestClient(await headers()));
    if (!status) readEnded = true;
    else initial = status.done ? status.outcome : { stage: "reading", id: query.read, progress: status.progress, attempt: 0 };
  }
  return (
    <StepFrame
      section={0}
      backHref="/check/after-tax"
      title={PLAN_DOCUMENT_TITLE}
      intro="Choose your Summary Plan Description (PDF), or paste its text. We show what it says about after-tax contributions, Roth conversions and withdrawals, with the passages quoted, and you confirm each answer. The document is read while you wait and is not stored."
      hasSession={loaded !== null}
    >
      {rejected && (
        <p role="alert" data-testid="answers-rejected" className="mb-6 border-l-8 border-error p-4 font-bold">
          The answers sent were not ones this page offers (a percentage must be a number from 0 to 100, like 10), so nothing was saved. Read your document again.
        </p>
      )}
      {readEnded && (
        <p role="alert" data-testid="read-ended" className="mb-6 border-l-8 border-error p-4 font-bold">
          That read has ended or expired (findings are kept for 10 minutes, and only in memory). Choose your document again.
        </p>
      )}
      <PlanDocumentForm key={typeof query.read === "string" ? query.read : "upload"} action={readDocument} confirm={confirmDocumentAnswers} initial={initial} />
    </StepFrame>
  );
}
