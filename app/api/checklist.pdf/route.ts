// The checklist PDF for the visitor's saved answers: it prints `resultFor`, as the result page does.
import { renderChecklistPdfOffThread } from "@/components/pdf/render-pool.server";
import { checklistModel } from "@/lib/result/checklist-model";
import { resultFor } from "@/lib/result/result";
import { guard } from "@/lib/wizard/journey";
import { planDocumentLine } from "@/lib/wizard/summary";
import { pdfText } from "@/lib/result/pdf-text";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";
import { headers } from "next/headers";
import { waitText } from "@/lib/server/http/responses";
import { consumeWorkFor } from "@/lib/server/rate-limit/work-limiter.server";
import { serverToday, serverTodayIso } from "@/lib/server/clock.server";

// @react-pdf/renderer needs Node's Buffer and zlib.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  try {
    const limit = consumeWorkFor("checklist-pdf", await headers());
    if (!limit.allowed) {
      const wait = waitText(Math.max(1, limit.retryAfterSeconds));
      return notReady(
        429,
        "Too many checklists were downloaded",
        `Too many checklists were downloaded from your network in the last hour. Your answers are still saved: try again in ${wait}.`,
        "/check/result",
        "Back to your result",
        { "Retry-After": String(Math.max(1, limit.retryAfterSeconds)) },
      );
    }
    // A download, not a page: the deletion notice waits for the next page this browser opens.
    const loaded = await loadWizard({ noticeDeletion: false });
    if (!loaded) {
      return notReady(
        404,
        "We couldn't find your answers",
        "Your saved answers have expired or were deleted, so there is no checklist to download.",
        "/check/after-tax",
        "Start the check",
      );
    }
    const { draft } = loaded;
    const elsewhere = guard("result", draft, serverTodayIso());
    const result = resultFor(draft, serverTodayIso());
    if (elsewhere || result.kind === "incomplete") {
      return notReady(
        409,
        "Your checklist isn't ready yet",
        "Some questions are still to answer. Answer them, and the checklist will be ready to download from your result.",
        `/check/${elsewhere ?? "answers"}`,
        "Continue the check",
      );
    }

    const model = checklistModel(result, { madeAt: serverToday() });
    const fromPlanDocument = planDocumentLine(draft, stepContext());
    const pdf = await renderChecklistPdfOffThread({ ...model, fromPlanDocument: fromPlanDocument && pdfText(fromPlanDocument) });
    return new Response(pdf, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${model.fileName}"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    // The error's kind only: a database error's message can quote the query, and the query the
    // session's hash; the answers never go to the log.
    console.error(`checklist.pdf: could not make the PDF: ${error instanceof Error ? error.name : "unknown error"}`);
    return notReady(
      500,
      "We couldn't make your checklist",
      "Something went wrong on our side. Your answers are still saved: try again in a minute.",
      "/check/result",
      "Back to your result",
    );
  }
}

/** A short page that says why there is no PDF and links back into the check. */
function notReady(status: number, title: string, message: string, href: string, linkText: string, extraHeaders: Record<string, string> = {}): Response {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #0b0c0c">
<h1>${title}</h1>
<p>${message}</p>
<p><a href="${href}">${linkText}</a></p>
</body>
</html>
`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...extraHeaders },
  });
}
