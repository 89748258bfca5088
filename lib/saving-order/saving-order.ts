// The order of saving (domain §7): the full employer match, then deferrals up to the limit, then
// an HSA and a backdoor Roth IRA, then after-tax contributions. A mega backdoor Roth pays off only
// once the steps before it are taken, so every result shows this order with the person's own
// figures where the answers give them, and flags plainly a step not taken. For a year that has
// ended it says what happened, in the past: nothing in it can still be raised or set.
import { formatUsd, toBasisPoints, toCents, type Cents } from "../money";
import { CITATIONS } from "../rules/citations";
import { limitsForYear } from "../rules/limits";
import { compileMatch, matchAmount } from "../rules/match";
import type { Evaluation } from "../rules/result";
import type { Answers } from "../rules/schema";
import { evaluatedAsClosedYear } from "../rules/year";

export type SavingStepCode = "MATCH" | "DEFERRALS" | "HSA_IRA" | "AFTER_TAX";
/** done: taken; todo: not taken, flagged; check: the answers can't tell, the person checks. */
export type SavingStepStatus = "done" | "todo" | "check";

export interface SavingStep {
  readonly number: number;
  readonly code: SavingStepCode;
  readonly title: string;
  readonly status: SavingStepStatus;
  /** "Done", "Not done yet", "Check": the status in words, never by color alone. */
  readonly statusLabel: string;
  readonly lines: readonly string[];
  readonly citation: string;
}

export interface SavingOrder {
  readonly intro: string;
  readonly steps: readonly SavingStep[];
  /** The match left on the table, in cents (0 when it is all taken or unknown). */
  readonly matchLeft: Cents;
}

export const STATUS_LABEL: Record<SavingStepStatus, string> = { done: "Done", todo: "Not done yet", check: "Check" };

const INTRO =
  "After-tax contributions come last in the order of saving: the full employer match, then deferrals up to the limit, then an HSA and a backdoor Roth IRA, then after-tax money.";

/** A percentage of pay to at most 2 decimals, rounded up so the deferral is never short. */
function percentOfPay(amount: number, pay: number): string {
  const basisPoints = Math.ceil((amount * 10_000) / pay - 1e-9);
  const whole = Math.floor(basisPoints / 100);
  const fraction = basisPoints % 100;
  return fraction === 0 ? `${whole}%` : `${whole}.${String(fraction).padStart(2, "0").replace(/0$/, "")}%`;
}

/** The deferrals that earn the full match under the formula, in cents; null when nothing does. */
export function deferralForFullMatch(match: Answers["plan"]["employerMatch"], cappedPay: number): number | null {
  const compiled = compileMatch(match, cappedPay);
  if (compiled.fixed !== null) return null;
  if (match.kind === "dollarCap") {
    const rate = toBasisPoints(match.matchPercent);
    return rate === 0 ? null : Math.ceil((toCents(match.maxMatch) * 10_000) / rate);
  }
  // Bands after the last matched one add nothing: the full match is reached at its end.
  let needed = 0;
  let reached = 0;
  compiled.bandWidths.forEach((width, band) => {
    reached += width;
    if (compiled.bandRates[band]! > 0) needed = reached;
  });
  return needed;
}

