import type { Metadata } from "next";
import { PLAN_DOCUMENT_TITLE, PlanDocumentForm } from "@/components/plan-document/PlanDocumentForm";
import { StepFrame } from "@/components/wizard/StepFrame";
import { loadWizard } from "@/app/_server/wizard-session";
import { confirmDocumentAnswers, readDocument } from "./actions";

// The form writes the <title>: only it knows whether the page shows an error ("Error: ").
export const metadata: Metadata = { title: null };

export default async function PlanDocumentPage() {
  const loaded = await loadWizard();
  return (
    <StepFrame
      section={0}
      backHref="/check/after-tax"
      title={PLAN_DOCUMENT_TITLE}
      intro="Choose your Summary Plan Description (PDF), or paste its text. We show what it says about after-tax contributions, Roth conversions and withdrawals, with the passages quoted, and you confirm each answer. The document is read while you wait and is not stored."
      hasSession={loaded !== null}
    >
      <PlanDocumentForm action={readDocument} confirm={confirmDocumentAnswers} />
    </StepFrame>
  );
}
