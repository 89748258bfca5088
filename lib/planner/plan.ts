// planPaychecks: the yearly room turned into the elections to set now, paycheck by paycheck.
// Every figure comes from the rules engine (limits, catch-up, match formula, nonelective); this
// module adds time: which paychecks are left, what each one contributes, when the match is paid.
import { cents, formatUsd, percentOfCents, toBasisPoints, toCents, type Cents } from "../money";
import { CITATIONS } from "../rules/citations";
import { splitDeferralsHere } from "../rules/deferrals";
import { yearPosition } from "../rules/position";
import { resolveFigures, type YearFigures } from "../rules/figures";
import { compileMatch, matchAmount, matchDependsOnContributions, nonelectiveContribution } from "../rules/match";
import type { EmployerMatch } from "../rules/schema";
import { formatDate, isoDayNumber, monthName, parseIsoDate, type IsoDate } from "./dates";
import {
  contributionFrom,
  electionValue,
  formatPercent,
  isPercentMode,
  largestFitting,
  ROUNDING_STEP,
  type GridElection,
  type RoundingMode,
} from "./rounding";
import { PAY_DATES_PER_YEAR, payDatesInYear, scheduleProblem } from "./schedule";
import type {
  ElectionToSet,
  FrontLoadPlan,
  PaycheckPlan,
  PaycheckRow,
  PlannerInput,
  PlannerProblem,
  PlannerWarning,
  PlanReady,
  PlanTotals,
  YearEnd,
} from "./types";

/** Used for the front-loading schedule when the person does not say how much a paycheck can spare. */
export const DEFAULT_FRONT_LOAD_BASIS_POINTS = 5_000;
const WHOLE = 10_000;

const PLAN_DOCUMENT = "Your plan document: how often the match is computed (per payroll or for the year)";

interface Check {
  readonly date: IsoDate;
  readonly day: number;
  readonly kind: "regular" | "bonus";
  readonly pay: number;
  /**
   * Pay that counts after the §401(a)(17) cap (to date, or this pay date's share of it): the
   * match is worked out on it and a percent election is taken from it.
   */
  readonly eligiblePay: number;
  /** The most this check can give to the plan in all (take-home floor, plan cap). */
  readonly most: number;
}

/** Everything fixed for the year: the simulation varies only the amounts per paycheck. */
interface Year {
  readonly figures: YearFigures;
  readonly checks: readonly Check[];
  readonly yearToDate: PlannerInput["yearToDate"];
  readonly otherPlansDeferrals: number;
  readonly catchUpLimit: number;
  readonly deferralTarget: number;
  readonly annualAdditionsLimit: number;
  readonly match: EmployerMatch;
  readonly matchesAfterTax: boolean;
  readonly cappedPay: number;
  readonly nonelective: number;
  readonly planCapBasisPoints: number | null;
  readonly flatElectionOnBonus: boolean;
}

/**
 * What an election takes from one check: a percentage of its pay after the §401(a)(17) cap, or
 * the dollar amount, which payroll takes once a pay date: not from a separate bonus check unless
 * the person says their payroll does.
 */
function takenFrom(year: Pick<Year, "flatElectionOnBonus">, election: GridElection, check: Check): number {
  if (isPercentMode(election.mode)) return contributionFrom(election, check.eligiblePay);
  if (check.kind === "bonus" && !year.flatElectionOnBonus) return 0;
  return contributionFrom(election, check.pay);
}

type Amounts = (check: Check, planned: { deferrals: number; afterTax: number }) => { deferral: number; afterTax: number };

interface Simulation {
  readonly rows: PaycheckRow[];
  readonly yearEnd: YearEnd;
  readonly totals: PlanTotals;
}

/** The rules engine's split: catch-up decided by this plan alone, counted at most §402(g). */
function counted(year: Year, deferralsHere: number): { catchUpExcluded: number; deferralsCounted: number } {
  return splitDeferralsHere(year.figures.electiveDeferral, year.catchUpLimit, deferralsHere);
}

/**
 * Runs the rest of the year paycheck by paycheck. Deferrals stop at the person's target (never
 * past §402(g)); after-tax amounts are taken as given, because payroll may not stop them at
 * §415(c): the caller picks amounts that fit. The match is worked out per paycheck on that
 * paycheck's pay and contributions, and trued up to the annual formula at year end when the plan
 * does that.
 */
