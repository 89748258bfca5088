// What a person is told, and the API's status, for each way a read can end without findings:
// the reader's own problems (lib/plan-document/input.ts) and those of the server's limits.
import { MAX_PLAN_DOCUMENT_PAGES, PROBLEM_MESSAGES } from "@/lib/plan-document/input";
import { MAX_SCANNED_PAGES } from "./limits";
import type { ReadProblem } from "./read-task";

const SMALLER = "Choose the Summary Plan Description alone, or paste the text of the sections about contributions and withdrawals.";

export const READ_PROBLEM_MESSAGES: Record<ReadProblem, string> = {
  ...PROBLEM_MESSAGES,
  "too-slow": `This document took too long to read. ${SMALLER}`,
  "too-large-inflated": `This document holds more data than we can read (over 512 MB once uncompressed). ${SMALLER}`,
  "too-much-memory": `This document needed more memory than we can give one document. ${SMALLER}`,
  "too-many-scanned-pages": `This PDF is a scan of ${MAX_SCANNED_PAGES}+ pages with no text, and we read scans of up to ${MAX_SCANNED_PAGES} pages (text PDFs up to ${MAX_PLAN_DOCUMENT_PAGES}). ${SMALLER}`,
  busy: "We are reading many documents right now. Try again in a minute: nothing you sent was kept.",
};

export const READ_PROBLEM_STATUS: Record<ReadProblem, number> = {
  empty: 400,
  "not-pdf": 415,
  "too-large": 413,
  "too-many-pages": 413,
  "too-many-scanned-pages": 413,
  "too-large-inflated": 413,
  password: 422,
  "no-text": 422,
  "too-slow": 422,
  "too-much-memory": 422,
  unreadable: 422,
  busy: 503,
};
