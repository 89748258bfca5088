"use client";

import { useState, type ReactNode } from "react";
import { formatUsd } from "@/lib/money";
import { parseAssumptionsForm, projectWith, ASSUMPTION_FIELDS, type AssumptionField, type ResultProjection } from "@/lib/result/projection-view";

/**
 * The assumptions form recomputing as the person types: the projection is pure (lib/projection),
 * so the browser works out the comparison with the same function the page and the PDF use, from
 * the same checked form (`parseAssumptionsForm`). The figure is saved only when the form is sent;
 * without JavaScript the form posts and the page shows the new comparison, as before.
 */
export function LiveProjection({ projection, children }: { projection: ResultProjection; children: ReactNode }) {
  const [live, setLive] = useState<string | null>(null);
  return (
    <div
      onInput={(event) => {
        const form = (event.target as HTMLInputElement).form;
        if (!form) return;
        const posted: Partial<Record<AssumptionField, string>> = {};
        for (const field of Object.keys(ASSUMPTION_FIELDS) as AssumptionField[]) {
          const value = new FormData(form).get(field);
          if (typeof value === "string") posted[field] = value;
        }
        const parsed = parseAssumptionsForm(posted, projection.askMarginalRate);
        if (!parsed.ok) return setLive(null);
        const typed = parsed.draft;
        const outcome = projectWith(projection.amount, projection.taxableEarningsAtConversion, {
          years: typed.projectionYears ?? projection.assumptions.years,
          annualReturnPercent: typed.projectionReturnPercent ?? projection.assumptions.annualReturnPercent,
          dividendYieldPercent: typed.projectionDividendYieldPercent ?? projection.assumptions.dividendYieldPercent,
          dividendTaxPercent: typed.projectionDividendTaxPercent ?? projection.assumptions.dividendTaxPercent,
          capitalGainsTaxPercent: typed.projectionGainsTaxPercent ?? projection.assumptions.capitalGainsTaxPercent,
          stateTaxPercent: typed.projectionStateTaxPercent ?? projection.assumptions.stateTaxPercent,
          marginalTaxPercent: projection.askMarginalRate ? (typed.projectionMarginalRatePercent ?? projection.assumptions.marginalTaxPercent) : null,
        });
        const more = outcome.advantage >= 0;
        setLive(`With these assumptions: ${formatUsd(Math.abs(outcome.advantage))} ${more ? "more" : "less"} in a Roth, ${formatUsd(outcome.roth)} against ${formatUsd(outcome.taxable)}.`);
      }}
    >
      <p role="status" aria-live="polite" className="mt-4 min-h-6 font-bold" data-testid="projection-live">
        {live ?? ""}
      </p>
      {children}
    </div>
  );
}
