import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ChecklistPage } from "@/components/result/ChecklistPage";
import { checklistModel } from "@/lib/result/checklist-model";
import { resultFor } from "@/lib/result/result";
import { guard } from "@/lib/wizard/journey";
import { planDocumentLine } from "@/lib/wizard/summary";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";
import { serverToday, serverTodayIso } from "@/lib/server/clock.server";

export const metadata: Metadata = { title: "Your checklist" };

/** The checklist PDF's content as an accessible, printable page: the same model, worked out once (app/api/checklist.pdf). */
export default async function ChecklistRoute() {
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  const { draft } = loaded;
  const elsewhere = guard("result", draft, serverTodayIso());
  if (elsewhere) redirect(`/check/${elsewhere}`);
  const result = resultFor(draft, serverTodayIso());
  if (result.kind === "incomplete") redirect("/check/answers");
  const model = { ...checklistModel(result, { madeAt: serverToday() }), fromPlanDocument: planDocumentLine(draft, stepContext()) };
  return (
    <div>
      <p className="no-print mb-6 flex flex-wrap gap-6">
        <Link href="/check/result" className="inline-block text-ink">
          <span aria-hidden="true">‹ </span>Back to your result
        </Link>
        <a href="/api/checklist.pdf" download className="inline-block">
          Download it as a PDF
        </a>
      </p>
      <ChecklistPage model={model} />
    </div>
  );
}
