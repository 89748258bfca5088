// Reads a Summary Plan Description (or benefits guide) for the features a mega backdoor Roth
// needs, following what each wording decides (domain section 8). A wrong Yes or No sends a person
// down the wrong road, so every rule here prefers "unsure" to a guess: a passage must say the
// thing plainly, and passages that disagree without a later dated change give "unsure" with both.
import type { z } from "zod";
import type { employerMatchSchema } from "../rules/schema";
import { quoteOf, splitSentences, type Sentence } from "./sentences";

export type Answer = "yes" | "no" | "unsure";
export interface Evidence {
  page: number;
  quote: string;
}
export interface Finding {
  answer: Answer;
  evidence: Evidence[];
}
export type EmployerMatch = z.infer<typeof employerMatchSchema>;

export const FEATURES = [
  "afterTaxContributions",
  "inPlanRothConversion",
  "inServiceWithdrawal",
  "automaticConversion",
  "separateAfterTaxAccounting",
  "matchTrueUp",
] as const;
export type Feature = (typeof FEATURES)[number];

export type PlanDocumentFindings = Record<Feature, Finding> & {
  employerMatch?: { value: EmployerMatch; evidence: Evidence[] };
  afterTaxCapPercentOfPay?: { value: number; evidence: Evidence[] };
  /** Whether the employer matches after-tax contributions, when the document says. */
  matchesAfterTax?: { value: "yes" | "no"; evidence: Evidence[] };
  /** A cap on all contributions from one paycheck together, in percent of that paycheck. */
  perPaycheckCapPercent?: { value: number; evidence: Evidence[] };
  /** The text is not about a retirement plan (a pay stub, a checklist): nothing is decided. */
  notAPlanDocument?: true;
};

/** What one sentence says about one feature. "unsure" records a relevant but undecided passage. */
interface Signal {
  /** "age59": allowed from age 59½, which only the person's age decides. */
  answer: Answer | "age59" | "silent";
  /** Later wins: a dated change (yyyymmdd), then an amendment without a date (1), then the SPD (0). */
  rank: number;
  sentence: Sentence;
}

// ---------------------------------------------------------------- vocabulary

const AFTER_TAX = String.raw`(?:after[- ]?tax|post[- ]?tax)`;
const NEGATION =
  /\b(?:not|no longer|never|cannot|can't|won't|isn't|aren't|doesn't|don't|neither|nor|prohibited|eliminated|discontinued|removed|ceased?|suspended|frozen|closed to)\b|\bno (?:in-service|after-tax|withdrawals?|conversions?|true-up|employee|other)\b|\bno (?:[\w-]+ )?true[- ]?up\b|\bno (?:(?!limit|cap|minimum|maximum|penalty|fees?|charge|more|less)[\w()-]+ ){1,3}(?:contributions|conversions?|rollovers?|withdrawals?|distributions?)\b/i;
const PERMISSION =
  /\b(?:may|can|permit(?:s|ted)?|allow(?:s|ed)?|available|offer(?:s|ed)?|accept(?:s|ed)?|eligible to|option to|entitled to|elect(?:s|ed)? to|choose to|are made|is made|provides? for|lets? you|you have the (?:right|option))\b/i;
