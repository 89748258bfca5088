import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { StepFrame } from "@/components/wizard/StepFrame";
import { ResultView } from "@/components/result/ResultView";
import { DeleteAnswersLink } from "@/components/result/DeleteAnswersLink";
import { PlanNextYear } from "@/components/result/PlanNextYear";
import { offersNextYear } from "@/lib/wizard/irs-figures";
import { planNextYear } from "../next-year/actions";
import type { AssumptionsFormState } from "@/components/result/ProjectionSection";
import { ASSUMPTION_FIELDS, parseAssumptionsForm, type AssumptionField } from "@/lib/result/projection-view";
import { guard, previousBefore } from "@/lib/wizard/journey";
import { resultFor } from "@/lib/result/result";
import { loadWizard } from "@/app/_server/wizard-session";
import { serverTodayIso } from "@/lib/server/clock.server";
import { saveAssumptions } from "./actions";

export const metadata: Metadata = { title: "Your result" };

// Loads the draft and renders `resultFor` through ResultView: the PDF prints the same result.
export default async function ResultPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  const { draft } = loaded;
  const elsewhere = guard("result", draft, serverTodayIso());
  if (elsewhere) redirect(`/check/${elsewhere}`);
  const previous = previousBefore("result", draft, serverTodayIso());
  const backHref = previous ? `/check/${previous}` : "/";

  const result = resultFor(draft, serverTodayIso());
  if (result.kind === "incomplete") redirect("/check/answers");
  const assumptionsForm =
    result.kind === "full" && result.projection ? returnedAssumptions(await searchParams, result.projection.askMarginalRate) : null;

  return (
    <StepFrame section={5} backHref={backHref} hasSession endsEarly={result.kind === "early"}>
      <ResultView
        result={result}
        changeHref={result.kind === "early" ? `/check/${previous ?? "after-tax"}` : "/check/answers"}
        assumptionsForm={assumptionsForm}
        saveAssumptions={saveAssumptions}
        nextYear={
          result.kind === "full" && offersNextYear(serverTodayIso()) && result.taxYear === Number(serverTodayIso().slice(0, 4)) ? (
            <PlanNextYear thisYear={result.taxYear} action={planNextYear} />
          ) : null
        }
      />
      <DeleteAnswersLink />
    </StepFrame>
  );
}

/** The assumptions form sent back with a mistake: what was typed and what to fix, from the address. */
function returnedAssumptions(params: Record<string, string | string[] | undefined>, askMarginalRate: boolean): AssumptionsFormState | null {
  if (params.assumptions !== "invalid") return null;
  const values: Partial<Record<AssumptionField, string>> = {};
  for (const name of Object.keys(ASSUMPTION_FIELDS) as AssumptionField[]) {
    const value = params[name];
    if (typeof value === "string") values[name] = value.slice(0, 20);
  }
  const parsed = parseAssumptionsForm(values, askMarginalRate);
  return parsed.ok ? null : { errors: parsed.errors, values: parsed.values };
}
