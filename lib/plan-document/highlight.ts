import type { Feature } from "./index";

/** The words that decide each answer, marked in the passages the review page quotes. */
const HIGHLIGHT: Record<Feature | "employerMatch" | "afterTaxCapPercentOfPay", RegExp> = {
  afterTaxContributions: /(?:voluntary |non-?roth |employee )*(?:after[- ]?tax|post[- ]?tax)(?: employee)?(?: contributions?)?|\bno longer\b|\bnot\b|\bpermit(?:s|ted)?\b|\ballow(?:s|ed)?\b/gi,
  inPlanRothConversion: /in[- ]plan roth (?:rollover|conversion|transfer)s?|roth in[- ]plan (?:conversion|rollover)s?|\bconver\w*|(?:after[- ]?tax)(?: contributions?| account)?|\bexcept\w*|\bnot\b/gi,
  inServiceWithdrawal: /in[- ]service (?:withdrawal|distribution)s?|\bwithdraw\w*|at any time|hardship|(?:after )?age 59\s*(?:½|1\/2)|rollover (?:contributions?|account)|(?:after[- ]?tax)(?: contributions?| account)?|\bonly\b|\bnot\b/gi,
  automaticConversion: /automatic(?:ally)?|\bconver\w*|each (?:payroll|pay period)|\bnot\b/gi,
  separateAfterTaxAccounting: /separate(?:ly)?(?: (?:sub-?)?account)?|pro[- ]?rata|proportionate(?:ly)?|\bfirst\b|(?:after[- ]?tax)(?: contributions?| account)?/gi,
  matchTrueUp: /true[- ]?up|\bannual(?:ly)?\b|for the (?:whole |entire )?(?:plan )?year|\bnot\b/gi,
  employerMatch: /\d{1,3}(?:\.\d{1,2})?\s*%|dollar[- ]for[- ]dollar|\d{1,3}\s*cents[^.]{0,20}dollar|\$\s?\d[\d,]*|\bmatch\w*/gi,
  afterTaxCapPercentOfPay: /\d{1,3}(?:\.\d{1,2})?\s*%|after[- ]?tax/gi,
};

export type HighlightKey = keyof typeof HIGHLIGHT;

/** The quote in pieces, the words that decided it marked, for the results page's <mark>. */
export function highlightQuote(key: HighlightKey, quote: string): { text: string; marked: boolean }[] {
  const pattern = new RegExp(HIGHLIGHT[key].source, "gi");
  const pieces: { text: string; marked: boolean }[] = [];
  let last = 0;
  for (const match of quote.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    const start = match.index ?? 0;
    if (start > last) pieces.push({ text: quote.slice(last, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < quote.length) pieces.push({ text: quote.slice(last), marked: false });
  return pieces;
}
