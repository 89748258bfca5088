import { formatUsd } from "@/lib/money";
import { ASSUMPTION_FIELDS, type AssumptionField, type ResultProjection } from "@/lib/result/projection-view";
import { LiveProjection } from "./LiveProjection";
import { ProjectionChart } from "./ProjectionChart";

export interface AssumptionsFormState {
  readonly errors: Partial<Record<AssumptionField, string>>;
  readonly values: Partial<Record<AssumptionField, string>>;
}

interface FieldSpec {
  readonly name: AssumptionField;
  readonly label: string;
  readonly hint?: string;
  readonly suffix: string;
}

const FIELDS: readonly FieldSpec[] = [
  { name: "years", label: "Years until you use the money", hint: "At first, 65 minus your age.", suffix: "years" },
  { name: "annualReturn", label: "Return a year, before tax", hint: "Price growth and dividends together.", suffix: "%" },
  { name: "dividendYield", label: "Of which dividends", hint: "Taxed every year in a taxable account.", suffix: "%" },
  { name: "dividendTax", label: "Federal tax on dividends", hint: "0%, 15% or 20% for qualified dividends, by your income.", suffix: "%" },
  { name: "gainsTax", label: "Federal tax on gains when you sell", hint: "0%, 15% or 20% for long-term gains, by your income.", suffix: "%" },
  { name: "stateTax", label: "State income tax", hint: "Added to both; 0% if your state has none.", suffix: "%" },
  {
    name: "marginalRate",
    label: "Your federal income tax rate",
    hint: "Earnings in your after-tax account are taxed at this rate, plus state, when they are converted.",
    suffix: "%",
  },
];

function currentValue(projection: ResultProjection, name: AssumptionField): string {
  const a = projection.assumptions;
  const values: Record<AssumptionField, number | null> = {
    years: a.years,
    annualReturn: a.annualReturnPercent,
    dividendYield: a.dividendYieldPercent,
    dividendTax: a.dividendTaxPercent,
    gainsTax: a.capitalGainsTaxPercent,
    stateTax: a.stateTaxPercent,
    marginalRate: a.marginalTaxPercent,
  };
  return String(values[name] ?? "");
}

/** Is it worth it: Roth against a taxable account for this year's room, and its assumptions. */
export function ProjectionSection({
  projection,
  form,
  saveAssumptions,
}: {
  projection: ResultProjection;
  form: AssumptionsFormState | null;
  /** The server action that saves the assumptions: passed in, so components never import from app/. */
  saveAssumptions: (formData: FormData) => void | Promise<void>;
}) {
  const fields = FIELDS.filter((field) => field.name !== "marginalRate" || projection.askMarginalRate);
  const errors = form?.errors ?? {};
  const failed = fields.filter((field) => errors[field.name]);
  return (
    <section aria-labelledby="projection-title" className="mt-8" data-testid="projection">
      <h2 id="projection-title" className="text-2xl font-bold">
        Is it worth it? Roth against a taxable account
      </h2>
      <p className="mt-2">
        After-tax money is taxed now either way. The question is where it grows: tax-free in a Roth, or in a taxable brokerage
        account whose dividends are taxed every year and whose gains are taxed when you sell.
      </p>
      <div className="mt-4 border-2 border-ink p-4">
        <p className="text-muted">Roth ahead of a taxable account, after tax</p>
        <p className="text-4xl font-bold" data-testid="projection-advantage">
          {formatUsd(projection.advantage)}
        </p>
        <p className="mt-2 text-lg" data-testid="projection-headline">
          {projection.headline}
        </p>
      </div>
      <ul className="mt-4 list-disc space-y-2 pl-6" data-testid="projection-notes">
        {projection.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
      <ProjectionChart projection={projection} />

      <h3 id="assumptions" className="mt-8 text-xl font-bold">
        The assumptions
      </h3>
      <ul className="mt-2 space-y-1" data-testid="projection-assumptions">
        {projection.assumptionLines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details className="mt-4" open={failed.length > 0}>
        <summary className="cursor-pointer font-bold text-brand underline">Change the assumptions</summary>
        {failed.length > 0 && (
          <div className="mt-4 border-4 border-error p-4" role="alert" data-testid="assumptions-errors">
            <h4 className="text-lg font-bold">There is a problem</h4>
            <ul className="mt-2 space-y-1">
              {failed.map((field) => (
                <li key={field.name}>
                  <a href={`#assumption-${field.name}`} className="font-bold text-error">
                    {errors[field.name]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <LiveProjection projection={projection}>
        <form action={saveAssumptions} className="mt-4 space-y-5" noValidate data-testid="assumptions-form">
          {fields.map((field) => {
            const id = `assumption-${field.name}`;
            const error = errors[field.name];
            const value = form?.values[field.name] ?? currentValue(projection, field.name);
            const describedBy = [field.hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
            return (
              <div key={field.name} className={error ? "border-l-4 border-error pl-4" : undefined}>
                <label htmlFor={id} className="block font-bold">
                  {field.label}
                </label>
                {field.hint && (
                  <p id={`${id}-hint`} className="text-muted">
                    {field.hint}
                  </p>
                )}
                {error && (
                  <p id={`${id}-error`} className="font-bold text-error">
                    <span className="sr-only">Error: </span>
                    {error}
                  </p>
                )}
                <span className="mt-1 inline-flex items-center gap-2">
                  <input
                    id={id}
                    name={field.name}
                    type="text"
                    inputMode={field.name === "years" ? "numeric" : "decimal"}
                    defaultValue={value}
                    aria-describedby={describedBy || undefined}
                    aria-invalid={error ? true : undefined}
                    className="w-24 border-2 border-ink px-2 py-1 text-lg"
                    data-field={ASSUMPTION_FIELDS[field.name]}
                  />
                  <span aria-hidden="true">{field.suffix}</span>
                </span>
              </div>
            );
          })}
          <button type="submit" className="bg-success px-4 py-2 font-bold text-white shadow-[0_2px_0_#0b0c0c]">
            Update the comparison
          </button>
        </form>
        </LiveProjection>
      </details>
    </section>
  );
}
