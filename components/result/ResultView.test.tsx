// @vitest-environment node
// One truth per figure: for random drafts, the page's text, the PDF's text (read back with
// poppler's pdftotext, as a PDF reader would) and the API's `result` say the same verdict
// sentence, the same election figures and the same warnings. The drafts reach the edges: no
// room left, pay over the §401(a)(17) limit, a plan's after-tax cap, December, a year that has
// ended and one to come.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderChecklistPdf } from "@/components/pdf/ChecklistDocument";
import { formatUsd, fromCents, percentOfCents, toBasisPoints } from "@/lib/money";
import { percentBaseOf } from "@/lib/planner/election";
import { checklistModel, headlineText } from "@/lib/result/checklist-model";
import { pdfText } from "@/lib/result/pdf-text";
import { publicResult } from "@/lib/result/public-result";
import { resultFor, resultForAnswers, type ReadyResult } from "@/lib/result/result";
import { resolveFigures } from "@/lib/rules/figures";
import type { Draft } from "@/lib/wizard/draft";
import { toAnswers } from "@/lib/wizard/journey";
import { workedExampleDraft } from "@/lib/wizard/sample-draft";
import { ResultView } from "./ResultView";

const source = { madeAt: new Date("2026-06-01T12:00:00Z"), timeZone: "UTC" };
const flat = (text: string) => text.replace(/\s+/g, " ").trim();

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "one-truth-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function page(result: ReadyResult): Document {
  const html = renderToStaticMarkup(
    <ResultView result={result} changeHref="/check/answers" assumptionsForm={null} saveAssumptions={async () => {}} />,
  );
  return new JSDOM(`<body>${html}</body>`).window.document;
}

let pdfCount = 0;
async function pdfTextOf(result: ReadyResult): Promise<string> {
  const file = path.join(folder, `result-${pdfCount++}.pdf`);
  writeFileSync(file, await renderChecklistPdf(checklistModel(result, source)));
  return flat(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
}

/** A day of 2025-12 to 2027-01, with December and its last days drawn often. */
const dayArb = fc.oneof(
  fc.integer({ min: 0, max: 420 }).map((offset) => new Date(Date.UTC(2025, 11, 1 + offset)).toISOString().slice(0, 10)),
  fc.integer({ min: 1, max: 31 }).map((day) => `2026-12-${String(day).padStart(2, "0")}`),
);

const draftArb = fc
  .record({
    pay: fc.oneof(fc.integer({ min: 30_000, max: 300_000 }), fc.integer({ min: 360_000, max: 600_000 })),
    periods: fc.constantFrom(52, 26, 24, 12),
    deferrals: fc.integer({ min: 0, max: 24_500 }),
    // Up to 80,000 already contributed after tax: past every room, so "no room left" is reached.
    afterTaxSoFar: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 80_000 })),
    cap: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    plan: fc.constantFrom("yes", "unsure", "no-conversion" as const),
    paycheckPlan: fc.boolean(),
    stubDaysBack: fc.integer({ min: 0, max: 20 }),
    today: dayArb,
  })
  .map((drawn) => {
    const todayDate = new Date(`${drawn.today}T00:00:00Z`);
    const stub = new Date(todayDate.getTime() - drawn.stubDaysBack * 86_400_000);
    const draft: Draft = {
      ...workedExampleDraft,
      ...(drawn.plan === "unsure" ? { inPlanRothConversion: "unsure", inServiceWithdrawal: "unsure" } : {}),
      ...(drawn.plan === "no-conversion" ? { inPlanRothConversion: "no", inServiceWithdrawal: "yes" } : {}),
      compensation: drawn.pay * 100,
      payPeriodsPerYear: drawn.periods,
      employeeDeferrals: drawn.deferrals * 100,
      afterTaxYearToDate: drawn.afterTaxSoFar * 100,
      ...(drawn.cap === undefined ? {} : { hasAfterTaxCap: "yes", afterTaxCapPercentOfPay: drawn.cap }),
      ...(drawn.paycheckPlan
        ? {
            planPaychecks: "yes",
            lastPayDay: stub.getUTCDate(),
            lastPayMonth: stub.getUTCMonth() + 1,
            lastPayYear: stub.getUTCFullYear(),
            semiMonthlyFirstDay: 15,
            semiMonthlySecondDay: 31,
            monthlyPayDay: 28,
            matchTrueUp: "unsure",
            electionRounding: "whole",
          }
        : {}),
    };
    return { draft, today: drawn.today, cap: drawn.cap };
  });

const ready = (draft: Draft, today: string): ReadyResult => {
  const result = resultFor(draft, today);
  if (result.kind === "incomplete") throw new Error("incomplete");
  return result;
};