function simulate(year: Year, amounts: Amounts, trueUp: boolean): Simulation {
  const { yearToDate, match } = year;
  const perPaycheckFormula = match.kind === "formula";
  const dollarCap = match.kind === "dollarCap" ? compileMatch(match, year.cappedPay) : null;
  const capCents = match.kind === "dollarCap" ? toCents(match.maxMatch) : 0;
  const formulaMost = perPaycheckFormula ? matchAmount(compileMatch(match, year.cappedPay), Number.MAX_SAFE_INTEGER / 2) : 0;
  let deferrals = yearToDate.deferrals;
  let afterTax = yearToDate.afterTax;
  let matched = yearToDate.match;
  const planned = { deferrals: 0, afterTax: 0 };
  const rows: PaycheckRow[] = [];
  for (const check of year.checks) {
    const wanted = amounts(check, planned);
    const deferral = Math.max(0, Math.min(wanted.deferral, year.deferralTarget - deferrals, check.most));
    const afterTaxHere = Math.max(0, Math.min(wanted.afterTax, check.most - deferral));
    const matchedContributions = deferral + (year.matchesAfterTax ? afterTaxHere : 0);
    let matchHere = 0;
    if (perPaycheckFormula) {
      // Each paycheck's match is rounded to the cent, and those cents must not add up past the
      // most the yearly formula can give (50% of 6% of 150,000 is 4,500.00, never 4,500.01).
      matchHere = Math.min(
        matchAmount(compileMatch(match, check.eligiblePay), matchedContributions),
        Math.max(0, formulaMost - matched),
      );
    } else if (dollarCap) {
      matchHere = Math.min(matchAmount(dollarCap, matchedContributions), Math.max(0, capCents - matched));
    }
    deferrals += deferral;
    afterTax += afterTaxHere;
    matched += matchHere;
    planned.deferrals += deferral;
    planned.afterTax += afterTaxHere;
    rows.push({
      date: check.date,
      kind: check.kind,
      pay: check.pay,
      deferral,
      afterTax: afterTaxHere,
      match: matchHere,
      deferralsToDate: deferrals,
      annualAdditionsToDate: counted(year, deferrals).deferralsCounted + matched + afterTax,
    });
  }
  let trueUpAmount = 0;
  if (trueUp && matchDependsOnContributions(match)) {
    const annual = matchAmount(compileMatch(match, year.cappedPay), deferrals + (year.matchesAfterTax ? afterTax : 0));
    trueUpAmount = Math.max(0, annual - matched);
  }
  const fixedMatch = match.kind === "amount" ? Math.max(0, toCents(match.amount) - yearToDate.match) : 0;
  const split = counted(year, deferrals);
  const matchTotal = matched + trueUpAmount + fixedMatch;
  return {
    rows,
    yearEnd: { trueUp: trueUpAmount, fixedMatch, nonelective: year.nonelective },
    totals: {
      deferrals,
      catchUpExcluded: split.catchUpExcluded,
      afterTax,
      match: matchTotal,
      nonelective: year.nonelective,
      annualAdditions: split.deferralsCounted + matchTotal + year.nonelective + afterTax,
    },
  };
}

function problem(code: PlannerProblem["code"], message: string): PlannerProblem {
  return { code, message };
}

const SCHEDULE_MESSAGES = {
  SEMI_MONTHLY_SAME_DAY: "The two pay days of the month must be different days",
  SEMI_MONTHLY_DAYS_COLLIDE: "The two pay days would both fall on the last day of February: check the days",
  PAY_DAY_OUT_OF_RANGE: "A pay day of the month must be between 1 and 31",
  ANCHOR_NOT_A_DATE: "Enter the date of a paycheck as a real date",
} as const;

/**
 * Each check's most for the plan: a regular check gives at most its take-home on the stub plus
 * the contributions already taken from it, less the take-home floor (pre-tax deferrals lower
 * withholding too, so counting them one for one errs on the safe side); a bonus check, paid on
 * top of a regular one that carries the floor, gives at most its pay at the stub's net-to-gross
 * share. Both stay within the plan's per-paycheck cap.
 */
function withCeiling(checks: Check[], ceiling: PlannerInput["paycheckCeiling"]): Check[] {
  if (!ceiling) return checks;
  const regularPay = checks.find((check) => check.kind === "regular")?.pay ?? 0;
  const net = ceiling.takeHome + ceiling.contributionsOnStub;
  const netShare = regularPay > 0 ? Math.min(WHOLE, Math.floor((net * WHOLE) / regularPay)) : 0;
  return checks.map((check) => {
    const fundable = check.kind === "regular" ? Math.max(0, net - ceiling.takeHomeFloor) : percentOfCents(check.pay, netShare);
    const capped = ceiling.planCapBasisPoints === null ? check.pay : percentOfCents(check.pay, ceiling.planCapBasisPoints);
    return { ...check, most: Math.max(0, Math.min(check.pay, fundable, capped)) };
  });
}

