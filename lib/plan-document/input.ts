// The limits on a plan document and what a person is told when one cannot be read. Shared by the
// upload page, the API and the text extraction, so each says the same thing.

/** A PDF or pasted text larger than this is refused (SPDs run 20 to 150 pages, 0.3 to 5 MB). */
export const MAX_PLAN_DOCUMENT_BYTES = 15 * 1024 * 1024;
/** Pages read at most; a longer document is refused rather than read in part. */
export const MAX_PLAN_DOCUMENT_PAGES = 400;
/** Reading the text stops after this long: a document that takes longer is refused. */
export const EXTRACTION_TIME_LIMIT_MS = 20_000;
/** Pasted text longer than this (about 400 pages) is refused. */
export const MAX_PASTED_CHARACTERS = 2_000_000;

export type DocumentProblem =
  | "empty"
  | "not-pdf"
  | "too-large"
  | "too-many-pages"
  | "password"
  | "no-text"
  | "too-slow"
  | "unreadable";

const PASTE_INSTEAD = "Or copy the text from the document and paste it into the box below.";

/** What to tell the person, and what to do next, for each way a document cannot be read. */
export const PROBLEM_MESSAGES: Record<DocumentProblem, string> = {
  empty: "Choose your plan document (a PDF), or paste its text into the box.",
  "not-pdf": `The file you chose is not a PDF. Choose the PDF of your Summary Plan Description. ${PASTE_INSTEAD}`,
  "too-large": `The file is larger than 15 MB. Choose a smaller PDF (the Summary Plan Description alone, not the full plan document), or paste the text of the sections about contributions and withdrawals.`,
  "too-many-pages": `The document has more than ${MAX_PLAN_DOCUMENT_PAGES} pages. Choose the Summary Plan Description alone, or paste the text of the sections about contributions and withdrawals.`,
  password: `The PDF is protected with a password, so it cannot be read. Open it, save a copy without the password, and choose that copy. ${PASTE_INSTEAD}`,
  "no-text": `The PDF has no text we can read: it is probably a scanned image. Ask HR or your plan's website for a text PDF of the Summary Plan Description. ${PASTE_INSTEAD}`,
  "too-slow": `The PDF took too long to read. Choose the Summary Plan Description alone, or paste the text of the sections about contributions and withdrawals.`,
  unreadable: `The PDF could not be read: it may be damaged. Download it again and choose the new copy. ${PASTE_INSTEAD}`,
};

/**
 * Pasted text as pages: split where the text has form feeds (as copied from many PDF viewers) or
 * "Page N" lines; otherwise one page.
 */
export function pagesFromText(text: string): string[] {
  const byFeed = text.split("\f");
  if (byFeed.length > 1) return byFeed;
  const byMarker = text.split(/\n[ \t]*(?=page \d{1,3}(?: of \d{1,3})?[ \t]*\n)/i);
  return byMarker.length > 1 ? byMarker : [text];
}