function matchStep(answers: Answers, evaluation: Evaluation, closed: boolean): { step: Omit<SavingStep, "number">; left: Cents } {
  const { employerMatch, matchesAfterTax } = answers.plan;
  const base = { code: "MATCH" as const, title: "Take the full employer match", citation: "IRC §401(m)" };
  if (employerMatch.kind === "none") {
    return { step: { ...base, status: "done", statusLabel: STATUS_LABEL.done, lines: ["Your plan has no match, so there is none to miss."] }, left: 0 as Cents };
  }
  if (employerMatch.kind === "amount") {
    const lines = [`Your employer puts in ${formatUsd(toCents(employerMatch.amount))} whatever you defer.`];
    return { step: { ...base, status: "done", statusLabel: STATUS_LABEL.done, lines }, left: 0 as Cents };
  }
  const room = evaluation.room;
  if (!room) {
    const lines = ["Defer at least enough to earn the whole match before you add after-tax money."];
    return { step: { ...base, status: "check", statusLabel: STATUS_LABEL.check, lines }, left: 0 as Cents };
  }
  const cappedPay = toCents(room.payUsedInFormulas);
  const pay = toCents(answers.person.compensation);
  const compiled = compileMatch(employerMatch, cappedPay);
  const needed = deferralForFullMatch(employerMatch, cappedPay) ?? 0;
  const full = matchAmount(compiled, needed);
  const current = toCents(room.employerMatch);
  const left = Math.max(0, full - current) as Cents;
  const deferrals = toCents(answers.contributions.employeeDeferrals);
  const deferralLimit = toCents(room.deferralLimit);
  if (left === 0) {
    return {
      step: {
        ...base,
        status: "done",
        statusLabel: STATUS_LABEL.done,
        lines: [`Your ${formatUsd(deferrals)} of deferrals ${closed ? "earned" : "earns"} the full match of ${formatUsd(full)}.`],
      },
      left,
    };
  }
  const target = pay > 0 ? ` (${percentOfPay(needed, pay)} of your ${formatUsd(pay)} pay)` : "";
  if (closed) {
    const year = answers.taxYear;
    const lines = [
      `You left ${formatUsd(left)} of match on the table in ${year}: ${formatUsd(needed)} of deferrals${target} would have earned the full match of ${formatUsd(full)}; at ${formatUsd(deferrals)} the match was ${formatUsd(current)}.`,
      "Missed match doesn't carry over; check your deferrals for the year you are in now.",
    ];
    return { step: { ...base, status: "todo", statusLabel: STATUS_LABEL.todo, lines }, left };
  }
  const lines = [
    `You are leaving ${formatUsd(left)} of match on the table: raise your deferrals to ${formatUsd(needed)} for the year${target} first.`,
    `At ${formatUsd(deferrals)} of deferrals the match is ${formatUsd(current)}; the full match is ${formatUsd(full)}.`,
  ];
  if (needed > deferralLimit) {
    lines.push(
      matchesAfterTax
        ? `That is more than your ${formatUsd(deferralLimit)} deferral limit; your plan also matches after-tax contributions, which can make up the rest.`
        : `That is more than your ${formatUsd(deferralLimit)} deferral limit, so part of the match can't be reached with deferrals.`,
    );
  } else if (matchesAfterTax) {
    lines.push("Your plan also matches after-tax contributions, so after-tax money can earn part of it too.");
  }
  return { step: { ...base, status: "todo", statusLabel: STATUS_LABEL.todo, lines }, left };
}

function deferralStep(evaluation: Evaluation, closed: boolean, taxYear: number): Omit<SavingStep, "number"> {
  const base = { code: "DEFERRALS" as const, title: "Defer up to the limit", citation: CITATIONS.excessDeferrals };
  const room = evaluation.room;
  if (!room) {
    return { ...base, status: "check", statusLabel: STATUS_LABEL.check, lines: ["Pre-tax or Roth deferrals up to the year's limit usually come before after-tax money."] };
  }
  const limit = toCents(room.deferralLimit);
  const total = toCents(room.totalDeferrals);
  if (total >= limit) {
    return {
      ...base,
      status: "done",
      statusLabel: STATUS_LABEL.done,
      lines: [`Your ${formatUsd(total)} of deferrals ${closed ? "reached" : "reaches"} the ${formatUsd(limit)} limit for your age.`],
    };
  }
  if (closed) {
    return {
      ...base,
      status: "todo",
      statusLabel: STATUS_LABEL.todo,
      lines: [`You deferred ${formatUsd(total)} of the ${formatUsd(limit)} you could in ${taxYear}: the other ${formatUsd(limit - total)} was missed, and it doesn't carry over.`],
    };
  }
  return {
    ...base,
    status: "todo",
    statusLabel: STATUS_LABEL.todo,
    lines: [
      `You defer ${formatUsd(total)} of the ${formatUsd(limit)} you may: ${formatUsd(limit - total)} more could go in pre-tax or as Roth deferrals first.`,
      total < toCents(evaluation.limits?.electiveDeferral ?? 0)
        ? "Deferrals and after-tax money count toward the same annual additions limit, so each dollar more deferred is a dollar less of after-tax room: what you can put in this plan stays the same, but deferrals come first."
        : `The rest is catch-up, which doesn't count toward the annual additions limit (${CITATIONS.catchUpOutsideAnnualAdditions}): it adds to what you can save on top of after-tax room.`,
    ],
  };
}

/** An HSA needs HDHP coverage, no Medicare and no other non-HDHP coverage (IRC §223(b)(7), §223(c)(1)). */
export const HSA_LINE =
  "If you are covered by a high-deductible health plan, are not enrolled in Medicare and have no other health coverage that isn't a high-deductible plan, a health savings account (HSA) takes pre-tax money and pays qualified medical costs tax-free.";

