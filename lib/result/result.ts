// resultFor: everything the result page and the checklist PDF show, worked out once from the
// saved answers and today's date. The page and the PDF render it and compute nothing, so the
// election in the headline, the checklist step and the PDF are one and the same figure.
import { cents, formatUsd, toCents, type Cents } from "../money";
import { formatDate, type IsoDate } from "../planner/dates";
import { planPaychecks } from "../planner/plan";
import { contributionFrom } from "../planner/rounding";
import type { PlannerInput, PlannerProblem, PlanReady } from "../planner/types";
import type { EarlyVerdict } from "../rules/early";
import type { Alternative, Evaluation, Reason, Room, Status, Warning } from "../rules/result";
import { evaluate } from "../rules/evaluate";
import { lookBackFor } from "../rules/look-back";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";
import { genericSavingOrder, savingOrderFor, type SavingOrder } from "../saving-order";
import { plannerInputFor } from "./planner-input";
import { projectionFor, type ResultProjection } from "./projection-view";
import { estimatedPaychecksLeft, yearKind, type YearKind } from "./timing";
import { CHECKLIST_STATUS_LABEL, outcomeFor, ROUTE_TEXT, VERDICT, verdictNoRoomLeft } from "./verdict";

export interface RoomRow {
  readonly label: string;
  readonly value: string;
  /** A total: printed in bold. */
  readonly strong?: boolean;
  /** For information, not part of the sum: printed in grey. */
  readonly muted?: boolean;
}

export interface RoomFigures {
  readonly title: string;
  readonly afterTaxRoom: Cents;
  readonly afterTaxRemaining: Cents;
  /** "Left to contribute this year", or what the figure means in a year that has ended. */
  readonly remainingLabel: string;
  /** The sum behind the room, in order. */
  readonly rows: readonly RoomRow[];
  readonly figuresSource: string;
  /** The engine's room in dollars, for the bar that draws it. */
  readonly bar: Room;
}

/** What to set now, for a year that is still running or still to come. */
export interface Headline {
  /** plan: the paycheck plan's election; schedule: a year to come, from its first paycheck; estimate: from the pay frequency. */
  readonly source: "plan" | "schedule" | "estimate";
  readonly paychecksLeft: number;
  readonly estimated: boolean;
  /** The after-tax amount to set per regular paycheck; null when no paycheck can fund the spread. */
  readonly perPaycheck: Cents | null;
  /** "84%" or "$1,488.46 per paycheck"; null with perPaycheck. */
  readonly election: string | null;
  /** "2 paychecks left in 2026 after November 28, 2026", or the estimate, labelled as one. */
  readonly paychecksLeftText: string;
  /** The one sentence: what to set. The checklist step and the PDF say exactly this. */
  readonly sentence: string;
  /** The pre-tax and Roth election from the paycheck plan, when there is one. */
  readonly deferralSentence: string | null;
  /** Room the paychecks left cannot reach, and why; 0 and null when all of it fits. */
  readonly unused: Cents;
  readonly unusedText: string | null;
}

/** A year that has ended: what counted, what went over, what to correct and by when. */
export interface LookBack {
  readonly lines: readonly string[];
  readonly corrections: readonly string[];
}

export interface ResultQuestion {
  readonly code: string;
  readonly question: string;
  /** "In the Summary Plan Description, look for: ..." or null. */
  readonly lookFor: string | null;
  readonly phrases: readonly string[];
}

export interface ResultChecklistItem {
  readonly number: number;
  readonly code: string;
  readonly text: string;
  readonly status: string;
}

