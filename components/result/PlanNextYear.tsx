interface Props {
  thisYear: number;
  /** The server action that starts next year's check. */
  action: (formData: FormData) => Promise<void>;
}

/**
 * From October on, on this year's result: next year's figures are published in the autumn, and
 * the most useful thing to do in December is to plan January's first paycheck.
 */
export function PlanNextYear({ thisYear, action }: Props) {
  const nextYear = thisYear + 1;
  return (
    <section className="mt-8 border-l-8 border-brand bg-blue-50 p-4" aria-labelledby="plan-next-year-title" data-testid="plan-next-year">
      <h2 id="plan-next-year-title" className="text-xl font-bold">
        Plan {nextYear} now
      </h2>
      <p className="mt-2">
        The year is nearly over: the most useful step now is to set your elections for the first paycheck of January {nextYear}. A
        check for {nextYear} keeps your plan&apos;s features, your match, your pay and your pay dates, with your age a year on, and
        asks only what changes: the {nextYear} IRS figures the app does not have yet and your contributions for {nextYear}.
      </p>
      <p className="mt-2">
        Your {thisYear} answers stay saved under their own link: to come back to them, use &quot;Save and come back later&quot; below
        first and keep the link.
      </p>
      <form action={action} className="mt-4">
        <button type="submit" className="bg-brand px-5 py-2.5 font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-brand-dark">
          Plan {nextYear} now
        </button>
      </form>
    </section>
  );
}
