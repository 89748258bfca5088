import type { PlanDocumentFindings } from "@/lib/plan-document";
import type { ReadProgress } from "@/lib/server/plan-document/progress";

/**
 * The upload page's state: the form again with a message, a long read still going (page N of M,
 * shown by polling with JavaScript or by a page that refreshes itself without), or what the
 * document says.
 */
export type PlanDocumentState =
  | { stage: "upload"; message?: string; text: string; attempt: number }
  | { stage: "reading"; id: string; progress: ReadProgress; attempt: number }
  | { stage: "review"; findings: PlanDocumentFindings; pageCount: number; source: "pdf" | "text"; current: Record<string, string> };