function ceilingSummary(checks: readonly Check[], ceiling: PlannerInput["paycheckCeiling"]): PlanReady["ceiling"] {
  const regular = checks.find((check) => check.kind === "regular");
  if (!ceiling || !regular) return null;
  const fundable = Math.max(0, ceiling.takeHome + ceiling.contributionsOnStub - ceiling.takeHomeFloor);
  const capped = ceiling.planCapBasisPoints === null ? Number.MAX_SAFE_INTEGER : percentOfCents(regular.pay, ceiling.planCapBasisPoints);
  const why =
    capped < fundable
      ? `your plan's cap of ${formatPercent(ceiling.planCapBasisPoints!)} of each paycheck`
      : ceiling.estimated
        ? "what is left of it after Social Security and Medicare (income-tax withholding takes more: give your take-home pay on the pay stub page for a plan you can fund)"
        : `keeping at least ${formatUsd(ceiling.takeHomeFloor, { cents: true })} of take-home pay from each paycheck`;
  return { perRegularPaycheck: regular.most, why };
}

/** The regular paychecks and the bonus check of the year, in order, with §401(a)(17) pay. */
function checksOfYear(input: PlannerInput, year: number, pay: number, compensationLimit: number): Check[] {
  const dates = payDatesInYear(input.schedule, year);
  // Per paycheck, each pay date counts at most its share of the cap (a bonus shares its date's).
  const perPaycheck = pay > compensationLimit && input.compensationCapMethod === "per_paycheck";
  const dateShare = Math.floor(compensationLimit / dates.length);
  let dateEligible = 0;
  let currentDate = "";
  const bonus = input.bonus && input.bonus.amount > 0 ? input.bonus : undefined;
  const regularTotal = pay - (bonus?.amount ?? 0);
  const base = Math.floor(regularTotal / dates.length);
  const oddCents = regularTotal - base * dates.length;
  const bonusDate = bonus ? dates.find((date) => parseIsoDate(date)!.month === bonus.month) : undefined;
  const checks: Check[] = [];
  let paidBefore = 0;
  const add = (date: IsoDate, kind: Check["kind"], amount: number) => {
    if (date !== currentDate) {
      currentDate = date;
      dateEligible = 0;
    }
    const eligiblePay = perPaycheck
      ? Math.max(0, Math.min(amount, dateShare - dateEligible))
      : Math.max(0, Math.min(amount, compensationLimit - paidBefore));
    dateEligible += eligiblePay;
    checks.push({ date, day: isoDayNumber(date), kind, pay: amount, eligiblePay, most: amount });
    paidBefore += amount;
  };
  dates.forEach((date, index) => {
    // The odd cents of an uneven split are paid on the first paychecks of the year.
    add(date, "regular", base + (index < oddCents ? 1 : 0));
    if (bonus && date === bonusDate) add(date, "bonus", bonus.amount);
  });
  return checks;
}

/** `regularBase` is a regular paycheck's pay after the §401(a)(17) cap: what a percentage is taken from. */
function electionToSet(election: GridElection, regularPay: number, regularBase: number = regularPay): ElectionToSet {
  const value = electionValue(election);
  const perPaycheck = contributionFrom(election, isPercentMode(election.mode) ? regularBase : regularPay);
  if (isPercentMode(election.mode)) {
    return { mode: election.mode, basisPoints: value, perPaycheck, percentOfPay: value, label: formatPercent(value) };
  }
  const percentOfPay = regularPay > 0 ? Math.floor((perPaycheck * WHOLE) / regularPay) : 0;
  return {
    mode: election.mode,
    basisPoints: null,
    perPaycheck,
    percentOfPay,
    label: `${formatUsd(perPaycheck, { cents: true })} per paycheck`,
  };
}

interface Level {
  readonly deferral: GridElection;
  readonly afterTax: GridElection;
  readonly simulation: Simulation;
  /** The after-tax election is as large as the plan or the paychecks allow. */
  readonly afterTaxAtMost: boolean;
  /** Not even no after-tax at all fits: the year is over §415(c) already. */
  readonly overAlready: boolean;
}