describe("the page, the PDF and the API say the same (one truth per figure)", () => {
  it("the page and the API: verdict, room rows by code, election, left to contribute, warning codes", () => {
    let noRoomLeft = 0;
    let overCap = 0;
    let capped = 0;
    let december = 0;
    fc.assert(
      fc.property(draftArb, ({ draft, today }) => {
        const result = ready(draft, today);
        const document = page(result);
        const text = flat(document.body.textContent ?? "");
        expect(document.querySelector('[data-testid="verdict"]')!.textContent).toBe(result.verdict);
        if (result.room) {
          const rows = [...document.querySelectorAll("tr[data-code]")];
          expect(rows.map((row) => row.getAttribute("data-code"))).toEqual(result.room.rows.map((row) => row.code));
          expect(document.querySelector('[data-testid="after-tax-remaining"]')!.textContent).toBe(formatUsd(result.room.leftToContribute));
        }
        if (result.headline) expect(text).toContain(flat(result.headline.sentence));
        const warnings = [...document.querySelectorAll('section[aria-labelledby="warnings-title"] li[data-code]')].map(
          (item) => item.getAttribute("data-code"),
        );
        expect(warnings).toEqual(result.warnings.map((warning) => warning.code));

        // The API has no pay stub: it is the same model for the same answers without a paycheck plan.
        if (draft.planPaychecks !== "yes") {
          const api = JSON.parse(JSON.stringify(publicResult(resultForAnswers(toAnswers(draft)!, today))));
          expect(api.verdict).toBe(result.verdict);
          expect(api.headline?.sentence ?? null).toBe(result.headline?.sentence ?? null);
          expect(api.headline?.perPaycheck ?? null).toBe(result.headline?.perPaycheck == null ? null : fromCents(result.headline.perPaycheck));
          expect(api.headline?.percentOfPay ?? null).toBe(
            result.headline?.percentBasisPoints == null ? null : result.headline.percentBasisPoints / 100,
          );
          expect(api.room?.leftToContribute ?? null).toBe(result.room ? fromCents(result.room.leftToContribute) : null);
          expect(api.room?.rows.map((row: { code: string }) => row.code) ?? null).toEqual(result.room?.rows.map((row) => row.code) ?? null);
          expect(api.warnings.map((warning: { code: string }) => warning.code)).toEqual(result.warnings.map((warning) => warning.code));
        }

        if (result.room && result.room.afterTaxRemaining === 0) noRoomLeft++;
        if ((draft.compensation ?? 0) > 360_000_00) overCap++;
        if (draft.afterTaxCapPercentOfPay !== undefined) capped++;
        if (today.startsWith("2026-12")) december++;
      }),
      { numRuns: 60 },
    );
    // The generator reaches every edge it is meant to.
    expect(Math.min(noRoomLeft, overCap, capped, december)).toBeGreaterThan(0);
  }, 60_000);

  it("the election never exceeds the plan's cap on a paycheck, what can go in, or the room left", () => {
    fc.assert(
      fc.property(draftArb, ({ draft, today, cap }) => {
        const result = ready(draft, today);
        const headline = result.headline;
        if (!headline || !result.room || headline.source === "plan") return;
        expect(headline.reachable).toBeLessThanOrEqual(result.room.afterTaxRemaining);
        expect(headline.reachable + headline.unused).toBe(result.room.afterTaxRemaining);
        if (headline.perPaycheck !== null) expect(headline.perPaycheck * headline.paychecksLeft).toBeLessThanOrEqual(headline.reachable);
        if (cap !== undefined && headline.perPaycheck !== null) {
          const figures = resolveFigures(toAnswers(draft)!)!;
          const base = percentBaseOf(draft.compensation!, figures.compensation, draft.payPeriodsPerYear!);
          expect(headline.perPaycheck).toBeLessThanOrEqual(percentOfCents(base, toBasisPoints(cap)));
          expect(headline.percentBasisPoints ?? 0).toBeLessThanOrEqual(toBasisPoints(cap));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the PDF prints the page's verdict, election, left to contribute and every warning", async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, async ({ draft, today }) => {
        const result = ready(draft, today);
        const pdf = await pdfTextOf(result);
        expect(pdf).toContain(flat(pdfText(result.verdict)));
        if (result.headline) expect(pdf).toContain(flat(pdfText(headlineText(result.headline))));
        if (result.room) expect(pdf).toContain(formatUsd(result.room.leftToContribute));
        for (const warning of result.warnings) expect(pdf).toContain(flat(pdfText(warning.message)));
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
