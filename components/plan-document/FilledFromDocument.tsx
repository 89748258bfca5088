import Link from "next/link";
import { fieldInputId } from "@/components/wizard/ids";
import type { DocumentLanding } from "@/lib/plan-document/draft-answers";

/**
 * Shown on check your answers after "Use these answers": how many answers the document filled,
 * and the ones still open, each linked to its question (and "Not sure" ones back to the reader).
 */
export function FilledFromDocument({ landing }: { landing: DocumentLanding }) {
  const { filled, open } = landing;
  return (
    <div role="status" className="mb-8 border-l-8 border-brand bg-blue-50 p-4" data-testid="filled-from-document">
      <h2 className="text-xl font-bold">
        {filled.length} {filled.length === 1 ? "answer" : "answers"} filled from your document
      </h2>
      {open.length === 0 ? (
        <p className="mt-2">Every answer is given. Check them below, then see your result.</p>
      ) : (
        <>
          <p className="mt-2">
            Still open ({open.length}):
          </p>
          <ul className="mt-2 list-disc pl-6" data-testid="still-open">
            {open.map((row) => (
              <li key={`${row.step}-${row.field}`}>
                <Link href={`/check/${row.step}?returnTo=answers#${fieldInputId(row.field)}`}>{row.question}</Link>
                {row.answer === "Not sure" && " (you said not sure)"}
              </li>
            ))}
          </ul>
          {open.some((row) => row.answer === "Not sure") && (
            <p className="mt-2">
              <Link href="/check/plan-document">Read another document for the ones you are not sure of</Link>
            </p>
          )}
        </>
      )}
    </div>
  );
}
