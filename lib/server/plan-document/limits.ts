// The limits on reading one plan document on the server, besides those in
// lib/plan-document/input.ts (size, pages, pasted characters). README "Limits" states them.

/** A scanned PDF (no text layer) is read by OCR up to this many pages; a longer scan is refused. */
export const MAX_SCANNED_PAGES = 20;
/** Each scanned page adds this much time to the read's deadline (about 2 to 5 s a page is usual here). */
export const OCR_SECONDS_PER_PAGE = 10;
/** Pages are rendered for OCR at 2x PDF units: 144 dpi, enough for body text. */
export const OCR_RENDER_SCALE = 2;
/** V8 heap of one read worker (the ArrayBuffers outside it are bounded by inflate-budget.ts and the memory watch). */
export const READ_WORKER_HEAP_MB = 192;
/** Reads waiting for a worker beyond those running; past this a person is asked to try again shortly. */
export const READ_QUEUE_PER_WORKER = 2;
/**
 * The server's resident memory may grow this far past where it stood when no read was running;
 * past it, the running reads are stopped (ArrayBuffers and WebAssembly memory are outside V8's
 * heap limit).
 */
export const READ_MEMORY_GROWTH_MB = 400;