function hsaIraStep(taxYear: number, age: number | null): Omit<SavingStep, "number"> {
  const table = limitsForYear(taxYear);
  const lines = [HSA_LINE];
  if (table) {
    const base = table.iraContribution.cents;
    const catchUp = table.iraCatchUp.cents;
    const limitText =
      age !== null && age >= 50
        ? `up to ${formatUsd(base + catchUp)} in ${taxYear} at your age (${formatUsd(base)} plus the ${formatUsd(catchUp)} catch-up at 50 or over)`
        : `up to ${formatUsd(base)} in ${taxYear} (${formatUsd(base + catchUp)} at 50 or over, with the ${formatUsd(catchUp)} catch-up)`;
    lines.push(`A backdoor Roth IRA: contribute to a traditional IRA ${limitText} without deducting it, then convert it to a Roth IRA.`);
  } else {
    lines.push("A backdoor Roth IRA: contribute to a traditional IRA without deducting it, then convert it to a Roth IRA.");
  }
  lines.push(
    "Pre-tax money already in any traditional, SEP or SIMPLE IRA makes part of that conversion taxable (the pro-rata rule, Form 8606).",
  );
  return {
    code: "HSA_IRA",
    title: "A health savings account and an IRA",
    status: "check",
    statusLabel: STATUS_LABEL.check,
    lines,
    citation: `${CITATIONS.hsa}; ${CITATIONS.backdoorRothIra}; IRC §408(d)(2)`,
  };
}

function afterTaxStep(
  evaluation: Evaluation | null,
  earlierTodo: boolean,
  closed = false,
  taxYear = 0,
  leftToContribute?: number,
): Omit<SavingStep, "number"> {
  const base = { code: "AFTER_TAX" as const, title: "Then after-tax contributions (the mega backdoor Roth)", citation: CITATIONS.afterTaxContributions };
  const lines: string[] = [];
  if (earlierTodo && !closed) lines.push("Take the steps marked “Not done yet” first: they are worth more than after-tax money.");
  if (!evaluation || evaluation.status === "not_eligible") {
    lines.push("Your plan can't do a mega backdoor Roth as you describe it: see what to do instead.");
  } else if (evaluation.room && closed) {
    const remaining = toCents(evaluation.room.afterTaxRemaining);
    lines.push(
      remaining > 0
        ? `${formatUsd(remaining)} of after-tax room went unused in ${taxYear}: it doesn't carry over.`
        : `Your after-tax room for ${taxYear} was used in full.`,
    );
  } else if (evaluation.room) {
    const remaining = toCents(evaluation.room.afterTaxRemaining);
    // What the paychecks left can still put in, when less than the room under the limits.
    const reachable =
      leftToContribute !== undefined && leftToContribute < remaining
        ? `, of which ${formatUsd(leftToContribute)} can still go in from the paychecks left`
        : "";
    lines.push(
      evaluation.status === "needs_info"
        ? `Up to ${formatUsd(remaining)} of after-tax room this year${reachable}, if your plan allows it.`
        : `Up to ${formatUsd(remaining)} of after-tax room this year${reachable}.`,
    );
  } else {
    lines.push("Your after-tax room is worked out from the year's IRS figures, which the check doesn't have for that year.");
  }
  return { ...base, status: "check", statusLabel: STATUS_LABEL.check, lines };
}

function numbered(steps: readonly Omit<SavingStep, "number">[]): SavingStep[] {
  return steps.map((step, index) => ({ ...step, number: index + 1 }));
}

/**
 * The order of saving for complete answers and their evaluation. `leftToContribute`: what the
 * paychecks left can still put in (the result model's figure), when it is known.
 */
export function savingOrderFor(answers: Answers, evaluation: Evaluation, leftToContribute?: number): SavingOrder {
  const closed = evaluatedAsClosedYear(evaluation);
  const match = matchStep(answers, evaluation, closed);
  const deferrals = deferralStep(evaluation, closed, answers.taxYear);
  const earlierTodo = match.step.status === "todo" || deferrals.status === "todo";
  return {
    intro: INTRO,
    steps: numbered([
      match.step,
      deferrals,
      hsaIraStep(answers.taxYear, answers.person.ageAtYearEnd),
      afterTaxStep(evaluation, earlierTodo, closed, answers.taxYear, leftToContribute),
    ]),
    matchLeft: match.left,
  };
}

/** The order without figures, for a result the plan answers decided before the yearly questions. */
export function genericSavingOrder(taxYear: number): SavingOrder {
  return {
    intro: INTRO,
    steps: numbered([
      { code: "MATCH", title: "Take the full employer match", status: "check", statusLabel: STATUS_LABEL.check, lines: ["Defer at least enough to earn the whole match."], citation: "IRC §401(m)" },
      { code: "DEFERRALS", title: "Defer up to the limit", status: "check", statusLabel: STATUS_LABEL.check, lines: ["Pre-tax or Roth deferrals up to the year's limit usually come before after-tax money."], citation: CITATIONS.excessDeferrals },
      hsaIraStep(taxYear, null),
      afterTaxStep(null, false),
    ]),
    matchLeft: 0 as Cents,
  };
}
