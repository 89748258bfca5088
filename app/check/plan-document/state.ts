import type { PlanDocumentFindings } from "@/lib/plan-document";

/** The upload page's state: the form again with a message, or what the document says. */
export type PlanDocumentState =
  | { stage: "upload"; message?: string; text: string; attempt: number }
  | { stage: "review"; findings: PlanDocumentFindings; pageCount: number; source: "pdf" | "text"; current: Record<string, string> };
