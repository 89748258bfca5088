import type { SavingOrder, SavingStepStatus } from "@/lib/saving-order";

// The status is written out, and the border only repeats it: color is never the only signal.
const BORDER: Record<SavingStepStatus, string> = { done: "border-success", todo: "border-error", check: "border-gray-400" };

/** The order of saving, with the steps not taken flagged in words. */
export function SavingOrderSection({ order }: { order: SavingOrder }) {
  return (
    <section aria-labelledby="saving-order-title" className="mt-8" data-testid="saving-order">
      <h2 id="saving-order-title" className="text-2xl font-bold">
        What comes first
      </h2>
      <p className="mt-2">{order.intro}</p>
      <ol className="mt-3 space-y-4">
        {order.steps.map((step) => (
          <li key={step.code} className={`border-l-4 pl-4 ${BORDER[step.status]}`} data-code={step.code} data-status={step.status}>
            <h3 className="font-bold">
              {step.number}. {step.title}{" "}
              <span className={`whitespace-nowrap text-sm ${step.status === "todo" ? "text-error" : "text-muted"}`}>[{step.statusLabel}]</span>
            </h3>
            {step.lines.map((line) => (
              <p key={line} className={step.status === "todo" && line === step.lines[0] ? "mt-1 font-bold" : "mt-1"}>
                {line}
              </p>
            ))}
            <p className="text-sm text-muted">{step.citation}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
