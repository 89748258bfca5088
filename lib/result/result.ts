// resultFor: everything the result page and the checklist PDF show, worked out once from the
// saved answers and today's date. The page and the PDF render it and compute nothing, so the
// election in the headline, the checklist step and the PDF are one and the same figure.
import { cents, formatUsd, toBasisPoints, type Cents } from "../money";
import { formatDate, type IsoDate } from "../planner/dates";
import { planPaychecks } from "../planner/plan";
import { afterTaxElection, fundablePerPaycheck, percentBaseOf } from "../planner/election";
import { contributionFrom, formatPercent } from "../planner/rounding";
import type { PlannerInput, PlannerProblem, PlanReady } from "../planner/types";
import { CITATIONS } from "../rules/citations";
import type { EarlyVerdict } from "../rules/early";
import type { Alternative, Evaluation, Reason, Status, Warning } from "../rules/result";
import { evaluate } from "../rules/evaluate";
import { lookBackFor } from "../rules/look-back";
import { assessSituation, type Situation } from "../rules/situation";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";
import { genericSavingOrder, savingOrderFor, type SavingOrder } from "../saving-order";
import { plannerInputFor } from "./planner-input";
import { projectionFor, type ResultProjection } from "./projection-view";
import { estimatedPaychecksLeft, yearKind, type YearKind } from "./timing";
import { CHECKLIST_STATUS_LABEL, outcomeFor, ROUTE_TEXT, VERDICT, verdictNoRoomLeft } from "./verdict";

/** What a room row is: a stable code, so a reader (or a test) goes from a figure to its rule. */
export type RoomRowCode =
  | "ANNUAL_ADDITIONS_LIMIT"
  | "DEFERRALS_COUNTED"
  | "CATCH_UP_EXCLUDED"
  | "EMPLOYER_MONEY"
  | "PLAN_CAP"
  | "AFTER_TAX_ROOM"
  | "AFTER_TAX_SO_FAR"
  | "LEFT_UNDER_LIMITS"
  | "CANNOT_GO_IN"
  | "LEFT_TO_CONTRIBUTE"
  | "ROOM_UNUSED";

/** One line of the sum behind the room: its code, its figure in cents and the rule behind it. */
export interface RoomRow {
  readonly code: RoomRowCode;
  readonly label: string;
  readonly cents: Cents;
  /** "minus" rows are taken away from the line above. */
  readonly sign: "minus" | "none";
  readonly citation: string;
  /** A total: printed in bold. */
  readonly strong?: boolean;
  /** For information, not part of the sum: printed in grey. */
  readonly muted?: boolean;
}

/** A room row's figure as the page and the PDF print it: "$72,000" or "− $24,500". */
export function roomRowValue(row: RoomRow): string {
  return `${row.sign === "minus" ? "− " : ""}${formatUsd(row.cents)}`;
}

export interface RoomFigures {
  readonly title: string;
  readonly afterTaxRoom: Cents;
  /** Room left under the limits (§415(c), the plan's yearly cap) after what was contributed so far. */
  readonly afterTaxRemaining: Cents;
  /** What can still go in: the room left, reachable from the paychecks left; for a past year the room left unused. */
  readonly leftToContribute: Cents;
  /** Room left under the limits that the paychecks left cannot reach (0 for a past year). */
  readonly unreachable: Cents;
  /** "Left to contribute this year", or what the figure means in a year that has ended. */
  readonly remainingLabel: string;
  /** The sum behind the room, in order. */
  readonly rows: readonly RoomRow[];
  readonly figuresSource: string;
  /** The parts of the §415(c) limit, for the bar that draws them. */
  readonly bar: RoomBarParts;
}

export interface RoomBarParts {
  readonly limit: Cents;
  readonly deferrals: Cents;
  readonly employer: Cents;
  readonly afterTax: Cents;
  /** The part of the limit none of the three fills. */
  readonly unused: Cents;
}