export interface ReadyResult {
  readonly kind: "full" | "early";
  readonly taxYear: number;
  readonly today: IsoDate;
  readonly yearKind: YearKind;
  readonly status: Status;
  readonly verdict: string;
  readonly route: string | null;
  readonly reasons: readonly Reason[];
  /** Needs information: the questions come first and the room reads "if your plan allows it". */
  readonly questionsFirst: boolean;
  readonly questions: readonly ResultQuestion[];
  readonly room: RoomFigures | null;
  readonly headline: Headline | null;
  readonly lookBack: LookBack | null;
  /** The paycheck plan, when the person asked for one and it could be made. */
  readonly plan: PlanReady | null;
  readonly planProblems: readonly PlannerProblem[] | null;
  /** The match in the paycheck plan: worth up to, on track, lost so far; null without a plan or a match. */
  readonly matchTiming: string | null;
  readonly warnings: readonly Warning[];
  readonly checklist: readonly ResultChecklistItem[];
  readonly alternatives: readonly Alternative[];
  /** The order of saving (domain §7), on every result. */
  readonly savingOrder: SavingOrder;
  /** Roth against a taxable account for this year's room; null without room to project. */
  readonly projection: ResultProjection | null;
}

export type Result = ReadyResult | { readonly kind: "incomplete" };

const money = (dollars: number) => formatUsd(toCents(dollars));
const exact = (amount: number) => formatUsd(amount, { cents: true });
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const IF_PLAN_ALLOWS = "if your plan allows it";

/** The result for the saved answers as of `today` ("YYYY-MM-DD"). `toAnswers` runs once, here. */
export function resultFor(draft: Draft, today: IsoDate): Result {
  const currentYear = Number(today.slice(0, 4));
  const outcome = outcomeFor(draft, currentYear, today);
  if (outcome.kind === "incomplete") return { kind: "incomplete" };
  if (outcome.kind === "early") return earlyResult(outcome.verdict, outcome.taxYear, today);

  const { answers, evaluation } = outcome;
  const periods = answers.person.payPeriodsPerYear ?? draft.payPeriodsPerYear ?? 1;
  const payrollTaxPerPaycheck = Math.ceil(toCents(evaluation.cashFlow.payrollTaxEstimate) / periods);
  const result = resultForAnswers(answers, today, plannerInputFor(draft, answers, payrollTaxPerPaycheck), evaluation);
  // The assumptions the person set on the result page live in the draft, not in the answers.
  return { ...result, projection: projectionFor(draft, answers, evaluation) };
}

/**
 * The result for complete yearly answers as of `today`, with the paycheck planner's input when
 * the person asked for a plan. `evaluation` is `evaluate(answers)` when the caller has it.
 */
export function resultForAnswers(
  answers: Answers,
  today: IsoDate,
  plannerInput?: PlannerInput,
  evaluation: Evaluation = evaluate(answers, today),
): ReadyResult {
  const kind = yearKind(answers.taxYear, today);
  const allowed = evaluation.status !== "not_eligible";
  const input = allowed && kind !== "past" ? plannerInput : undefined;
  // A stub dated before its pay day already counts that pay day: the plan starts after it.
  const planned = input ? planPaychecks(input, input.lastPayDate > today ? input.lastPayDate : today) : null;
  const plan = planned?.ok ? planned : null;
  const questionsFirst = evaluation.status === "needs_info";
  const room = roomFigures(evaluation, kind, questionsFirst);
  const headline =
    allowed && evaluation.room && kind !== "past" ? headlineFor(evaluation, answers, today, kind, plan) : null;
  const lookBack = allowed && kind === "past" ? lookBackFor(evaluation, answers, today) : null;
  return {
    kind: "full",
    taxYear: answers.taxYear,
    today,
    yearKind: kind,
    status: evaluation.status,
    verdict:
      evaluation.status === "eligible" && evaluation.room && evaluation.room.afterTaxRemaining === 0
        ? verdictNoRoomLeft(answers.taxYear)
        : VERDICT[evaluation.status],
    route: evaluation.route && evaluation.status === "eligible" ? ROUTE_TEXT[evaluation.route] : null,
    reasons: evaluation.reasons,
    questionsFirst,
    questions: evaluation.questionsForPlan.map((question) => ({
      code: question.code,
      question: question.question,
      phrases: question.lookFor,
      lookFor:
        question.lookFor.length > 0
          ? `In the Summary Plan Description, look for: ${question.lookFor.map((phrase) => `“${phrase}”`).join(", ")}`
          : null,
    })),
    room,
    headline,
    lookBack,
    plan,
    planProblems: planned && !planned.ok ? planned.problems : null,
    matchTiming: plan ? matchTimingText(plan) : null,
    warnings: evaluation.warnings,
    checklist: checklistFor(evaluation, kind, headline, lookBack),
    alternatives: evaluation.alternatives,
    savingOrder: savingOrderFor(answers, evaluation),
    projection: projectionFor({}, answers, evaluation),
  };
}