const FUTURE = /\b(?:will (?:no longer|be|become|cease|end|begin|start)|is expected to|plans? to|intends? to|proposed|under consideration)\b/i;
const HISTORY = /\b(?:previously|formerly|used to|were (?:not )?(?:permitted|allowed|accepted|available)|prior to (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|before (?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/i;
// After-tax in senses that decide nothing here: Roth deferrals, insurance, HSAs, IRAs, taxable pay.
const OTHER_AFTER_TAX =
  /\b(?:premiums?|insurance|medical|dental|vision|health savings|HSA|flexible spending|FSA|commuter|parking|ESPP|stock purchase|life|disability|roth ira|traditional ira|individual retirement|roth (?:401\(k\) )?(?:elective |deferrals?|contributions?)[^.]{0,30}(?:are|is) (?:made )?(?:on an |with |from )?after[- ]?tax|paycheck after taxes|after taxes are withheld)\b/i;

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const DATE = new RegExp(String.raw`\b(?:effective|as of|beginning|starting|on or after|since)\s+(?:(${MONTHS.join("|")})\s+(\d{1,2}),?\s+)?(\d{4})\b|\b(${MONTHS.join("|")})\s+(\d{1,2}),?\s+(\d{4})\b`, "i");

/** The date a sentence says a change takes effect, as yyyymmdd, or 0. */
function effectiveDate(text: string): number {
  const match = DATE.exec(text);
  if (!match) return 0;
  const month = match[1] ?? match[4];
  const day = match[2] ?? match[5];
  const year = match[3] ?? match[6];
  const m = month ? MONTHS.indexOf(month.toLowerCase()) + 1 : 1;
  return Number(year) * 10000 + m * 100 + (day ? Number(day) : 1);
}

function rankOf(sentence: Sentence): number {
  const date = effectiveDate(sentence.text);
  if (date > 0 && /\b(?:effective|as of|beginning|starting|on or after|no longer|amend|since)\b/i.test(sentence.text)) return date;
  if (sentence.amendmentPage || /\bno longer\b|\bamend(?:ed|ment)\b/i.test(sentence.text)) return 1;
  return 0;
}

/** Negated: a "not" (or the like) in the sentence, that is not part of "whether or not" or "not only". */
function negated(text: string): boolean {
  return NEGATION.test(mainClause(text));
}

/**
 * The sentence without what a negation there does not decide: a clause set off by commas that
 * describes a noun ("after-tax contributions, which are not Roth contributions, ..."), a wait
 * ("may not ... until one year of service"), "without any pro rata share" and figures' bounds.
 */
function mainClause(text: string): string {
  return text
    .replace(/,\s*(?:which|whose|who|that)\b[^,;]{0,200},/gi, ",")
    // "contributions that are not matched": a restrictive clause that only says which money.
    .replace(/\b(?:that|which|who) (?:are|is|were|have|has) not (?:been )?(?:matched|roth(?: contributions)?|taxed|vested|yet taxed|eligible for (?:the |a |any )?match\w*)\b/gi, "")
    .replace(/\b(?:(?:may|can|will|do|does) not|cannot|can't)\b([^.;]{0,120}?)\buntil\b/gi, "$1 after")
    .replace(/\bwithout (?:any |a )?pro[- ]?rata\b/gi, "")
    // "once per year, but not within 6 months of a prior withdrawal" limits how often, not whether.
    .replace(/\bbut not (?:within|more (?:than|often)|less than|until|before|during|in the same)\b[^.;]{0,160}/gi, "")
    .replace(/\bwhether or not\b|\bnot only\b|\b(?:may|can|cannot|can't|must|does|do|will) not exceed\b|\bnot to exceed\b|\bnot more than\b|\bnot less than\b|\bif you do not\b[^,.]*/gi, "");
}

// ---------------------------------------------------------------- the features

const AFTER_TAX_MONEY = new RegExp(
  String.raw`${AFTER_TAX}\s+(?:(?:employee|voluntary|savings|non-?roth|\(non-?roth\))\s+){0,3}(?:contributions?|account|sub-?account|money|savings|source|deposits?|dollars|basis)|voluntary\s+(?:non-?roth\s+)?${AFTER_TAX}|non-?roth\s+${AFTER_TAX}|(?:employee|voluntary)\s+${AFTER_TAX}|contribut\w*[^.]{0,60}${AFTER_TAX}\s+basis`,
  "i",
);

// Patterns built once: reading runs them on every sentence.
const AFTER_TAX_WORD = new RegExp(AFTER_TAX, "i");
const NAMED_AFTER_TAX = new RegExp(String.raw`(?:non-?roth|voluntary)\s*\)?\s*${AFTER_TAX}`, "i");
const EXCLUDES_AFTER_TAX = new RegExp(String.raw`\b(?:except|excluding|other than|but not|does not (?:include|apply to|cover)|do not (?:include|apply to|cover)|not (?:including|available for|eligible))\b[^.]{0,80}${AFTER_TAX}`, "i");
const AFTER_TAX_NOT_CONVERTED = new RegExp(String.raw`${AFTER_TAX}[^.]{0,60}\b(?:are|is|may) not (?:be )?(?:eligible|converted|available|included)`, "i");
const MONEY_KINDS = new RegExp(String.raw`${AFTER_TAX}|pre-?tax|\broth\b|before[- ]tax`, "gi");
const PERCENT_OF_PAY_RANGE = new RegExp(
  String.raw`(?:\b\d{1,2}(?:\.\d{1,2})?\s*%?\s*(?:to|-|–|through)\s*|\bup to\s+|\bmaximum of\s+|\bno more than\s+|\bnot (?:to )?exceed\s+)(\d{1,3}(?:\.\d{1,2})?)\s*%\s*of\s*(?:your\s+)?(?:\w+\s){0,2}?(?:pay|compensation|salary|earnings|wages)`,
  "gi",
);

function mentionsAfterTaxMoney(text: string): boolean {
  if (!AFTER_TAX_MONEY.test(text)) return false;
  // "Roth contributions are made on an after-tax basis", after-tax premiums or HSA contributions
  // are not after-tax plan money, unless the sentence also names that money explicitly.
  if (OTHER_AFTER_TAX.test(text)) return NAMED_AFTER_TAX.test(text);
  return true;
}

const GROUP_OR_TIME =
  /\bhighly compensated|\bHCEs?\b|\bkey employees?\b|\bcollective bargaining|\bunion employees\b|\bwho are\b|\bwhile (?:you are |you're )?(?:on|in) (?:a |an )?(?:leave|unpaid|military|suspension)|\bleave of absence\b|\bduring (?:a |any |your )?(?:leave|suspension|the \d+|the first)|\b(?:for|within) (?:\d+|six|twelve|three) months\b|\bafter (?:taking|receiving) a hardship|\bunless\b|\bif you (?:are|have|were)\b/i;

function afterTaxContributions(sentence: Sentence): Answer | null {
  const text = sentence.text;
  if (!mentionsAfterTaxMoney(text)) return null;
  // Sentences about moving or withdrawing the money decide the other features, not this one.
  if (/\b(?:convert|conversion|rollover|roll over|rolled|withdraw|withdrawal|distribution|in-service)\w*/i.test(text)) {
    if (/\bno longer\b[^.]*\bcontribut/i.test(text)) return "no";
    // "amended to permit participants to make after-tax contributions and to convert them".
    if (/\b(?:permit|allow)\w*[^.]{0,40}\bto make (?:voluntary |non-?roth |employee )*after[- ]?tax contributions\b/i.test(text) && !negated(text)) return "yes";
    return null;
  }
  // "After-tax contributions are not matched" (or matched) speaks of contributions the plan takes.
  if (/\b(?:your )?after[- ]?tax contributions (?:are|is) not (?:matched|eligible for (?:a |the |any )?match\w*)\b|\bmatch\w* (?:\d{1,3}% of )?your pre-?tax, roth and after[- ]?tax contributions\b/i.test(text) && !HISTORY.test(text)) return "yes";
  if (FUTURE.test(text) || HISTORY.test(text)) return "unsure";
  // A limit on contributions together says after-tax money is limited, not whether it is offered.
  if (/\bexceed\b|\bcombined\b|\blimit/i.test(text) && !/\b(?:you|participants?|employees?) (?:may|can)\b|\bpermits?\b/i.test(text)) return null;
  if (/\bmatch\w*\b/i.test(text) && !/\b(?:you may|you can|permit|allow)\b/i.test(text)) return null;
  if (negated(text)) {
    // A group left out ("Highly Compensated Employees may not ...") is not everyone, and a time
    // left out ("while on a leave of absence", "for 6 months after a hardship") is not always.
    if (GROUP_OR_TIME.test(text)) return "unsure";
    // "Contributions that are not after-tax..." or "after-tax contributions are not matched" say nothing.
    if (/\bnot (?:matched|eligible for (?:a |the )?match|subject to|taxed|taxable|counted|included in)\b/i.test(text)) return null;
    return "no";
  }
  if (/\b(?:your |the )?after[- ]?tax (?:contributions? )?account\b/i.test(text) && !PERMISSION.test(text)) return null;
  if (PERMISSION.test(text) || /\b(?:you|participants?|employees?) (?:may )?(?:also )?(?:contribute|save|make|elect)\b/i.test(text)) {
    // "Unless you are a highly compensated employee, you may ...": not said for everyone.
    if (/\bhighly compensated|\bHCEs?\b|\bkey employees?\b/i.test(text)) return "unsure";
    if (/\b(?:if|whether) (?:the plan|your plan|your employer)\b/i.test(text)) return "unsure";
    return "yes";
  }
  return null;
}

const CONVERSION =
  /\brolled? (?:in)?to (?:the |your |a )?(?:designated )?roth (?:401\(k\)|403\(b\)|457\(b\)|account|source)|\bin[- ]plan roth (?:rollover|conversion|transfer)s?|\broth in[- ]plan (?:conversion|rollover)s?|\bIRR\b|\bconver(?:t|ts|ted|ting|sion|sions)\b[^.]{0,120}\broth\b(?! ira)|\broth conversions?\b/i;

function inPlanRothConversion(sentence: Sentence): Signal["answer"] | null {
  const text = sentence.text;
  // "Your after-tax account may not be converted" names no Roth, but says no all the same.
  if (!CONVERSION.test(text)) {
    return /\b(?:may|can|will|is|are) not be converted\b|\bcannot be converted\b/i.test(text) && mentionsAfterTaxMoney(text) ? "no" : null;
  }
  if (/\broth ira\b/i.test(text) && !/\bin[- ]plan\b/i.test(text)) return null;
  // Automatic conversion is its own question; whether conversions exist at all is not said.
  if (/\bautomatic/i.test(text) && negated(text)) return null;
  if (FUTURE.test(text) || HISTORY.test(text)) return "unsure";
  const afterTax = mentionsAfterTaxMoney(text) || AFTER_TAX_WORD.test(text);
  const excludesAfterTax =
    EXCLUDES_AFTER_TAX.test(text) || AFTER_TAX_NOT_CONVERTED.test(text);
  if (excludesAfterTax) return "no";
  // Offered only with a distributable event ("when you take an eligible distribution", "after you
  // leave or reach 59½"): not a conversion everyone in service can make.
  if (/\beligible (?:to (?:take|receive) )?(?:a |an )?(?:eligible )?distribution\b|\beligible distribution\b|\bdistributable event\b|\bentitled to (?:take |receive )?a distribution\b|\bafter you (?:leave|terminate|separate|retire)\b/i.test(text)) return "unsure";
  if (negated(text)) return "no";
  // A conversion limited to named sources without after-tax money does not cover it.
  if (!afterTax && /\bonly\b|\blimited to\b|\bsolely\b/i.test(text) && /\b(?:pre-?tax|elective deferrals?|matching|employer|rollover)\b/i.test(text)) return "no";
  if (!PERMISSION.test(text) && !/\byou may (?:convert|elect|request)\b|\bamended to (?:add|permit|allow)\b|\b(?:are|is) (?:automatically )?converted\b/i.test(text)) return null;
  if (afterTax) return "yes";
  // A source list that leaves out after-tax money is not a statement about it: it leaves a Yes
  // elsewhere in doubt, but not a plain No.
  if (/\b(?:pre-?tax|elective deferrals?|matching contributions?|employer contributions?|profit[- ]sharing)\b/i.test(text)) return "silent";
  return "yes";
}

const WITHDRAWAL = /\b(?:withdraw\w*|distribution|distributions|take (?:money|a loan|out)|in[- ]service)\b/i;
const AGE_59 = /\b59\s*(?:½|1\/2|\.5| and (?:a |one-)half)|\bage 59\b/i;
const HARDSHIP = /\bhardship|financial (?:need|emergency)|immediate and heavy\b/i;
const ROLLOVER_MONEY = /\brollover (?:contributions?|account|money|source)|\b(?:money|amounts?) (?:you )?rolled (?:in|over)|\brolled into the plan\b|\brolled[- ]over (?:money|amounts|balances?)|\bprior plan money\b/i;

function inServiceWithdrawal(sentence: Sentence): Signal["answer"] | null {
  const text = sentence.text;
  if (!WITHDRAWAL.test(text)) return null;
  if (/\bloans?\b/i.test(text) && !/\bwithdraw/i.test(text)) return null;
  // After you leave, or retire, is not "in service".
  if (/\b(?:after you (?:leave|terminate|separate|retire)|upon (?:termination|separation|retirement)|when you (?:leave|retire|terminate))\b/i.test(text) && !/\bwhile (?:you are )?(?:still )?employed|in[- ]service|at any time\b/i.test(text)) return null;
  const afterTax = mentionsAfterTaxMoney(text);
  const inService = /\bin[- ]service|while (?:you are |you're |I am |I'm )?(?:still )?(?:employed|working)|while you work\b|(?:before|prior to) (?:you )?(?:leave|leaving|terminat\w*|separat\w*)|at any time\b/i.test(text);
  if (!afterTax && !inService) return null;
  if (FUTURE.test(text) || HISTORY.test(text)) return "unsure";
  const hardship = HARDSHIP.test(text);
  const only = /\bonly\b|\bsolely\b|\blimited to\b|\brestricted to\b|\bno other\b|\bexcept\b|\bother than\b|\bunless\b|\bother (?:money|amounts|accounts|balances) (?:stays?|remains?|must remain)\b/i.test(text);
  // Age 59½ first: "except for hardship and age 59½ withdrawals" is not hardship-only.
  if (!AGE_59.test(text) && hardship && only && !/\bat any time\b/i.test(text)) return "no";
  if (AGE_59.test(text)) {
    // "At any time" for after-tax money with age 59½ for other money is still a yes.
    if (afterTax && /\bat any time\b/i.test(text) && !negated(text)) return "yes";
    // From 59½ for named other money says nothing about after-tax money at any age.
    const otherMoneyOnly = !afterTax && /\b(?:pre-?tax|employer|matching|rollover|profit[- ]sharing|elective|roth)\b[^.]{0,20}\b(?:contributions?|accounts?|money|sources?|deferrals?)\b/i.test(text) && !/\ball (?:of your )?(?:vested )?(?:sources|accounts?|money)|\bentire|\ball or (?:any )?part of your (?:vested )?account/i.test(text);
    return otherMoneyOnly ? "unsure" : "age59";
  }
  if (ROLLOVER_MONEY.test(text) && !afterTax) return only ? "no" : null;
  if (/\b(?:employer|matching|profit[- ]sharing|pre-?tax) (?:contributions?|account)/i.test(text) && !afterTax) return only ? "no" : null;
  if (negated(text)) {
    // "Not permitted, except that you may withdraw your after-tax account at any time".
    if (afterTax && /\bexcept(?: that| for)?\b[^.]{0,80}\bafter[- ]?tax\b[^.]{0,60}\bat any time\b/i.test(text) && !HARDSHIP.test(text)) return "yes";
    // "You may not withdraw X, but after-tax money may be withdrawn at any time" mixes both.
    if (afterTax && /\bat any time\b/i.test(text) && /\bbut\b|\bhowever\b/i.test(text)) return "unsure";
    if (afterTax || inService) return "no";
    return null;
  }
  if (hardship) return null;
  if (!PERMISSION.test(text) && !/\byou (?:may|can) (?:withdraw|take|request)\b/i.test(text)) return null;
  if (afterTax) return "yes";
  // In-service withdrawals of unnamed money: which money, on what terms, is not said.
  return "unsure";
}

function automaticConversion(sentence: Sentence): Answer | null {
  const text = sentence.text;
  const about =
    /\bautomatic(?:ally)?\b[^.]{0,60}\b(?:roth|conver)|\bconver\w*\b[^.]{0,80}\b(?:each|every) (?:payroll|pay period|paycheck)|\bconver\w*\b[^.]{0,60}\b(?:as soon as|immediately after|when) (?:it is |they are |each is )?(?:contributed|deposited|made)\b|\bdaily (?:roth )?conversion/i;
  if (!about.test(text)) return null;
  if (!/\broth\b|\bconver/i.test(text)) return null;
  if (FUTURE.test(text) || HISTORY.test(text)) return "unsure";
  if (/\bautomatic(?:ally)? enroll/i.test(text) && !/\bconver/i.test(text)) return null;
  // "Automatically converted when you request a conversion" describes one conversion you ask for.
  if (/\bwhen(?:ever)? you (?:request|execute|elect|make|initiate|ask for|submit)\b/i.test(text) && !/\beach (?:payroll|pay period|paycheck)\b/i.test(text)) return null;
  if (negated(text)) return "no";
  if (PERMISSION.test(text) || /\b(?:are|is) (?:automatically )?converted\b|\bconverts?\b|\b(?:processed|done|made|happen|occur)s? automatically\b/i.test(text)) return "yes";
  return null;
}

function separateAfterTaxAccounting(sentence: Sentence): Answer | null {
  const text = sentence.text;
  // Pro rata across all the accounts mixes pre-tax money in; pro rata between after-tax
  // contributions and their own earnings (IRC §72(e)(8)) does not.
  if (
    /\bpro[- ]?rata\b|\bproportionate(?:ly)?\b|\bin proportion\b|\bproportionally\b/i.test(text) &&
    !/\bwithout (?:any |a )?(?:pro[- ]?rata|proportionate)/i.test(text) &&
    (WITHDRAWAL.test(text) || /\bbasis\b/i.test(text)) &&
    /\ball (?:of )?(?:your )?(?:accounts|sources|contribution types)|\beach (?:of )?(?:your )?(?:accounts?|sources?)|\bpre-?tax|\bentire (?:vested )?account|\bother accounts\b/i.test(text)
  ) {
    if (negated(text)) return null;
    return "no";
  }
  if (!mentionsAfterTaxMoney(text)) return null;
  if (FUTURE.test(text) || HISTORY.test(text)) return null;
  if (/\bseparate(?:ly)? (?:sub-?)?account|\bseparately accounted|\baccounted for separately|\bkept (?:separately|apart)\b|\bits own (?:sub-?)?account|\bheld separately|\btracked separately\b/i.test(text)) {
    return negated(text) ? "no" : "yes";
  }
  if (WITHDRAWAL.test(text) && /\b(?:first|alone|on (?:its|their) own|without (?:also )?(?:withdrawing|taking)|only from your after-tax)\b/i.test(text) && !negated(text)) {
    return "yes";
  }
  return null;
}

function matchTrueUp(sentence: Sentence): Answer | null {
  const text = sentence.text;
  if (/\btrue[- ]?up\b|\btrued up\b/i.test(text)) {
    if (FUTURE.test(text) || HISTORY.test(text)) return "unsure";
    if (/\bdiscretion|\bmay (?:make|provide)\b/i.test(text) && !negated(text)) return "unsure";
    return negated(text) ? "no" : "yes";
  }
  if (!/\bmatch/i.test(text)) return null;
  // A match figured on the whole year's pay needs no true-up (domain section 8).
  if (/\b(?:calculated|determined|computed|figured|made)\b[^.]{0,60}\b(?:annual(?:ly)?|on an annual basis|(?:once|at the end of) (?:a|the|each) (?:plan )?year|plan year basis|your (?:total )?(?:pay|compensation) for the (?:whole |entire )?(?:plan )?year)\b/i.test(text) && !negated(text)) {
    return "yes";
  }
  return null;
}

const CLASSIFIERS: Record<Feature, (sentence: Sentence) => Signal["answer"] | null> = {
  afterTaxContributions,
  inPlanRothConversion,
  inServiceWithdrawal,
  automaticConversion,
  separateAfterTaxAccounting,
  matchTrueUp,
};

/**
 * The answer from every passage about a feature: the latest dated change (or amendment) decides;
 * among passages of the same standing, Yes and No together, or a No beside a conditional passage
 * ("after age 59½"), give unsure with every passage shown.
 */
function decide(signals: Signal[], ageAtYearEnd: number | undefined): Finding {
  if (signals.length === 0) return { answer: "unsure", evidence: [] };
  const top = highestRank(signals);
  const current = signals.filter((signal) => signal.rank === top);
  // "After age 59½" decides only with the person's age: 60 or over at the end of the year is
  // past 59½; under 59 cannot reach it this year; at 59 it depends on the birthday.
  const resolve = (answer: Signal["answer"]): Answer =>
    answer === "silent" ? "unsure" : answer !== "age59" ? answer : ageAtYearEnd === undefined || ageAtYearEnd === 59 ? "unsure" : ageAtYearEnd >= 60 ? "yes" : "no";
  const answers = new Set(current.map((signal) => resolve(signal.answer)));
  // A passage that leaves after-tax money out of a list ("silent") puts a Yes in doubt, not a No.
  const doubts = new Set(current.filter((signal) => signal.answer !== "silent").map((signal) => resolve(signal.answer)));
  let answer: Answer;
  if (answers.has("yes") && answers.has("no")) answer = "unsure";
  else if (answers.has("yes")) answer = answers.has("unsure") && current.some((signal) => signal.answer === "silent") ? "unsure" : "yes";
  else if (answers.has("no")) answer = doubts.has("unsure") ? "unsure" : "no";
  else answer = "unsure";
  // A lower-ranked passage that disagrees is shown too, so the person sees what was overridden.
  const shown =
    answer === "unsure"
      ? signals
      : [...current.filter((s) => resolve(s.answer) === answer), ...signals.filter((s) => s.rank < top && resolve(s.answer) !== answer)];
  return { answer, evidence: uniqueEvidence(shown.map((signal) => signal.sentence)) };
}

/** The highest rank, without spreading an array of any length into arguments. */
function highestRank(items: readonly { rank: number }[]): number {
  let top = -Infinity;
  for (const item of items) if (item.rank > top) top = item.rank;
  return top;
}

function uniqueEvidence(sentences: Sentence[]): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const sentence of sentences) {
    const quote = quoteOf(sentence.quote ?? sentence.text);
    const key = `${sentence.page}:${quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ page: sentence.page, quote });
    if (evidence.length === 6) break;
  }
  return evidence;
}

// ---------------------------------------------------------------- figures

const NUMBER = String.raw`(\d{1,3}(?:\.\d{1,2})?)`;
const WORD_PERCENT: Record<string, number> = { "dollar for dollar": 100, "dollar-for-dollar": 100 };

function centsPerDollar(text: string): number | undefined {
  const cents = /\b(\d{1,3})\s*(?:cents|¢)\s*(?:on|for|per)\s*(?:the|each|every)?\s*dollar/i.exec(text) ?? /\$0?\.(\d{2})\s*(?:for|on|per)\s*(?:each|every)\s*\$1(?:\.00)?\b/i.exec(text);
  return cents ? Number(cents[1]) : undefined;
}

/** Reads "X% of the first Y% of pay", "dollar for dollar on the first 3% and 50 cents on the next 2%", and dollar caps. */
function matchInSentence(text: string): EmployerMatch | "discretionary" | null {
  // "The university does not contribute to these plans": no employer money, so no match.
  if (/\b(?:employer|company|university|college|we) (?:does|do) not (?:make any )?contribut\w* to (?:these|this|the|your) (?:plans?|403\(b\)|401\(k\))/i.test(text)) return { kind: "none" };
  if (!/\bmatch|\bfor (?:each|every) \$1\b|\bdollar[- ]for[- ]dollar\b|\bcents (?:on|for|per) (?:the|each|every)? ?dollar/i.test(text)) return null;
  // A "Match: None" line of a highlights table.
  if (/^(?:employer |company )?match(?:ing contributions?)? (?:are|is) not available\.?$/i.test(text)) return { kind: "none" };
  if (/\b(?:after[- ]?tax|post[- ]?tax)\b[^.]{0,40}\b(?:are|is) not matched\b/i.test(text)) return null;
  if (/\bdiscretionary\b|\bat (?:its|the (?:company|employer)'?s?) (?:sole )?discretion\b|\bmay (?:decide to )?make a matching\b/i.test(text)) return "discretionary";
  if (/\b(?:does not|do not|will not|doesn't) (?:make|provide|offer)[^.]{0,30}\bmatch|\bno (?:employer )?matching contributions?\b|\bnot (?:eligible for|entitled to) (?:a |any )?match/i.test(text)) {
    return /\bafter[- ]?tax\b/i.test(text) ? null : { kind: "none" };
  }
  const tiers: { matchPercent: number; ofPayPercent: number }[] = [];
  // Each tier: a rate ("50%", "dollar for dollar", "50 cents on the dollar") then "on/of the first|next Y%".
  const tierPattern = new RegExp(
    String.raw`(?:(?<!automatic |nonelective |non-elective )(\d{1,3}(?:\.\d{1,2})?)\s*%(?!\s*(?:automatic|non-?elective|profit|core|retirement contribution|of pay for everyone)\b)|(dollar[- ]for[- ]dollar)|(\d{1,3})\s*(?:cents|¢)\s*(?:on|for|per)\s*(?:the|each|every)?\s*dollar|\$(\d(?:\.\d{2})?)\s*(?:for|on) (?:each|every) \$1(?:\.00)?\b)[^.%]{0,80}?\b(?:(?:first|next|up to)\s+${NUMBER}\s*%|between\s+${NUMBER}\s*%\s*and\s+${NUMBER}\s*%)(?!\s*(?:profit|non-?elective|automatic|core|retirement contribution|company contribution)\b)`,
    "gi",
  );
  for (const match of text.matchAll(tierPattern)) {
    const rate = match[1]
      ? Number(match[1])
      : match[2]
        ? (WORD_PERCENT[match[2].toLowerCase().replace(/-/g, " ")] ?? 100)
        : match[3]
          ? Number(match[3])
          : Math.round(Number(match[4]) * 100);
    // "between 3% and 5%" is the next 2% of pay.
    const ofPay = match[5] ? Number(match[5]) : Number(match[7]) - Number(match[6]);
    if (!(rate > 0 && rate <= 100 && ofPay > 0 && ofPay <= 100)) return null;
    tiers.push({ matchPercent: rate, ofPayPercent: ofPay });
  }
  const dollarCap = /\b(?:up to|maximum of|not (?:to )?exceed|limited to|no more than)\s+\$\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d{2})?\s*(?:per|a|each|in any|for the)\s*(?:plan |calendar )?year/i.exec(text);
  const ofFirstDollars = /(\d{1,3}(?:\.\d{1,2})?)\s*%[^.%$]{0,40}\bof the first \$\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d{2})?\b/i.exec(text);
  if (ofFirstDollars) {
    if (tiers.length > 0) return null;
    const rate = Number(ofFirstDollars[1]);
    const base = Number(ofFirstDollars[2]!.replace(/,/g, ""));
    return { kind: "dollarCap", matchPercent: rate, maxMatch: Math.round(base * rate) / 100 };
  }
  if (tiers.length > 0) {
    // A formula with a yearly dollar limit as well cannot be written in one shape: say nothing.
    if (dollarCap) return null;
    if (tiers.reduce((sum, tier) => sum + tier.ofPayPercent, 0) > 100) return null;
    return { kind: "formula", tiers };
  }
  const cents = centsPerDollar(text);
  const rate = /(\d{1,3}(?:\.\d{1,2})?)\s*%\s*of (?:your|the|each|every)?\s*(?:\w+\s){0,3}?contributions?\b/i.exec(text);
  const percent = rate ? Number(rate[1]) : cents;
  if (dollarCap && percent !== undefined && percent > 0 && percent <= 100) {
    return { kind: "dollarCap", matchPercent: percent, maxMatch: Number(dollarCap[1]!.replace(/,/g, "")) };
  }
  return null;
}

function sameMatch(a: EmployerMatch, b: EmployerMatch): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function findEmployerMatch(sentences: Sentence[]): PlanDocumentFindings["employerMatch"] {
  const found: { value: EmployerMatch | "discretionary"; sentence: Sentence; rank: number }[] = [];
  for (const sentence of sentences) {
    if (HISTORY.test(sentence.text) || FUTURE.test(sentence.text)) continue;
    const value = matchInSentence(sentence.text);
    if (value) found.push({ value, sentence, rank: rankOf(sentence) });
  }
  if (found.length === 0) return undefined;
  const top = highestRank(found);
  const current = found.filter((item) => item.rank === top);
  // A discretionary match has no formula; two different formulas (for different groups, or years) disagree.
  const first = current[0]!.value;
  if (first === "discretionary") return undefined;
  if (current.some((item) => item.value === "discretionary" || !sameMatch(item.value as EmployerMatch, first))) return undefined;
  return { value: first, evidence: uniqueEvidence(current.map((item) => item.sentence)) };
}

function findAfterTaxCap(sentences: Sentence[]): PlanDocumentFindings["afterTaxCapPercentOfPay"] {
  const found: { value: number; sentence: Sentence }[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!mentionsAfterTaxMoney(text) || HISTORY.test(text) || FUTURE.test(text)) continue;
    // "Matches 100% of your pre-tax, Roth and after-tax contributions, up to 5% of pay" is the match.
    if (/\bmatch/i.test(text)) continue;
    // A limit on all contributions together is a per-paycheck cap, not an after-tax cap.
    if (/\b(?:combined|together|in total|total of|aggregate|all (?:of )?your contributions|sum of)\b/i.test(text)) continue;
    // Each range belongs to the kind of money named nearest to it in its clause:
    // "1% to 75% of pay on a pre-tax basis, and from 1% to 10% on an after-tax basis".
    for (const rawClause of text.split(/;|,\s*(?:and|but|while)\s+|\band from\b|\band (?=(?:from )?\d)/i)) {
      // A clause set off by commas ("which are not Roth contributions") names no money of its own.
      const clause = rawClause.replace(/,\s*(?:which|whose|who|that)\b[^,;]{0,200},/gi, ",");
      const plain = clause.replace(/non-?roth/gi, "");
      const kinds = [...plain.matchAll(MONEY_KINDS)].map((m) => ({
        afterTax: AFTER_TAX_WORD.test(m[0]),
        at: m.index ?? 0,
      }));
      const ranges = plain.matchAll(PERCENT_OF_PAY_RANGE);
      // Ranges and kinds both come in the order they are written: one pass finds each nearest.
      let next = 0;
      for (const range of ranges) {
        const at = range.index ?? 0;
        while (next < kinds.length && kinds[next]!.at <= at) next += 1;
        const before = kinds[next - 1];
        const after = kinds[next];
        // "... of pay as after-tax contributions": the money named right after the range is its kind.
        const named = /^[^,;.%]{0,12}?\b(?:as|on an?|in)\s+(?:voluntary\s+|employee\s+)?(after[- ]?tax|post[- ]?tax|pre-?tax|roth|before[- ]tax)/i.exec(plain.slice(at + range[0].length, at + range[0].length + 60));
        const nearest = named
          ? { afterTax: /after|post/i.test(named[1]!) }
          : !before ? after : !after ? before : at - before.at <= after.at - at ? before : after;
        if (nearest?.afterTax) found.push({ value: Number(range[1]), sentence });
      }
    }
  }
  if (found.length === 0) return undefined;
  const values = new Set(found.map((item) => item.value));
  if (values.size !== 1) return undefined;
  const value = found[0]!.value;
  if (!(value > 0 && value <= 100)) return undefined;
  return { value, evidence: uniqueEvidence(found.map((item) => item.sentence)) };
}

/**
 * Whether the match covers after-tax contributions: "after-tax contributions are not matched",
 * "only pre-tax and Roth contributions receive the match" (no), or after-tax money listed among
 * the contributions matched (yes). Passages that disagree decide nothing.
 */
function findMatchesAfterTax(sentences: Sentence[]): PlanDocumentFindings["matchesAfterTax"] {
  const found: { value: "yes" | "no"; sentence: Sentence }[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!/\bmatch/i.test(text) || HISTORY.test(text) || FUTURE.test(text)) continue;
    const afterTax = AFTER_TAX_WORD.test(text.replace(/\broth (?:contributions? )?(?:are|is) (?:made )?(?:on an? )?after[- ]?tax/gi, ""));
    if (afterTax && (/\bnot (?:be )?(?:matched|eligible for (?:a |the |any )?match)|\bno match(?:ing)?\b|matched are not available/i.test(text) || (negated(text) && /\bmatched\b|\b(?:does|do|will) not match\b/i.test(text)))) {
      found.push({ value: "no", sentence });
    } else if (!afterTax && /\bonly\b/i.test(text) && /\bpre-?tax\b|\bbefore[- ]tax\b/i.test(text) && /\b(?:receive|apply to|are matched|is matched|matching contributions apply)\b/i.test(text)) {
      found.push({ value: "no", sentence });
    } else if (afterTax && !negated(text) && /\bmatch(?:es|ed)?\b[^.]{0,40}\b(?:your )?(?:pre-?tax|before[- ]tax)[^.]{0,30}\band (?:your )?(?:voluntary )?after[- ]?tax contributions\b/i.test(text)) {
      found.push({ value: "yes", sentence });
    }
  }
  if (found.length === 0) return undefined;
  const value = found[0]!.value;
  if (found.some((item) => item.value !== value)) return undefined;
  return { value, evidence: uniqueEvidence(found.map((item) => item.sentence)) };
}

/**
 * A cap on all contributions together from each paycheck ("pre-tax, Roth and after-tax
 * contributions together may not exceed 80% of your pay each pay period").
 */
function findPerPaycheckCap(sentences: Sentence[]): PlanDocumentFindings["perPaycheckCapPercent"] {
  const found: { value: number; sentence: Sentence }[] = [];
  for (const sentence of sentences) {
    const text = sentence.text;
    if (!/\b(?:per|each|every|any) (?:pay ?period|paycheck|pay ?check|payroll(?: period)?)\b/i.test(text)) continue;
    if (!/\b(?:together|combined|in total|total (?:contributions|of all)|all (?:of )?your contributions|aggregate)\b/i.test(text) && !/^total contributions\b/i.test(text)) continue;
    if (HISTORY.test(text) || FUTURE.test(text)) continue;
    const cap = /\b(?:exceed|up to|limited to|maximum of|no more than|at most)\s+(\d{1,3}(?:\.\d{1,2})?)\s*%\s*of\s+(?:your\s+)?(?:\w+\s){0,2}?(?:pay|compensation|salary|earnings|wages)\b/i.exec(text);
    if (cap) found.push({ value: Number(cap[1]), sentence });
  }
  if (found.length === 0) return undefined;
  const value = found[0]!.value;
  if (found.some((item) => item.value !== value) || !(value > 0 && value <= 100)) return undefined;
  return { value, evidence: uniqueEvidence(found.map((item) => item.sentence)) };
}

// Words no paper about a workplace retirement plan does without.
const RETIREMENT_PLAN = /\b401\s*\(k\)|\b403\s*\(b\)|\b457\s*\(b\)|\bretirement\b|\bpension\b|\bprofit[- ]sharing\b|\bsavings plan\b|\bthrift\b|\bsummary plan description\b|\bin[- ]plan\b|\bvest(?:ed|ing)\b|\broth\b|\bdeferrals?\b|\bmatching contributions?\b|\bmatch(?:es|ed|ing)?\b|\bthe plan\b|\bin[- ]service\b|\bwithdraw|\bcontributions\b|\bconver(?:t|ts|ted|sion)\b|\btrue[- ]?up\b/i;

const OTHER_BENEFIT = /\binsurance\b|\bpremiums?\b|\bHSA\b|\bhealth savings\b|\bFSA\b|\bflexible spending\b|\bstock purchase\b|\bESPP\b|\bdental\b|\bvision\b|\bmedical\b|\bcommuter\b|\btuition\b/i;

/**
 * A paper that is not about a retirement plan: no plan words at all (insurance, an HSA, a stock
 * purchase plan), a pay stub (gross pay, net pay), or a to-do list of empty boxes.
 */
export function isNotAPlanDocument(pages: readonly string[]): boolean {
  let planWords = false;
  let otherBenefit = false;
  let payStub = 0;
  let boxes = 0;
  let lines = 0;
  for (const page of pages) {
    // Each test looks at a bounded stretch of text, so a long document costs time in proportion.
    for (let start = 0; start < page.length; start += 4_000) {
      const chunk = page.slice(start, start + 4_100);
      if (!planWords && RETIREMENT_PLAN.test(chunk)) planWords = true;
      if (!otherBenefit && OTHER_BENEFIT.test(chunk)) otherBenefit = true;
      if (/\bgross pay\b|\bnet pay\b|\bearnings statement\b|\bpay stub\b|\byear[- ]to[- ]date\b|\bYTD\b/i.test(chunk)) payStub += 1;
    }
    for (const line of page.split("\n", 2_000)) {
      if (!line.trim()) continue;
      lines += 1;
      if (/^\s*(?:\[\s?\]|☐|□)/.test(line)) boxes += 1;
    }
  }
  // No plan words is not enough (a single sentence quoted from an SPD has none): the paper must
  // be about something else, such as insurance, an HSA or a stock purchase plan.
  if (!planWords && otherBenefit) return true;
  const firstLine = (pages[0] ?? "").trimStart().slice(0, 200).split("\n")[0] ?? "";
  if (/\bchecklist\b|\bto-?do\b/i.test(firstLine) && boxes >= 2 && boxes >= (lines - 1) / 2) return true;
  return payStub > 0 && /\bnet pay\b/i.test(pages.join(" ").slice(0, 20_000)) && /\bgross pay\b|\bearnings statement\b/i.test(pages.join(" ").slice(0, 20_000));
}

// ---------------------------------------------------------------- entry point

export interface ReadOptions {
  /** The person's age at the end of the tax year, when known: it decides "after age 59½". */
  ageAtYearEnd?: number;
}

/** Reads a plan document, one string per page (page 1 first). Pure; nothing is kept. */
export function readPlanDocument(pages: string[], options: ReadOptions = {}): PlanDocumentFindings {
  if (isNotAPlanDocument(pages)) {
    const nothing = Object.fromEntries(FEATURES.map((feature) => [feature, { answer: "unsure", evidence: [] }])) as unknown as PlanDocumentFindings;
    return { ...nothing, notAPlanDocument: true };
  }
  // A sentence said twice says nothing new (and repeated text is how a paste is made slow).
  const seen = new Set<string>();
  const sentences = splitSentences(pages).filter((sentence) => {
    const key = `${sentence.amendmentPage ? 1 : 0}${sentence.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const signals = Object.fromEntries(FEATURES.map((feature) => [feature, [] as Signal[]])) as Record<Feature, Signal[]>;
  for (const sentence of sentences) {
    for (const feature of FEATURES) {
      const answer = CLASSIFIERS[feature](sentence);
      if (answer) signals[feature].push({ answer, rank: rankOf(sentence), sentence });
    }
  }
  const findings = Object.fromEntries(FEATURES.map((feature) => [feature, decide(signals[feature], options.ageAtYearEnd)])) as unknown as PlanDocumentFindings;
  const employerMatch = findEmployerMatch(sentences);
  if (employerMatch) findings.employerMatch = employerMatch;
  // A cap on contributions the plan no longer takes (or may not) is not a cap to plan with.
  const afterTaxCap = findings.afterTaxContributions.answer === "yes" ? findAfterTaxCap(sentences) : undefined;
  if (afterTaxCap) findings.afterTaxCapPercentOfPay = afterTaxCap;
  const matchesAfterTax = findMatchesAfterTax(sentences);
  if (matchesAfterTax) findings.matchesAfterTax = matchesAfterTax;
  const perPaycheckCap = findPerPaycheckCap(sentences);
  if (perPaycheckCap) findings.perPaycheckCapPercent = perPaycheckCap;
  return findings;
}