/** The level plan: one deferral and one after-tax election for every paycheck left. */
function levelPlan(year: Year, mode: RoundingMode, trueUp: boolean): Level {
  const step = ROUNDING_STEP[mode];
  const remainingDeferral = Math.max(0, year.deferralTarget - year.yearToDate.deferrals);
  const largestPay = year.checks.reduce((most, check) => Math.max(most, check.pay), 0);
  const regular = year.checks.filter((check) => check.kind === "regular");
  const smallestRegularPay = regular.reduce((least, check) => Math.min(least, check.pay), Number.MAX_SAFE_INTEGER);

  // Deferrals: the largest election on the grid whose paychecks add up to no more than the target.
  // Past the §401(a)(17) cap a percent election takes nothing: the election to set is then 0, not 100%.
  const capReached = isPercentMode(mode) && year.checks.every((check) => check.eligiblePay === 0);
  const deferralMost = capReached ? 0 : isPercentMode(mode) ? WHOLE / step : Math.min(remainingDeferral, largestPay);
  // Never an election a regular paycheck can't fund (the simulation would take less than it says).
  const fundable = (steps: number, taken: GridElection | null) =>
    regular.every((check) => takenFrom(year, { mode, steps }, check) + (taken ? takenFrom(year, taken, check) : 0) <= check.most);
  const deferralSteps =
    largestFitting(deferralMost, (steps) => {
      if (!fundable(steps, null)) return false;
      let sum = 0;
      for (const check of year.checks) sum += takenFrom(year, { mode, steps }, check);
      return sum <= remainingDeferral;
    }) ?? 0;
  const deferral: GridElection = { mode, steps: deferralSteps };

  // After-tax: the largest election on the grid whose year ends within §415(c), match included.
  // The match may follow the after-tax amount (a plan that matches after-tax money) and the room
  // follows the match: searching over the election itself solves that fixed point exactly.
  const capBasisPoints = year.planCapBasisPoints;
  let afterTaxMost: number;
  if (capReached) {
    afterTaxMost = 0;
  } else if (isPercentMode(mode)) {
    afterTaxMost = Math.floor(Math.min(WHOLE - electionValue(deferral), capBasisPoints ?? WHOLE) / step);
  } else {
    const regularRoom = regular.length === 0 ? 0 : smallestRegularPay - contributionFrom(deferral, smallestRegularPay);
    // The plan's cap is a percent of pay counted up to §401(a)(17), on each paycheck.
    const capRoom = capBasisPoints === null || regular.length === 0 ? regularRoom : percentOfCents(regular[0]!.eligiblePay, capBasisPoints);
    afterTaxMost = Math.max(0, Math.min(regularRoom, capRoom));
  }
  const run = (steps: number) =>
    simulate(
      year,
      (check) => ({
        deferral: takenFrom(year, deferral, check),
        afterTax: Math.min(
          takenFrom(year, { mode, steps }, check),
          capBasisPoints === null ? Number.MAX_SAFE_INTEGER : percentOfCents(check.eligiblePay, capBasisPoints),
        ),
      }),
      trueUp,
    );
  afterTaxMost = largestFitting(afterTaxMost, (steps) => fundable(steps, deferral)) ?? 0;
  const fitting = largestFitting(afterTaxMost, (steps) => run(steps).totals.annualAdditions <= year.annualAdditionsLimit);
  const afterTaxSteps = fitting ?? 0;
  return {
    deferral,
    afterTax: { mode, steps: afterTaxSteps },
    simulation: run(afterTaxSteps),
    afterTaxAtMost: fitting !== null && afterTaxSteps === afterTaxMost,
    overAlready: fitting === null,
  };
}

/**
 * The front-loaded schedule: each paycheck gives up to `basisPoints` of its pay, deferrals first,
 * until the deferral target and then §415(c) are reached; the largest after-tax total that keeps
 * the year within §415(c) is found over whole cents.
 */
