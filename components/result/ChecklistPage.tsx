import type { ChecklistModel, CitedLine } from "@/lib/result/checklist-model";

/**
 * The checklist as an HTML page: the PDF's model (lib/result/checklist-model.ts), the same
 * sentences in the same order, as headings, lists and a table a screen reader can walk (the PDF
 * renderer cannot tag its output). Prints on paper through the print styles in globals.css.
 */
export function ChecklistPage({ model }: { model: ChecklistModel }) {
  return (
    <article className="checklist space-y-6" data-testid="checklist-page">
      <header>
        <h1 className="text-3xl font-bold">{model.title}</h1>
        <p className="text-muted">
          Tax year {model.taxYear} · {model.madeOn}
        </p>
      </header>
      <section aria-labelledby="checklist-result" className="border-l-8 border-brand p-4">
        <h2 id="checklist-result" className="text-sm font-bold uppercase">
          Your result
        </h2>
        <p className="text-xl font-bold">{model.verdict}</p>
        {model.route && <p className="mt-2">{model.route}</p>}
        {model.fromPlanDocument && <p className="mt-2 text-sm">{model.fromPlanDocument}</p>}
      </section>

      {model.lookBack && (
        <Part title={`Looking back at ${model.taxYear}`}>
          {model.lookBack.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </Part>
      )}

      {model.room && (
        <Part title={model.room.title}>
          <p>
            After-tax room: <strong>{model.room.afterTaxRoom}</strong>. {model.room.remainingLabel}: <strong>{model.room.leftToContribute}</strong>.
          </p>
          {model.room.perPaycheck && <p>{model.room.perPaycheck}</p>}
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">The sum behind the room</caption>
            <tbody>
              {model.room.rows.map((row, index) => (
                <tr key={index} className="border-b border-gray-300">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.label}
                  </th>
                  <td className="py-1 text-right tabular-nums">{row.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="text-sm text-muted">{model.room.figuresSource}</p>
        </Part>
      )}

      {model.paychecks && (
        <Part title="Your paycheck plan">
          <ul className="list-disc space-y-1 pl-6">
            {[...model.paychecks.elections, model.paychecks.byRounding, model.matchTiming ?? ""].filter(Boolean).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {model.paychecks.warnings.length > 0 && (
            <ul className="space-y-2" data-testid="checklist-plan-warnings">
              {model.paychecks.warnings.map((line, index) => (
                <li key={index} className="border-l-4 border-yellow-500 pl-3">
                  {line}
                </li>
              ))}
            </ul>
          )}
          <ol className="list-none space-y-1 text-sm">
            {model.paychecks.paychecks.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ol>
        </Part>
      )}

      <Part title="Checklist">
        <p className="text-sm">Tick each box when it is done. The steps are in the order to take them.</p>
        <ol className="space-y-2">
          {model.checklist.map((item) => (
            <li key={item.number} className="flex gap-2">
              <span aria-hidden="true" className="mt-1 inline-block h-4 w-4 shrink-0 border-2 border-ink" />
              <span>
                {item.number}. {item.text} <span className="text-sm text-muted">[{item.status}]</span>
              </span>
            </li>
          ))}
        </ol>
      </Part>

      {model.savingOrder && (
        <Part title="What comes first">
          <p>{model.savingOrder.intro}</p>
          <ol className="space-y-2">
            {model.savingOrder.steps.map((step) => (
              <li key={step.number}>
                <strong>
                  {step.number}. {step.title}
                </strong>{" "}
                [{step.status}]
                {step.lines.map((line, index) => (
                  <span key={index} className="block">
                    {line}
                  </span>
                ))}
                <span className="block text-sm text-muted">{step.citation}</span>
              </li>
            ))}
          </ol>
        </Part>
      )}

      {model.projection && (
        <Part title="Is it worth it? Roth against a taxable account">
          <p>
            Roth ahead of a taxable account, after tax: <strong>{model.projection.advantage}</strong>
          </p>
          <p>{model.projection.headline}</p>
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-bold">Roth and a taxable account, after tax, by year</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">Year</th>
                <th scope="col" className="py-1 pr-3 text-right">Roth</th>
                <th scope="col" className="py-1 text-right">Taxable</th>
              </tr>
            </thead>
            <tbody>
              {model.projection.rows.map((row) => (
                <tr key={row.year} className="border-b border-gray-300">
                  <th scope="row" className="py-1 pr-3 font-normal">{row.year}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{row.roth}</td>
                  <td className="py-1 text-right tabular-nums">{row.taxable}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3 className="font-bold">The assumptions</h3>
          <ul className="list-disc pl-6">
            {model.projection.assumptions.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {model.projection.notes.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </Part>
      )}

      {model.questions.length > 0 && (
        <Part title="Questions for your plan administrator">
          <p>{model.questionsIntro}</p>
          <ol className="list-decimal space-y-2 pl-6">
            {model.questions.map((question, index) => (
              <li key={index}>
                {question.question}
                {question.lookFor && <span className="block text-sm text-muted">{question.lookFor}</span>}
              </li>
            ))}
          </ol>
        </Part>
      )}

      <CitedPart title="Watch out for" lines={model.warnings} testId="checklist-warnings" />
      <CitedPart title="Why" lines={model.reasons} />
      {model.alternatives.length > 0 && (
        <Part title="What you can do instead">
          <ul className="space-y-2">
            {model.alternatives.map((alternative, index) => (
              <li key={index}>
                <strong>{alternative.title}.</strong> {alternative.text} <span className="block text-sm text-muted">{alternative.citation}</span>
              </li>
            ))}
          </ul>
        </Part>
      )}

      <footer className="border-t border-gray-300 pt-4">
        <p className="font-bold">{model.keepWithRecords}</p>
        <p className="mt-2 text-sm">{model.disclaimer}</p>
      </footer>
    </article>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="checklist-part space-y-3">
      <h2 className="text-2xl font-bold">{title}</h2>
      {children}
    </section>
  );
}

function CitedPart({ title, lines, testId }: { title: string; lines: readonly CitedLine[]; testId?: string }) {
  if (lines.length === 0) return null;
  return (
    <Part title={title}>
      <ul className="space-y-2" data-testid={testId}>
        {lines.map((line, index) => (
          <li key={index} className="border-l-4 border-yellow-500 pl-3">
            {line.text} <span className="block text-sm text-muted">{line.citation}</span>
          </li>
        ))}
      </ul>
    </Part>
  );
}