/** What to set now, for a year that is still running or still to come. */
export interface Headline {
  /** plan: the paycheck plan's election; schedule: a year to come, from its first paycheck; estimate: from the pay frequency. */
  readonly source: "plan" | "schedule" | "estimate";
  readonly paychecksLeft: number;
  readonly estimated: boolean;
  /** The after-tax amount to set per regular paycheck; null when no paycheck can fund the spread. */
  readonly perPaycheck: Cents | null;
  /** The whole-percent election on pay capped at §401(a)(17), in basis points; null with no percent to set. */
  readonly percentBasisPoints: number | null;
  /** What can still go in this year from the paychecks left (the plan's after-tax total with a plan). */
  readonly reachable: Cents;
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
  /**
   * Pay over §401(a)(17), late in the year: pay so far may have reached the limit, and a plan that
   * counts it from the start of the year has stopped taking percent elections (domain §5, pay cap).
   */
  readonly payCapNote: string | null;
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

const exact = (amount: number) => formatUsd(amount, { cents: true });
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export const IF_PLAN_ALLOWS = "if your plan allows it";

/** The engine's record in cents: what every figure below is read from (no dollars in between). */
interface Figures {
  readonly answers: Answers;
  readonly evaluation: Evaluation;
  readonly situation: Situation;
}

/** The result for the saved answers as of `today` ("YYYY-MM-DD"). `toAnswers` runs once, here. */
export function resultFor(draft: Draft, today: IsoDate): Result {
  const currentYear = Number(today.slice(0, 4));
  const outcome = outcomeFor(draft, currentYear, today);
  if (outcome.kind === "incomplete") return { kind: "incomplete" };
  if (outcome.kind === "early") return earlyResult(outcome.verdict, outcome.taxYear, today);

  const { answers, evaluation } = outcome;
  const situation = assessSituation(answers, today);
  const periods = answers.person.payPeriodsPerYear ?? draft.payPeriodsPerYear ?? 1;
  const payrollTaxPerPaycheck = Math.ceil(situation.payrollTax / periods);
  return resultOf({ answers, evaluation, situation }, today, plannerInputFor(draft, answers, payrollTaxPerPaycheck), draft);
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
  return resultOf({ answers, evaluation, situation: assessSituation(answers, today) }, today, plannerInput, {});
}

function resultOf(figures: Figures, today: IsoDate, plannerInput: PlannerInput | undefined, draft: Draft): ReadyResult {
  const { answers, evaluation, situation } = figures;
  const kind = yearKind(answers.taxYear, today);
  const allowed = evaluation.status !== "not_eligible";
  const input = allowed && kind !== "past" ? plannerInput : undefined;
  // A stub dated before its pay day already counts that pay day: the plan starts after it.
  const planned = input ? planPaychecks(input, input.lastPayDate > today ? input.lastPayDate : today) : null;
  const plan = planned?.ok ? planned : null;
  const questionsFirst = evaluation.status === "needs_info";
  const headline =
    allowed && situation.room && kind !== "past" ? headlineFor(figures, today, kind, plan) : null;
  const room = roomFigures(figures, kind, questionsFirst, headline);
  const lookBack = allowed && kind === "past" ? lookBackFor(evaluation, answers, today) : null;
  // A closed year is a look-back: nothing more can go in, so there is nothing to project.
  const projected = room && kind !== "past" ? room.leftToContribute : 0;
  return {
    kind: "full",
    taxYear: answers.taxYear,
    today,
    yearKind: kind,
    status: evaluation.status,
    verdict:
      evaluation.status === "eligible" && situation.room && situation.room.afterTaxRemaining === 0
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
    warnings: warningsFor(evaluation.warnings, headline),
    checklist: checklistFor(evaluation, kind, headline, lookBack),
    alternatives: evaluation.alternatives,
    savingOrder: savingOrderFor(answers, evaluation, room && kind !== "past" ? room.leftToContribute : undefined),
    projection: projectionFor(draft, answers, evaluation, cents(projected)),
  };
}

/** The engine's warnings, with what only the date tells: pay so far may have reached the §401(a)(17) limit. */
function warningsFor(warnings: readonly Warning[], headline: Headline | null): Warning[] {
  if (!headline?.payCapNote) return [...warnings];
  return warnings.map((warning) =>
    warning.code === "PAY_CAP_STOPS_CONTRIBUTIONS" ? { ...warning, message: `${warning.message} ${headline.payCapNote}` } : warning,
  );
}

/** The match in one sentence, in the planner's cents: what it is worth, what the plan collects, what is lost. */
export function matchTimingText(plan: PlanReady): string | null {
  const { worthUpTo, onTrack, lostSoFar, plannedWithTrueUp, answered, capMethod } = plan.matchTiming;
  if (worthUpTo === 0) return null;
  const lost =
    lostSoFar > 0
      ? answered === "unsure"
        ? ` ${exact(lostSoFar)} may have been lost in paychecks already paid: you are not sure your plan trues up the match, so this plan assumes it doesn't, the safe side (a true-up would only add match).`
        : ` ${exact(lostSoFar)} was lost in paychecks already paid, and without a true-up it doesn't come back.`
      : "";
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

function roomFigures({ situation }: Figures, kind: YearKind, ifAllowed: boolean, headline: Headline | null): RoomFigures | null {
  const { room, deferrals, figures } = situation;
  if (!room || !deferrals || !figures) return null;
  const row = (code: RoomRowCode, label: string, amount: number, citation: string, extra: Partial<RoomRow> = {}): RoomRow => ({
    code,
    label,
    cents: cents(amount),
    sign: "none",
    citation,
    ...extra,
  });
  const rows: RoomRow[] = [
    row(
      "ANNUAL_ADDITIONS_LIMIT",
      `Annual additions limit (IRC §415(c)): the lesser of ${formatUsd(figures.annualAdditions)} and your pay`,
      room.annualAdditionsLimit,
      "IRC §415(c)(1)",
    ),
    row("DEFERRALS_COUNTED", "Minus your deferrals to this plan that count", deferrals.deferralsCounted, CITATIONS.catchUpThisPlan, {
      sign: "minus",
    }),
  ];
  if (deferrals.catchUpExcluded > 0) {
    rows.push(
      row("CATCH_UP_EXCLUDED", "(Catch-up contributions, not counted: IRC §414(v)(3)(A))", deferrals.catchUpExcluded, CITATIONS.catchUpOutsideAnnualAdditions, {
        muted: true,
      }),
    );
  }
  rows.push(
    row("EMPLOYER_MONEY", "Minus employer money (match and other contributions)", room.employerContributions, CITATIONS.lateEmployerMoney, {
      sign: "minus",
    }),
  );
  if (room.planCapApplied && room.planCap !== null) {
    rows.push(row("PLAN_CAP", "Capped by your plan's own after-tax limit", room.planCap, `Your plan document; ${CITATIONS.payCap}`, { muted: true }));
  }
  rows.push(row("AFTER_TAX_ROOM", "After-tax room", room.afterTaxRoom, CITATIONS.annualAdditions, { strong: true }));
  const reachable = kind === "past" ? room.afterTaxRemaining : (headline?.reachable ?? room.afterTaxRemaining);
  const unreachable = kind === "past" ? 0 : Math.max(0, room.afterTaxRemaining - reachable);
  if (room.afterTaxYearToDate > 0) {
    rows.push(row("AFTER_TAX_SO_FAR", "Minus after-tax contributions already made", room.afterTaxYearToDate, CITATIONS.annualAdditions, { sign: "minus" }));
  }
  if (kind === "past") {
    if (room.afterTaxYearToDate > 0) {
      rows.push(row("ROOM_UNUSED", "Room left unused", room.afterTaxRemaining, CITATIONS.annualAdditions, { strong: true }));
    }
  } else if (unreachable > 0) {
    rows.push(row("LEFT_UNDER_LIMITS", "Left under the limits", room.afterTaxRemaining, CITATIONS.annualAdditions));
    rows.push(
      row(
        "CANNOT_GO_IN",
        "Minus room the paychecks left can't reach",
        unreachable,
        `${CITATIONS.annualAdditions}; ${CITATIONS.cashFlow}`,
        { sign: "minus" },
      ),
    );
    rows.push(row("LEFT_TO_CONTRIBUTE", "Left to contribute", reachable, CITATIONS.annualAdditions, { strong: true }));
  } else if (room.afterTaxYearToDate > 0) {
    rows.push(row("LEFT_TO_CONTRIBUTE", "Left to contribute", reachable, CITATIONS.annualAdditions, { strong: true }));
  }
  const title =
    kind === "past"
      ? `Looking back at ${figures.taxYear}: your after-tax room`
      : `Your after-tax room for ${figures.taxYear}${ifAllowed ? `, ${IF_PLAN_ALLOWS}` : ""}`;
  return {
    title,
    afterTaxRoom: cents(room.afterTaxRoom),
    afterTaxRemaining: cents(room.afterTaxRemaining),
    leftToContribute: cents(reachable),
    unreachable: cents(unreachable),
    remainingLabel:
      kind === "past" ? `Room left unused in ${figures.taxYear}` : kind === "future" ? `To contribute in ${figures.taxYear}` : "Left to contribute this year",
    rows,
    figuresSource: `Figures for ${figures.taxYear}: ${figures.source}`,
    bar: {
      limit: cents(room.annualAdditionsLimit),
      deferrals: cents(deferrals.deferralsCounted),
      employer: cents(room.employerContributions),
      afterTax: cents(room.afterTaxRoom),
      unused: cents(Math.max(0, room.annualAdditionsLimit - deferrals.deferralsCounted - room.employerContributions - room.afterTaxRoom)),
    },
  };
}

/**
 * Pay over §401(a)(17) in a year still running: once the pay so far (regular paychecks paid)
 * reaches the limit, a plan that counts pay from the start of the year takes no more percent
 * elections; say so, as a possibility, since the method is the plan's (domain §5, pay cap).
 */
function payCapNote(situation: Situation, periods: number, left: number, kind: YearKind): string | null {
  const figures = situation.figures!;
  if (kind !== "current" || situation.pay <= figures.compensation || left >= periods) return null;
  const regular = Math.floor(situation.pay / periods);
  const paidSoFar = regular * Math.max(0, periods - left);
  const limit = formatUsd(figures.compensation);
  if (paidSoFar < figures.compensation) return null;
  return `Your pay so far this year, about ${formatUsd(Math.round(paidSoFar / 100) * 100)}, has likely reached the ${limit} compensation limit: if your plan counts pay up to the limit from the start of the year, your contributions may already have stopped. Ask your plan how it applies the limit.`;
}

function headlineFor(figures: Figures, today: IsoDate, kind: YearKind, plan: PlanReady | null): Headline | null {
  const { answers, situation } = figures;
  const room = situation.room!;
  const limits = situation.figures!;
  const taxYear = limits.taxYear;
  const periods = answers.person.payPeriodsPerYear;
  if (plan) return planHeadline(plan, taxYear, kind, room.afterTaxRemaining, periods ? payCapNote(situation, periods, plan.rows.length, kind) : null);
  if (periods === undefined || periods < 1) return null;
  const remaining = room.afterTaxRemaining;
  const estimated = kind === "current";
  const left = estimated ? estimatedPaychecksLeft(periods, today) : periods;
  const paychecksLeftText = estimated
    ? `About ${plural(left, "paycheck")} ${left === 1 ? "is" : "are"} estimated to be left in ${taxYear} after ${formatDate(today)}: an estimate from your ${periods} paychecks a year. Plan your paychecks from your latest pay stub for the exact count.`
    : `${plural(left, "paycheck")} in ${taxYear}, from the year's first paycheck.`;
  const note = payCapNote(situation, periods, left, kind);
  const regularPay = Math.floor(situation.pay / periods);
  const election = afterTaxElection({
    remaining,
    paychecksLeft: left,
    paycheckPay: regularPay,
    percentBase: percentBaseOf(situation.pay, limits.compensation, periods),
    // A paycheck funds the after-tax election from what is left after the pre-tax election and
    // payroll taxes (§3101); income-tax withholding takes more, which only the pay stub shows.
    fundable: fundablePerPaycheck({ pay: situation.pay, paychecksPerYear: periods, deferrals: situation.deferralsHere, payrollTax: situation.payrollTax }),
    planCapBasisPoints: answers.plan.afterTaxCapPercentOfPay === undefined ? null : toBasisPoints(answers.plan.afterTaxCapPercentOfPay),
  });
  const base = { paychecksLeft: left, estimated, paychecksLeftText, deferralSentence: null, payCapNote: note };
  if (left === 0) {
    return {
      ...base,
      source: "estimate",
      perPaycheck: null,
      percentBasisPoints: null,
      reachable: cents(0),
      election: null,
      sentence: `No paychecks are left in ${taxYear}: nothing more can be contributed from pay this year.`,
      unused: cents(remaining),
      unusedText: remaining > 0 ? `${formatUsd(remaining)} of room goes unused this year.` : null,
    };
  }
  const source = estimated ? "estimate" : "schedule";
  const from = kind === "future" ? `From your first paycheck of ${taxYear}, ` : `Over ${estimated ? "the estimated " : "the "}${plural(left, "paycheck")} left, `;
  const overCap = situation.pay > limits.compensation;
  const percent = election.percentBasisPoints;
  const percentText = percent !== null && percent > 0 ? `, or ${formatPercent(percent)} of pay as a whole-percent election` : "";
  // A percentage is taken from pay up to §401(a)(17): say what it comes to, not a share of the whole paycheck.
  const capText =
    overCap && percent !== null && percent > 0
      ? ` A percentage is taken from your pay up to the ${formatUsd(limits.compensation)} compensation limit, ${exact(
          percentBaseOf(situation.pay, limits.compensation, periods),
        )} a paycheck: ${formatPercent(percent)} is ${exact(election.percentPerPaycheck!)} a paycheck.`
      : "";
  if (election.boundBy !== "paycheck") {
    const capped = election.boundBy === "plan_cap";
    return {
      ...base,
      source,
      perPaycheck: cents(election.perPaycheck),
      percentBasisPoints: percent,
      reachable: cents(election.reachable),
      election: percent !== null ? formatPercent(percent) : `${exact(election.perPaycheck)} per paycheck`,
      sentence: `${from}set your after-tax election to ${exact(election.perPaycheck)} a paycheck${percentText} (rounded down, so you never go over${
        capped ? ", and never above your plan's after-tax limit on a paycheck" : ""
      }).${capText}`,
      unused: cents(election.unreachable),
      unusedText: capped
        ? `Your plan takes at most ${formatPercent(toBasisPoints(answers.plan.afterTaxCapPercentOfPay!))} of pay after tax from a paycheck, ${exact(
            election.mostPerPaycheck,
          )}: ${formatUsd(election.unreachable)} of the room left can't go in this year.`
        : null,
    };
  }
  const spread = Math.floor(remaining / left);
  return {
    ...base,
    source,
    perPaycheck: null,
    percentBasisPoints: null,
    reachable: cents(election.reachable),
    election: null,
    sentence: `${from}the ${formatUsd(remaining)} left would be ${exact(spread)} a paycheck: more than a paycheck of ${exact(
      regularPay,
    )} can fund after your pre-tax election and payroll taxes (about ${exact(election.mostPerPaycheck)} at most). Plan your paychecks from your latest pay stub to see the election your take-home pay allows.`,
    unused: cents(election.unreachable),
    unusedText: `Even at that most, about ${formatUsd(election.unreachable)} of room would go unused this year: there are not enough paychecks left to reach it.`,
  };
}

function planHeadline(plan: PlanReady, taxYear: number, kind: YearKind, remaining: number, note: string | null): Headline {
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
  const planned = plan.rows.reduce((sum, row) => sum + row.afterTax, 0);
  // What the room table shows as not reachable: the room left under the limits less what this plan puts in.
  const unused = cents(Math.max(0, remaining - planned));
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
    percentBasisPoints: left === 0 ? null : afterTax.basisPoints,
    reachable: cents(Math.min(remaining, planned)),
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
    payCapNote: note,
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
