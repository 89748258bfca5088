import type { ReactNode } from "react";

interface FoldProps {
  /** What is inside, said in the summary line a person taps. */
  summary: ReactNode;
  children: ReactNode;
  /** Open from the start: a form sent back with a mistake to fix, say. */
  open?: boolean;
  testId?: string;
}

/**
 * Workings, tables and long explanations behind a <details> summary, so a phone shows what to do
 * first and the rest one tap away. A native element: it opens and closes without JavaScript, and
 * a link to something inside it (#planner-title) opens it in the browsers that find in closed
 * details (Chromium, Safari, Firefox).
 */
export function Fold({ summary, children, open = false, testId }: FoldProps) {
  return (
    <details className="mt-4 border-t border-gray-300 pt-1" open={open} data-testid={testId}>
      <summary className="cursor-pointer py-2 text-lg font-bold text-brand underline">{summary}</summary>
      <div className="pb-2">{children}</div>
    </details>
  );
}
