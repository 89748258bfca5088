import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { StepFrame } from "@/components/wizard/StepFrame";
import { WizardForm } from "@/components/wizard/WizardForm";
import { formValuesFor, guard, previousBefore } from "@/lib/wizard/journey";
import { stepBySlug } from "@/lib/wizard/steps";
import { IRS_COLA_PAGE } from "@/lib/rules/limits";
import { serverTodayIso } from "@/lib/server/clock.server";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";
import { saveStep } from "../actions";

type Props = { params: Promise<{ step: string }>; searchParams: Promise<{ returnTo?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const step = stepBySlug((await params).step);
  // A question page writes its own <title> (WizardForm), since only the form knows whether the
  // answers just sent have errors and the title must then start "Error: ", with or without JavaScript.
  return { title: step ? null : "Page not found" };
}

export default async function StepPage({ params, searchParams }: Props) {
  const step = stepBySlug((await params).step);
  if (!step) notFound();
  const returnTo = (await searchParams).returnTo === "answers" ? "answers" : undefined;
  const loaded = await loadWizard();
  const draft = loaded?.draft ?? {};
  const elsewhere = guard(step.slug, draft, serverTodayIso());
  if (elsewhere) redirect(`/check/${elsewhere}`);

  // Today goes into the page's rules too, so the browser's check of a date is the server's.
  const context = { ...stepContext(), today: serverTodayIso() };
  const fields = step.fields(draft, context);
  const previous = returnTo ? "answers" : previousBefore(step.slug, draft, serverTodayIso());
  const singleQuestion = fields.length === 1 && fields[0]?.isPageHeading;
  return (
    <StepFrame
      section={step.section}
      backHref={previous ? `/check/${previous}` : "/"}
      hasSession={loaded !== null}
      saveFormId="step-form"
    >
      <WizardForm
        fields={fields}
        initialState={{
          values: formValuesFor(step, draft, context),
          errors: {},
          version: loaded?.session.version ?? null,
          attempt: 0,
        }}
        action={saveStep.bind(null, step.slug)}
        returnTo={returnTo}
        id="step-form"
        submitLabel={returnTo ? "Save and return to your answers" : "Continue"}
        title={singleQuestion ? undefined : step.title}
        intro={step.intro}
        documentTitle={`${step.title} – Mega Backdoor Roth Check`}
      />
      {step.slug === "irs-limits" && (
        <p className="mt-8" data-testid="irs-cola-page">
          Where the IRS publishes the figures: <a href={IRS_COLA_PAGE.url}>{IRS_COLA_PAGE.title}</a> (irs.gov)
        </p>
      )}
      {fields.some((field) => field.options?.some((option) => option.value === "unsure")) && (
        <p className="mt-8">
          Not sure? <Link href="/check/plan-document">Find the answers in my plan document</Link>
        </p>
      )}
    </StepFrame>
  );
}