function frontLoadPlan(year: Year, basisPoints: number, trueUp: boolean, levelMatch: number): FrontLoadPlan {
  const capBasisPoints = year.planCapBasisPoints;
  const run = (afterTaxTotal: number) =>
    simulate(
      year,
      (check, planned) => {
        const most = percentOfCents(check.pay, basisPoints);
        const deferral = Math.min(most, Math.max(0, year.deferralTarget - year.yearToDate.deferrals - planned.deferrals));
        const cap = capBasisPoints === null ? Number.MAX_SAFE_INTEGER : percentOfCents(check.eligiblePay, capBasisPoints);
        return { deferral, afterTax: Math.min(most - deferral, cap, Math.max(0, afterTaxTotal - planned.afterTax)) };
      },
      trueUp,
    );
  const payLeft = year.checks.reduce((sum, check) => sum + check.pay, 0);
  const afterTaxTotal = largestFitting(payLeft, (total) => run(total).totals.annualAdditions <= year.annualAdditionsLimit) ?? 0;
  const simulation = run(afterTaxTotal);
  const lastWith = (has: (row: PaycheckRow) => boolean) => simulation.rows.filter(has).at(-1)?.date ?? null;
  const matchLost = Math.max(0, levelMatch - simulation.totals.match);
  return {
    basisPoints,
    rows: simulation.rows,
    yearEnd: simulation.yearEnd,
    totals: simulation.totals,
    deferralsDoneOn: lastWith((row) => row.deferral > 0),
    contributionsDoneOn: lastWith((row) => row.deferral > 0 || row.afterTax > 0),
    matchLost,
    offered: matchLost === 0,
  };
}

function validate(input: PlannerInput, today: IsoDate): PlannerProblem[] {
  const problems: PlannerProblem[] = [];
  const todayDate = parseIsoDate(today);
  const lastPay = parseIsoDate(input.lastPayDate);
  if (!todayDate) problems.push(problem("TODAY_NOT_A_DATE", `Today's date is not a calendar date: ${today}`));
  if (!lastPay) problems.push(problem("LAST_PAY_DATE_NOT_A_DATE", "Enter the date of your latest paycheck as a real date"));
  if (todayDate && lastPay && isoDayNumber(input.lastPayDate) > isoDayNumber(today)) {
    problems.push(problem("LAST_PAY_DATE_AFTER_TODAY", "The date of your latest paycheck can't be after today"));
  }
  const scheduleIssue = scheduleProblem(input.schedule);
  if (scheduleIssue) problems.push(problem(scheduleIssue, SCHEDULE_MESSAGES[scheduleIssue]));
  if (!resolveFigures(input.answers)) {
    problems.push(problem("FIGURES_UNKNOWN", `The IRS figures for ${input.answers.taxYear} are not known: enter them first`));
  }
  if (input.bonus) {
    if (!Number.isInteger(input.bonus.month) || input.bonus.month < 1 || input.bonus.month > 12) {
      problems.push(problem("BONUS_MONTH_OUT_OF_RANGE", "Choose the month the bonus is paid"));
    }
    if (input.bonus.amount >= toCents(input.answers.person.compensation)) {
      problems.push(problem("BONUS_MORE_THAN_PAY", "The bonus must be less than your pay for the year, which includes it"));
    }
  }
  return problems;
}

/**
 * The match in cents: what the annual formula gives on the year's planned contributions, what this
 * plan collects, and, without a true-up, what the paychecks already paid could have had and did
 * not (the most the formula pays on each of them, less the match paid so far).
 */
function matchTimingFor(
  year: Year,
  simulation: Simulation,
  paidChecks: readonly Check[],
  input: PlannerInput,
  trueUp: boolean,
): { worthUpTo: Cents; onTrack: Cents; lostSoFar: Cents } {
  const { match } = year;
  const matched = simulation.totals.deferrals + (year.matchesAfterTax ? simulation.totals.afterTax : 0);
  const worthUpTo =
    match.kind === "amount" ? toCents(match.amount) : matchDependsOnContributions(match) ? matchAmount(compileMatch(match, year.cappedPay), matched) : 0;
  let couldHaveHad = 0;
  if (!trueUp && match.kind === "formula") {
    for (const check of paidChecks) couldHaveHad += matchAmount(compileMatch(match, check.eligiblePay), Number.MAX_SAFE_INTEGER / 2);
  }
  return {
    worthUpTo: cents(worthUpTo),
    onTrack: cents(simulation.totals.match),
    lostSoFar: cents(trueUp ? 0 : Math.max(0, couldHaveHad - input.yearToDate.match)),
  };
}

function warning(code: PlannerWarning["code"], message: string, citation: string): PlannerWarning {
  return { code, message, citation };
}

/**
 * The paycheck plan for the rest of the tax year, as of `today` ("YYYY-MM-DD"; the page passes
 * the real date, tests a fixed one). Paychecks left are the pay dates after today: an election
 * changed today can take effect on the next paycheck at the earliest.
 */
