// @vitest-environment jsdom
// One truth per figure: for random drafts, the page's text and the API's `result` say the same
// verdict sentence, the same election figures and the same warnings as the result model (the
// PDF's side is ChecklistDocument.property.test.tsx). The drafts reach the edges: no room left,
// pay over the §401(a)(17) limit, a plan's after-tax cap, December, a year that has ended and
// one to come.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { formatUsd, fromCents, percentOfCents, toBasisPoints } from "@/lib/money";
import { percentBaseOf } from "@/lib/planner/election";
import { publicResult } from "@/lib/result/public-result";
import { draftArb, ready } from "@/lib/result/random-drafts.suite";
import { resultForAnswers, type ReadyResult } from "@/lib/result/result";
import { resolveFigures } from "@/lib/rules/figures";
import { toAnswers } from "@/lib/wizard/journey";
import { ResultView } from "./ResultView";

const flat = (text: string) => text.replace(/\s+/g, " ").trim();

function page(result: ReadyResult): Document {
  const html = renderToStaticMarkup(
    <ResultView result={result} changeHref="/check/answers" assumptionsForm={null} saveAssumptions={async () => {}} />,
  );
  return new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
}

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

});
