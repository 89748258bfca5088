/** How far a read has come: waiting for a worker, started, the text layer or OCR of a scan (page N of M), the reading itself. */
export type ReadProgress = { stage: "queued" | "started" } | { stage: "text" | "ocr" | "analysing"; page: number; pages: number };