/** The match in one sentence, in the planner's cents: what it is worth, what the plan collects, what is lost. */
export function matchTimingText(plan: PlanReady): string | null {
  const { worthUpTo, onTrack, lostSoFar, plannedWithTrueUp, capMethod } = plan.matchTiming;
  if (worthUpTo === 0) return null;
  const lost =
    lostSoFar > 0 ? ` ${exact(lostSoFar)} was lost in paychecks already paid, and without a true-up it doesn't come back.` : "";
  const cap = capMethod
    ? ` ${capMethod.assumed ? "Assumed" : "As you said"}: your plan counts pay up to the compensation limit ${
        capMethod.method === "year_to_date" ? "from the start of the year" : "a share on each paycheck"
      }.`
    : "";
  return `Your employer match is worth up to ${exact(worthUpTo)} this year under the plan's yearly formula; this plan collects ${exact(
    onTrack,
  )}${plannedWithTrueUp ? ", with the true-up after the year" : ""}.${lost}${cap}`;
}

/** The result of a journey the plan answers decided before the yearly questions. */
export function earlyResult(verdict: EarlyVerdict, taxYear: number, today: IsoDate): ReadyResult {
  return {
    kind: "early",
    taxYear,
    today,
    yearKind: yearKind(taxYear, today),
    status: verdict.status,
    verdict: VERDICT[verdict.status],
    route: null,
    reasons: verdict.reasons,
    questionsFirst: false,
    questions: [],
    room: null,
    headline: null,
    lookBack: null,
    plan: null,
    planProblems: null,
    matchTiming: null,
    warnings: [],
    checklist: [],
    alternatives: verdict.alternatives,
    savingOrder: genericSavingOrder(taxYear),
    projection: null,
  };
}

function roomFigures(evaluation: Evaluation, kind: YearKind, ifAllowed: boolean): RoomFigures | null {
  const { room, limits } = evaluation;
  if (!room || !limits) return null;
  const rows: RoomRow[] = [
    {
      label: `Annual additions limit (IRC §415(c)): the lesser of ${money(limits.annualAdditions)} and your pay`,
      value: money(room.annualAdditionsLimit),
    },
    { label: "Minus your deferrals to this plan that count", value: `− ${money(room.deferralsCounted)}` },
  ];
  if (room.catchUpExcluded > 0) {
    rows.push({ label: "(Catch-up contributions, not counted: IRC §414(v)(3)(A))", value: money(room.catchUpExcluded), muted: true });
  }
  rows.push({ label: "Minus employer money (match and other contributions)", value: `− ${money(room.employerContributions)}` });
  if (room.planCapApplied && room.planCap !== null) {
    rows.push({ label: "Capped by your plan's own after-tax limit", value: money(room.planCap), muted: true });
  }
  rows.push({ label: "After-tax room", value: money(room.afterTaxRoom), strong: true });
  if (room.afterTaxYearToDate > 0) {
    rows.push({ label: "Minus after-tax contributions already made", value: `− ${money(room.afterTaxYearToDate)}` });
    rows.push({ label: kind === "past" ? "Room left unused" : "Left to contribute", value: money(room.afterTaxRemaining), strong: true });
  }
  const title =
    kind === "past"
      ? `Looking back at ${limits.taxYear}: your after-tax room`
      : `Your after-tax room for ${limits.taxYear}${ifAllowed ? `, ${IF_PLAN_ALLOWS}` : ""}`;
  return {
    title,
    afterTaxRoom: toCents(room.afterTaxRoom),
    afterTaxRemaining: toCents(room.afterTaxRemaining),
    remainingLabel: kind === "past" ? `Room left unused in ${limits.taxYear}` : kind === "future" ? `To contribute in ${limits.taxYear}` : "Left to contribute this year",
    rows,
    figuresSource: `Figures for ${limits.taxYear}: ${limits.source}`,
    bar: room,
  };
}