export function planPaychecks(input: PlannerInput, today: IsoDate): PaycheckPlan {
  const problems = validate(input, today);
  if (problems.length > 0) return { ok: false, problems };
  const { answers } = input;
  const figures = resolveFigures(answers)!;
  const taxYear = answers.taxYear;
  const pay = toCents(answers.person.compensation);
  const todayDay = isoDayNumber(today);
  const lastPayDay = isoDayNumber(input.lastPayDate);

  // The year's position comes from the rules engine, never worked out again here.
  const yearFigures = yearPosition(answers, figures);
  const position = yearFigures.deferrals;
  const otherPlansDeferrals = toCents(answers.contributions.otherPlansDeferrals ?? 0);
  const deferralRoomHere = Math.max(0, position.deferralLimit - otherPlansDeferrals);
  const deferralTarget = Math.min(toCents(answers.contributions.employeeDeferrals), deferralRoomHere);
  const { cappedPay } = yearFigures;
  const overCap = pay > figures.compensation;
  const capMethod = overCap ? (input.compensationCapMethod ?? "year_to_date") : null;
  const allChecks = withCeiling(checksOfYear(input, taxYear, pay, figures.compensation), input.paycheckCeiling);
  const checks = allChecks.filter((check) => check.day > todayDay);
  const match = answers.plan.employerMatch;
  const year: Year = {
    figures,
    checks,
    yearToDate: input.yearToDate,
    otherPlansDeferrals,
    catchUpLimit: position.catchUpLimit,
    deferralTarget,
    annualAdditionsLimit: yearFigures.annualAdditionsLimit,
    match,
    matchesAfterTax: answers.plan.matchesAfterTax === true && matchDependsOnContributions(match),
    cappedPay,
    nonelective: nonelectiveContribution(answers.plan.nonelective, cappedPay),
    planCapBasisPoints:
      answers.plan.afterTaxCapPercentOfPay === undefined ? null : toBasisPoints(answers.plan.afterTaxCapPercentOfPay),
    flatElectionOnBonus: input.flatElectionOnBonus === true,
  };
  const plannedWithTrueUp = input.matchTrueUp === "yes";
  const level = levelPlan(year, input.rounding, plannedWithTrueUp);
  const exact = input.rounding === "dollars" ? level : levelPlan(year, "dollars", plannedWithTrueUp);
  const { simulation } = level;
  const regularPay =
    checks.find((check) => check.kind === "regular")?.pay ?? allChecks.find((check) => check.kind === "regular")?.pay ?? 0;
  const frontLoad =
    checks.length === 0
      ? null
      : frontLoadPlan(year, input.frontLoadBasisPoints ?? DEFAULT_FRONT_LOAD_BASIS_POINTS, plannedWithTrueUp, simulation.totals.match);

  const nextRegular = checks.find((check) => check.kind === "regular");
  const regularBase = nextRegular ? nextRegular.eligiblePay : Math.min(regularPay, cappedPay);
  const elections = {
    deferral: electionToSet(level.deferral, regularPay, regularBase),
    afterTax: electionToSet(level.afterTax, regularPay, regularBase),
  };
  const matchTiming = matchTimingFor(year, simulation, allChecks.filter((check) => check.day <= todayDay), input, plannedWithTrueUp);

  const warnings: PlannerWarning[] = [];
  const usual = PAY_DATES_PER_YEAR[input.schedule.kind].usual;
  const datesInYear = allChecks.filter((check) => check.kind === "regular").length;
  if (checks.length === 0) {
    warnings.push(
      warning(
        "NO_PAYCHECKS_LEFT",
        `No paychecks are left in ${taxYear} after ${formatDate(today)}: nothing more can be contributed from pay this year.`,
        CITATIONS.annualAdditions,
      ),
    );
  }
  if (datesInYear > usual) {
    warnings.push(
      warning(
        "EXTRA_PAY_DATE",
        `${taxYear} has ${datesInYear} pay dates on your schedule, not the usual ${usual}. An election worked out for ${usual} paychecks would overshoot: this plan spreads your yearly pay over all ${datesInYear}. If your employer pays 1/${usual} of your salary on every paycheck, enter your pay for the year as ${datesInYear}/${usual} of your salary.`,
        `${CITATIONS.excessDeferrals}; ${CITATIONS.annualAdditions}`,
      ),
    );
  }
  const missed = allChecks.filter((check) => check.kind === "regular" && check.day > lastPayDay && check.day <= todayDay);
  if (missed.length > 0) {
    warnings.push(
      warning(
        "PAY_STUB_NOT_LATEST",
        `Your schedule has ${missed.length === 1 ? "a paycheck" : `${missed.length} paychecks`} between your pay stub of ${formatDate(
          input.lastPayDate,
        )} and today (${missed.map((check) => formatDate(check.date)).join(", ")}). The figures so far miss ${
          missed.length === 1 ? "it" : "them"
        }: use your latest pay stub.`,
        "Your latest pay stub",
      ),
    );
  }
  const bonusCheck = allChecks.find((check) => check.kind === "bonus");
  if (bonusCheck && bonusCheck.day <= todayDay) {
    warnings.push(
      warning(
        "BONUS_ALREADY_PAID",
        `Your ${monthName(input.bonus!.month)} bonus is paid by now: the plan assumes what it contributed is in your figures so far.`,
        "Your latest pay stub",
      ),
    );
  }
  if (input.yearToDate.deferrals > deferralRoomHere) {
    warnings.push(
      warning(
        "EXCESS_DEFERRALS_SO_FAR",
        `Your deferrals so far (${formatUsd(input.yearToDate.deferrals)}) are over your ${formatUsd(
          deferralRoomHere,
        )} limit: stop them now and ask the plan to refund the excess by April 15 next year.`,
        CITATIONS.excessDeferrals,
      ),
    );
  }
  const remainingDeferral = Math.max(0, deferralTarget - input.yearToDate.deferrals);
  const payLeft = checks.reduce((sum, check) => sum + check.pay, 0);
  if (checks.length > 0 && remainingDeferral > payLeft) {
    warnings.push(
      warning(
        "DEFERRAL_TARGET_UNREACHABLE",
        `Your paychecks left pay ${formatUsd(payLeft)} in all, less than the ${formatUsd(remainingDeferral)} of deferrals still to make: you can't reach your target this year.`,
        CITATIONS.excessDeferrals,
      ),
    );
  }
  if (level.overAlready) {
    warnings.push(
      warning(
        "ANNUAL_ADDITIONS_ALREADY_EXCEEDED",
        `Your contributions and employer money already come to more than the ${formatUsd(year.annualAdditionsLimit)} limit: set your after-tax election to 0 and ask the plan to correct the excess.`,
        CITATIONS.overshoot,
      ),
    );
  } else if (checks.length > 0 && level.afterTaxAtMost && simulation.totals.annualAdditions < year.annualAdditionsLimit) {
    const shortBy = year.annualAdditionsLimit - simulation.totals.annualAdditions;
    const capBinds =
      year.planCapBasisPoints !== null && year.planCapBasisPoints < WHOLE - elections.deferral.percentOfPay;
    const ceiling = ceilingSummary(allChecks, input.paycheckCeiling);
    const ceilingBinds =
      ceiling !== null &&
      elections.deferral.perPaycheck + elections.afterTax.perPaycheck + contributionFrom({ mode: input.rounding, steps: 1 }, regularPay) >
        ceiling.perRegularPaycheck;
    const why = ceilingBinds
      ? ceiling.why
      : capBinds
        ? `your plan's after-tax limit of ${formatPercent(year.planCapBasisPoints!)} of pay`
        : "what your paychecks left can pay";
    warnings.push(
      warning(
        "ANNUAL_ADDITIONS_UNREACHABLE",
        `With ${checks.length} paycheck${checks.length === 1 ? "" : "s"} left, ${why} stops you ${formatUsd(shortBy)} short of the ${formatUsd(
          year.annualAdditionsLimit,
        )} limit.`,
        CITATIONS.annualAdditions,
      ),
    );
  }
  if (level.afterTax.steps > 0) {
    warnings.push(
      warning(
        "OVERSHOOT_RISK",
        "Payroll may not stop after-tax contributions at the annual additions limit. The after-tax election is rounded down so that the year stays under it; check the last paychecks against this plan.",
        CITATIONS.overshoot,
      ),
    );
  }
  // Pay reaching the §401(a)(17) cap part-way through the paychecks left ends the match then: the
  // advice is the plan that collects the most match before that date, not level deferrals all year.
  const lastMatchedCheck = checks.filter((check) => check.eligiblePay > 0).at(-1);
  const capEndsMatchOn =
    match.kind === "formula" && lastMatchedCheck && checks.some((check) => check.day > lastMatchedCheck.day && check.eligiblePay === 0)
      ? lastMatchedCheck.date
      : null;
  const matchedShare = match.kind === "formula" ? match.tiers.reduce((sum, tier) => sum + toBasisPoints(tier.ofPayPercent), 0) : 0;
  const mostMatchAdvice = capEndsMatchOn
    ? `Your pay reaches the compensation limit by ${formatDate(capEndsMatchOn)} and the match stops then: to collect the most match, put at least ${formatPercent(
        matchedShare,
      )} of each paycheck into deferrals until then${
        frontLoad && frontLoad.totals.match > simulation.totals.match ? " (the faster schedule collects more match than level deferrals)" : ""
      }.`
    : "Keep your deferrals level to get the full match.";
  if (input.matchTrueUp === "unsure" && match.kind === "formula") {
    warnings.push(
      warning(
        "TRUE_UP_UNSURE",
        `You are not sure whether your plan trues up the match after the year, so this plan assumes it does not: the safe side, since a plan that trues up pays at least as much. ${mostMatchAdvice} Ask the plan whether it makes a true-up contribution.`,
        PLAN_DOCUMENT,
      ),
    );
  }
  if (frontLoad && frontLoad.matchLost > 0) {
    warnings.push(
      warning(
        "FRONT_LOADING_LOSES_MATCH",
        `${
          input.matchTrueUp === "unsure"
            ? "You are not sure your plan trues up the match, so this plan assumes each paycheck is matched on its own and nothing is added after the year: the safe side, as a true-up would only add match."
            : `Your plan matches each paycheck on its own${plannedWithTrueUp ? "" : " with no true-up"}.`
        } Putting in ${formatPercent(
          frontLoad.basisPoints,
        )} of each paycheck until you reach the limits would lose ${formatUsd(frontLoad.matchLost, { cents: true })} of match. ${mostMatchAdvice}`,
        PLAN_DOCUMENT,
      ),
    );
  }

  if (capMethod !== null) {
    const limit = formatUsd(figures.compensation);
    warnings.push(
      warning(
        "PAY_CAP_METHOD",
        `${input.compensationCapMethod === undefined ? "Assumed: your" : "Your"} plan counts pay up to the ${limit} compensation limit ${
          capMethod === "year_to_date"
            ? `from the start of the year, so percent elections and the match stop once your pay so far reaches ${limit}`
            : `a share at a time, ${formatUsd(Math.floor(figures.compensation / datesInYear), { cents: true })} on each of the ${datesInYear} pay dates, so percent elections and the match apply to that much of each paycheck`
        }.${
          capMethod === "year_to_date" && checks.length > 0 && checks.every((check) => check.eligiblePay === 0)
            ? ` Your pay so far has reached it: a percent election takes nothing more in ${taxYear}, and the match stops too.`
            : ""
        }${input.compensationCapMethod === undefined ? " Ask your plan which it does: the elections change with it." : ""}`,
        CITATIONS.payCap,
      ),
    );
  }
  if (input.rounding === "dollars" && bonusCheck) {
    warnings.push(
      warning(
        "FLAT_ELECTION_AND_BONUS",
        input.flatElectionOnBonus === true
          ? "You said your payroll takes the dollar election from the bonus check too: this plan takes it twice on that pay date."
          : "A dollar election is assumed to be taken once a pay date, from the regular paycheck and not again from the bonus check. If your payroll takes it from the bonus check too, say so on the paycheck pages.",
        "Your payroll's rules for bonus checks",
      ),
    );
  }

  return {
    ok: true,
    taxYear,
    today,
    schedule: {
      kind: input.schedule.kind,
      payDatesInYear: datesInYear,
      usualPayDates: usual,
      extraPayDate: datesInYear > usual,
      regularPay,
    },
    limits: {
      deferralLimit: position.deferralLimit,
      deferralTarget,
      annualAdditionsLimit: year.annualAdditionsLimit,
      source: figures.source,
    },
    yearToDate: input.yearToDate,
    rows: simulation.rows,
    yearEnd: simulation.yearEnd,
    totals: simulation.totals,
    elections,
    leftOnTable: {
      deferrals: Math.max(0, deferralTarget - simulation.totals.deferrals),
      annualAdditions: Math.max(0, year.annualAdditionsLimit - simulation.totals.annualAdditions),
      byRounding: Math.max(0, exact.simulation.totals.annualAdditions - simulation.totals.annualAdditions),
    },
    matchTiming: {
      answered: input.matchTrueUp,
      plannedWithTrueUp,
      ...matchTiming,
      capMethod: capMethod === null ? null : { method: capMethod, assumed: input.compensationCapMethod === undefined },
    },
    frontLoad,
    ceiling: ceilingSummary(allChecks, input.paycheckCeiling),
    warnings,
  };
}
