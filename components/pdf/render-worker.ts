// A worker thread that draws checklist PDFs, so a PDF's ~50 ms of layout and drawing does not
// hold up every other request on the server's one JavaScript thread (render-pool.server.ts runs
// it with piscina; scripts/build-workers.mjs builds it).
import { Piscina } from "piscina";
import { checklistModel, type ChecklistModel } from "@/lib/result/checklist-model";
import { resultForAnswers } from "@/lib/result/result";
import { WORKED_EXAMPLE } from "@/lib/rules/sample-answers";
import { renderChecklistPdf } from "./ChecklistDocument";

export type RenderJob = { model: ChecklistModel };

/**
 * A new worker first draws the worked example's checklist a few times (no one's answers): the
 * first PDF of a fresh thread takes about 300 ms (modules, font metrics, cold code) and the next
 * ones get faster as the code warms, so the pool starts at server start-up and people get the
 * warm ~50 ms. It starts a little after the server does and pauses between renders, leaving
 * the cores to the first page requests of a server that has just started (they run on cold code
 * too). A job that arrives meanwhile stops the warm-up: it waits for one render at most.
 */
const WARM_UP_RENDERS = 4;
const WARM_UP_DELAY_MS = 2_000;
const WARM_UP_PAUSE_MS = 150;
let jobArrived = false;
/** Ends the warm-up's current pause early, when a job arrives. */
let wake: () => void = () => {};
const warmedUp = (async () => {
  const model = checklistModel(resultForAnswers(WORKED_EXAMPLE, `${WORKED_EXAMPLE.taxYear}-01-01`), { madeAt: new Date() });
  for (let render = 0; render < WARM_UP_RENDERS; render++) {
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, render === 0 ? WARM_UP_DELAY_MS : WARM_UP_PAUSE_MS).unref();
    });
    if (jobArrived) return;
    await renderChecklistPdf(model);
  }
})().catch(() => {
  // A failed warm-up only costs speed: the real render says what went wrong.
});

export default async function render({ model }: RenderJob) {
  jobArrived = true;
  wake();
  await warmedUp;
  try {
    const pdf = new Uint8Array(await renderChecklistPdf(model));
    // Handed back without a copy.
    return Piscina.move(pdf);
  } catch (error) {
    // The kind only: the message could quote the person's answers.
    throw new Error(`The PDF could not be drawn (${error instanceof Error ? error.name : "unknown error"})`);
  }
}