function headlineFor(evaluation: Evaluation, answers: Answers, today: IsoDate, kind: YearKind, plan: PlanReady | null): Headline | null {
  const room = evaluation.room!;
  const taxYear = evaluation.limits!.taxYear;
  if (plan) return planHeadline(plan, taxYear, kind);
  const periods = answers.person.payPeriodsPerYear;
  if (periods === undefined || periods < 1) return null;
  const remaining = toCents(room.afterTaxRemaining);
  const estimated = kind === "current";
  const left = estimated ? estimatedPaychecksLeft(periods, today) : periods;
  const paychecksLeftText = estimated
    ? `About ${plural(left, "paycheck")} ${left === 1 ? "is" : "are"} estimated to be left in ${taxYear} after ${formatDate(today)}: an estimate from your ${periods} paychecks a year. Plan your paychecks from your latest pay stub for the exact count.`
    : `${plural(left, "paycheck")} in ${taxYear}, from the year's first paycheck.`;
  if (left === 0) {
    return {
      source: "estimate",
      paychecksLeft: 0,
      estimated,
      perPaycheck: null,
      election: null,
      paychecksLeftText,
      sentence: `No paychecks are left in ${taxYear}: nothing more can be contributed from pay this year.`,
      deferralSentence: null,
      unused: remaining,
      unusedText: remaining > 0 ? `${formatUsd(remaining)} of room goes unused this year.` : null,
    };
  }
  // A paycheck funds the after-tax election from what is left after the pre-tax election and
  // payroll taxes (§3101); income-tax withholding takes more, which only the pay stub shows.
  const regularPay = Math.floor(toCents(answers.person.compensation) / periods);
  const deferralPerCheck = Math.ceil(toCents(answers.contributions.employeeDeferrals) / periods);
  const payrollTaxPerCheck = Math.ceil(toCents(evaluation.cashFlow.payrollTaxEstimate) / periods);
  const fundable = Math.max(0, regularPay - deferralPerCheck - payrollTaxPerCheck);
  const spread = Math.floor(remaining / left);
  const whole = regularPay > 0 ? Math.floor((spread * 100) / regularPay) : null;
  const source = estimated ? "estimate" : "schedule";
  const from = kind === "future" ? `From your first paycheck of ${taxYear}, ` : `Over ${estimated ? "the estimated " : "the "}${plural(left, "paycheck")} left, `;
  if (spread <= fundable) {
    const election = whole !== null ? `${whole}%` : `${exact(spread)} per paycheck`;
    return {
      source,
      paychecksLeft: left,
      estimated,
      perPaycheck: cents(spread),
      election,
      paychecksLeftText,
      sentence: `${from}set your after-tax election to ${exact(spread)} a paycheck${
        whole !== null ? `, or ${whole}% of pay as a whole-percent election` : ""
      } (rounded down, so you never go over).`,
      deferralSentence: null,
      unused: cents(0),
      unusedText: null,
    };
  }
  const unused = cents(Math.max(0, remaining - fundable * left));
  return {
    source,
    paychecksLeft: left,
    estimated,
    perPaycheck: null,
    election: null,
    paychecksLeftText,
    sentence: `${from}the ${formatUsd(remaining)} left would be ${exact(spread)} a paycheck: more than a paycheck of ${exact(
      regularPay,
    )} can fund after your pre-tax election and payroll taxes (about ${exact(fundable)} at most). Plan your paychecks from your latest pay stub to see the election your take-home pay allows.`,
    deferralSentence: null,
    unused,
    unusedText: `Even at that most, about ${formatUsd(unused)} of room would go unused this year: there are not enough paychecks left to reach it.`,
  };
}

