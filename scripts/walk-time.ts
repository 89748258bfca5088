// How long a person takes to walk the wizard with the worked example (domain §6), paycheck
// questions included: the start page's time estimate must match it. Reads the pages and their
// words from the same step specification the app renders, and times a person with published
// rates, not the browser: reading at 200 words a minute (plain-language guidance for a general
// audience reading to act), and per answer the time to decide and give it, looked up on a plan
// document or a pay stub where the answer comes from one. Run: npx tsx scripts/walk-time.ts
import { applicableSteps } from "../lib/wizard/journey";
import { workedExampleDraft } from "../lib/wizard/sample-draft";
import type { Draft } from "../lib/wizard/draft";
import type { FieldSpec } from "../lib/wizard/fields";

const WORDS_PER_MINUTE = 200;
/** Seconds to give one answer, by kind: a radio is a choice; a figure is found, then typed. */
const SECONDS_TO_ANSWER: Record<FieldSpec["kind"], number> = { choice: 4, whole: 6, year: 6, money: 15, percent: 12, date: 12 };
/** Seconds for an optional question the person leaves blank: read, decide to skip. */
const SECONDS_TO_SKIP = 2;
/** Seconds per page for Continue, the page load and finding one's place. */
const SECONDS_PER_PAGE = 4;

const context = { currentYear: 2026, today: "2026-07-10" };

/** The worked example with a paycheck plan, as a person answers it: what they give, page by page. */
const walk: Draft = {
  ...workedExampleDraft,
  planPaychecks: "yes",
  lastPayMonth: 7,
  lastPayDay: 10,
  lastPayYear: 2026,
  ytdDeferrals: 13_192_34,
  ytdMatch: 2_692_31,
  takeHomePay: 3_800_00,
  matchTrueUp: "no",
  electionRounding: "whole",
};

function words(text: string | undefined): number {
  return text ? text.split(/\s+/).filter(Boolean).length : 0;
}

export function walkTime(draft: Draft = walk) {
  let completed: string[] = [];
  for (;;) {
    const next = applicableSteps({ ...draft, completed }).map((step) => step.slug);
    if (next.length === completed.length) break;
    completed = next;
  }
  const steps = applicableSteps({ ...draft, completed });
  let seconds = 0;
  let answers = 0;
  let questions = 0;
  const pages = steps.map((step) => {
    const fields = step.fields({ ...draft, completed }, context);
    const shown = fields.filter((field) => !field.revealWhen || field.revealWhen.equals.includes(String((draft as Record<string, unknown>)[field.revealWhen.field] ?? "")));
    const read = words(step.title) + words(step.intro) + shown.reduce((sum, field) => sum + words(field.label) + words(field.hint) + (field.options ?? []).reduce((n, option) => n + words(option.label) + words(option.hint), 0), 0);
    let pageSeconds = SECONDS_PER_PAGE + (read / WORDS_PER_MINUTE) * 60;
    for (const field of shown) {
      const names = field.parts ? [field.parts.month] : [field.name];
      const given = names.some((name) => (draft as Record<string, unknown>)[name] !== undefined) || (field.name === "taxYearChoice");
      questions += 1;
      if (given) {
        answers += 1;
        pageSeconds += SECONDS_TO_ANSWER[field.kind];
      } else pageSeconds += SECONDS_TO_SKIP;
    }
    seconds += pageSeconds;
    return { page: step.slug, questions: shown.length, words: read, seconds: Math.round(pageSeconds) };
  });
  // The answers page (read every row, about 3 s a row) and the result's first screen (a minute).
  const answersPage = answers * 3 + SECONDS_PER_PAGE;
  seconds += answersPage + 60;
  return { pages, questionPages: steps.length, answers, questions, answersPageSeconds: answersPage, minutes: seconds / 60 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = walkTime();
  for (const page of report.pages) console.log(`${page.page.padEnd(18)} ${String(page.questions).padStart(2)} questions ${String(page.words).padStart(4)} words ${String(page.seconds).padStart(4)} s`);
  console.log(`${report.questionPages} question pages, then the answers page and the result: ${report.questions} questions, ${report.answers} answered`);
  console.log(`about ${report.minutes.toFixed(1)} minutes`);
}