function planHeadline(plan: PlanReady, taxYear: number, kind: YearKind): Headline {
  const left = plan.rows.filter((row) => row.kind === "regular").length;
  const { afterTax, deferral } = plan.elections;
  const paychecksLeftText =
    kind === "future"
      ? `${plural(left, "paycheck")} in ${taxYear}, from the year's first paycheck.`
      : `${plural(left, "paycheck")} left in ${taxYear} after ${formatDate(plan.today)}.`;
  const describe = (title: string, election: typeof afterTax) =>
    election.basisPoints === null
      ? `Set your ${title} election to ${exact(election.perPaycheck)} per paycheck`
      : `Set your ${title} election to ${election.label} of pay (${exact(election.perPaycheck)} from each regular paycheck)`;
  const unused = cents(plan.leftOnTable.annualAdditions);
  const unreachable = plan.warnings.some((warning) => warning.code === "ANNUAL_ADDITIONS_UNREACHABLE");
  const ceilingBinds =
        plan.ceiling !== null &&
    afterTax.perPaycheck + deferral.perPaycheck + contributionFrom({ mode: afterTax.mode, steps: 1 }, plan.schedule.regularPay) >
      plan.ceiling.perRegularPaycheck;
  const why = ceilingBinds && plan.ceiling ? `each paycheck can give at most ${exact(plan.ceiling.perRegularPaycheck)}, ${plan.ceiling.why}` : "there are not enough paychecks left to reach it";
  const sentence =
    left === 0
      ? `No paychecks are left in ${taxYear} after ${formatDate(plan.today)}: nothing more can be contributed from pay this year.`
      : `${describe("after-tax", afterTax)} for the ${plural(left, "paycheck")} ${kind === "future" ? `of ${taxYear}` : "left"}.`;
  return {
    source: "plan",
    paychecksLeft: left,
    estimated: false,
    perPaycheck: left === 0 ? null : cents(afterTax.perPaycheck),
    election: left === 0 ? null : afterTax.label,
    paychecksLeftText,
    sentence,
    deferralSentence: left === 0 ? null : `${describe("pre-tax and Roth", deferral)}.`,
    unused,
    unusedText:
      unused > 0 && unreachable
        ? `${formatUsd(unused)} of your room goes unused this year: ${why}.`
        : unused > plan.leftOnTable.byRounding
          ? `${formatUsd(unused)} of your room goes unused at year end.`
          : null,
  };
}

const ELECTION_STEPS = new Set(["SET_DEFERRAL_ELECTION", "SET_AFTER_TAX_ELECTION", "WATCH_LAST_PAYCHECKS"]);

function checklistFor(evaluation: Evaluation, kind: YearKind, headline: Headline | null, lookBack: LookBack | null): ResultChecklistItem[] {
  const items: { code: string; text: string; status: string }[] = [];
  if (kind === "past") {
    for (const [index, text] of (lookBack?.corrections ?? []).entries()) {
      items.push({ code: `CORRECT_${index + 1}`, text, status: CHECKLIST_STATUS_LABEL.action });
    }
  }
  for (const item of evaluation.checklist) {
    if (kind === "past" && ELECTION_STEPS.has(item.code)) continue;
    let text = item.text;
    if (headline && item.code === "SET_AFTER_TAX_ELECTION" && item.status === "action" && evaluation.room) {
      text = [headline.sentence, headline.unusedText].filter(Boolean).join(" ");
    } else if (headline?.deferralSentence && item.code === "SET_DEFERRAL_ELECTION" && !(evaluation.room && evaluation.room.excessDeferrals > 0)) {
      text = headline.deferralSentence;
    }
    items.push({ code: item.code, text, status: CHECKLIST_STATUS_LABEL[item.status] });
  }
  return items.map((item, index) => ({ ...item, number: index + 1 }));
}
