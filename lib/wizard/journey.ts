import { fromCents, typedMoney } from "../money";
import { limitsForYear } from "../rules/limits";
import { yearTiming } from "../rules/year";
import type { Answers, EmployerMatch } from "../rules/schema";
import { deferralCents, type Draft } from "./draft";
import { inputNames, type FormValues, type ParsedValue } from "./fields";
import { STEPS, stepBySlug, type QuestionStep, type StepContext, type StepSlug } from "./steps";

/** Where a page can send the person: a question page, the answers page or the result. */
export type Destination = StepSlug | "answers" | "result";

/**
 * An answer that already decides the verdict (IRS-independent): no after-tax contributions, or
 * neither route into Roth while employed. The later questions are then skipped, not asked.
 */
export function decidedEarly(draft: Draft): boolean {
  if (draft.afterTaxContributions === "no") return true;
  return draft.inPlanRothConversion === "no" && draft.inServiceWithdrawal === "no";
}

const PLAN_QUESTIONS: readonly StepSlug[] = ["after-tax", "in-plan-conversion", "in-service-withdrawal"];
const PAYCHECK_PAGES: readonly StepSlug[] = ["paychecks", "pay-stub", "take-home", "paycheck-rules", "paycheck-limits"];

/**
 * A tax year that has ended as of `today` is a look-back: no paycheck is left to plan, so the
 * paycheck pages are skipped (domain §4, item 8). Without a date the year is treated as open.
 */
function yearClosed(draft: Draft, today: string | undefined): boolean {
  return draft.taxYear !== undefined && yearTiming(draft.taxYear, today).closed;
}

/** Whether the page is asked with these answers, as of `today` ("YYYY-MM-DD") when given. */
export function isApplicable(step: QuestionStep, draft: Draft, today?: string): boolean {
  if (PAYCHECK_PAGES.includes(step.slug) && yearClosed(draft, today)) return false;
  switch (step.slug) {
    case "after-tax":
      return true;
    case "in-plan-conversion":
      return draft.afterTaxContributions !== undefined && draft.afterTaxContributions !== "no";
    case "in-service-withdrawal":
      return (
        draft.afterTaxContributions !== undefined &&
        draft.afterTaxContributions !== "no" &&
        draft.inPlanRothConversion !== undefined &&
        draft.inPlanRothConversion !== "yes"
      );
    case "pay-stub":
    case "take-home":
    case "paycheck-rules":
    case "paycheck-limits":
      return !decidedEarly(draft) && planQuestionsDone(draft) && draft.planPaychecks === "yes" && (step.applies?.(draft) ?? true);
    case "irs-limits":
    case "irs-limits-plan":
      return !decidedEarly(draft) && draft.taxYear !== undefined && limitsForYear(draft.taxYear) === undefined;
    default:
      return !decidedEarly(draft) && planQuestionsDone(draft) && (step.applies?.(draft) ?? true);
  }
}

function planQuestionsDone(draft: Draft): boolean {
  return STEPS.filter((step) => PLAN_QUESTIONS.includes(step.slug) && isApplicable(step, draft)).every((step) =>
    isCompleted(step.slug, draft),
  );
}

function isCompleted(slug: StepSlug, draft: Draft): boolean {
  return draft.completed?.includes(slug) ?? false;
}

export function applicableSteps(draft: Draft, today?: string): QuestionStep[] {
  return STEPS.filter((step) => isApplicable(step, draft, today));
}

/** The first page still to answer: where a resumed session continues. */
export function firstIncomplete(draft: Draft, today?: string): Destination {
  const step = applicableSteps(draft, today).find((candidate) => !isCompleted(candidate.slug, draft));
  if (step) return step.slug;
  return decidedEarly(draft) ? "result" : "answers";
}

/** Where to go after answering `slug`: the next page in order, or back to the answers page. */
export function nextAfter(slug: StepSlug, draft: Draft, returnToAnswers: boolean, today?: string): Destination {
  if (decidedEarly(draft)) return "result";
  if (returnToAnswers) return firstIncomplete(draft, today);
  const steps = applicableSteps(draft, today);
  const index = steps.findIndex((step) => step.slug === slug);
  return steps[index + 1]?.slug ?? firstIncomplete(draft, today);
}

/** The page a back link returns to; null for the first question (it goes to the start page). */
export function previousBefore(destination: Destination, draft: Draft, today?: string): Destination | null {
  const steps = applicableSteps(draft, today);
  if (destination === "result") return decidedEarly(draft) ? (steps.at(-1)?.slug ?? null) : "answers";
  if (destination === "answers") return steps.at(-1)?.slug ?? null;
  const index = steps.findIndex((step) => step.slug === destination);
  return index > 0 ? (steps[index - 1]?.slug ?? null) : null;
}

/** Whether the person may open this page yet; if not, where to send them instead. */
export function guard(destination: Destination, draft: Draft, today?: string): Destination | null {
  const next = firstIncomplete(draft, today);
  if (destination === "result") return next === "result" || next === "answers" ? null : next;
  if (destination === "answers") return decidedEarly(draft) ? "result" : next === "answers" ? null : next;
  const step = stepBySlug(destination);
  if (!step || !isApplicable(step, draft, today)) return next;
  // A page further on than the first unanswered one would be answered out of order.
  const steps = applicableSteps(draft, today);
  const firstOpen = steps.findIndex((candidate) => !isCompleted(candidate.slug, draft));
  const index = steps.findIndex((candidate) => candidate.slug === destination);
  return firstOpen !== -1 && index > firstOpen ? next : null;
}

/** The form's initial values from the saved answers. */
export function formValuesFor(step: QuestionStep, draft: Draft, context: StepContext): FormValues {
  if (step.values) return step.values(draft, context);
  const values: FormValues = {};
  for (const field of step.fields(draft, context)) {
    if (field.parts) {
      for (const name of inputNames(field)) {
        const part = draft[name as keyof Draft];
        values[name] = part === undefined || Array.isArray(part) ? "" : String(part);
      }
      continue;
    }
    const saved = draft[field.name as keyof Draft];
    if (saved === undefined || Array.isArray(saved)) values[field.name] = "";
    else if (field.kind === "money" && typeof saved === "number") values[field.name] = typedMoney(saved);
    else values[field.name] = String(saved);
  }
  return values;
}

/** The draft with a page's answers in it, and the page marked done. */
export function withAnswers(step: QuestionStep, draft: Draft, data: Record<string, ParsedValue>): Draft {
  const answered = step.apply ? step.apply(draft, data) : { ...draft, ...data };
  const completed = [...new Set([...(draft.completed ?? []), step.slug])];
  return { ...answered, completed };
}

function employerMatch(draft: Draft): EmployerMatch | undefined {
  switch (draft.matchKind) {
    case "none":
      return { kind: "none" };
    case "amount":
      return draft.matchAmount === undefined ? undefined : { kind: "amount", amount: fromCents(draft.matchAmount) };
    case "formula":
      if (draft.matchPercent === undefined || draft.matchUpToPercent === undefined) return undefined;
      return { kind: "formula", tiers: [{ matchPercent: draft.matchPercent, ofPayPercent: draft.matchUpToPercent }] };
    case "twoTier":
      if (
        draft.tier1MatchPercent === undefined ||
        draft.tier1OfPayPercent === undefined ||
        draft.tier2MatchPercent === undefined ||
        draft.tier2OfPayPercent === undefined
      ) {
        return undefined;
      }
      return {
        kind: "formula",
        tiers: [
          { matchPercent: draft.tier1MatchPercent, ofPayPercent: draft.tier1OfPayPercent },
          { matchPercent: draft.tier2MatchPercent, ofPayPercent: draft.tier2OfPayPercent },
        ],
      };
    case "dollarCap":
      if (draft.capMatchPercent === undefined || draft.capMaxMatch === undefined) return undefined;
      return { kind: "dollarCap", matchPercent: draft.capMatchPercent, maxMatch: fromCents(draft.capMaxMatch) };
    default:
      return undefined;
  }
}

function dollarsOrUndefined(cents: number | undefined): number | undefined {
  return cents === undefined ? undefined : fromCents(cents);
}

/**
 * The complete answers for the rules engine, in its public JSON shape; undefined while any
 * required answer is missing (the result page then sends the person to that page).
 */
export function toAnswers(draft: Draft): Answers | undefined {
  const match = employerMatch(draft);
  const deferrals = deferralCents(draft);
  if (
    draft.afterTaxContributions === undefined ||
    draft.inPlanRothConversion === undefined ||
    draft.taxYear === undefined ||
    draft.ageAtYearEnd === undefined ||
    draft.compensation === undefined ||
    deferrals === undefined ||
    match === undefined
  ) {
    return undefined;
  }
  const known = limitsForYear(draft.taxYear) !== undefined;
  const customLimits =
    !known &&
    draft.limitElectiveDeferral !== undefined &&
    draft.limitCatchUp50 !== undefined &&
    draft.limitCatchUp60to63 !== undefined &&
    draft.limitAnnualAdditions !== undefined &&
    draft.limitCompensation !== undefined &&
    draft.limitHceThreshold !== undefined
      ? {
          electiveDeferral: fromCents(draft.limitElectiveDeferral),
          catchUp50: fromCents(draft.limitCatchUp50),
          catchUp60to63: fromCents(draft.limitCatchUp60to63),
          annualAdditions: fromCents(draft.limitAnnualAdditions),
          compensation: fromCents(draft.limitCompensation),
          hceThreshold: fromCents(draft.limitHceThreshold),
          rothCatchUpWageThreshold: dollarsOrUndefined(draft.limitRothCatchUpWageThreshold),
        }
      : undefined;
  const hasNonelective = draft.nonelectivePercent !== undefined || draft.nonelectiveAmount !== undefined;
  const matchIsFormula = match.kind === "formula" || match.kind === "dollarCap";
  return {
    taxYear: draft.taxYear,
    ...(customLimits ? { customLimits: stripUndefined(customLimits) } : {}),
    plan: stripUndefined({
      afterTaxContributions: draft.afterTaxContributions,
      inPlanRothConversion: draft.inPlanRothConversion,
      // Not asked when an in-plan conversion is available: that route is enough.
      inServiceWithdrawal: draft.inServiceWithdrawal ?? "unsure",
      automaticConversion: draft.automaticConversion,
      separateAfterTaxAccounting: draft.separateAfterTaxAccounting,
      rothDeferralOption: draft.rothDeferralOption,
      afterTaxCapPercentOfPay: draft.hasAfterTaxCap === "yes" ? draft.afterTaxCapPercentOfPay : undefined,
      employerMatch: match,
      matchesAfterTax: matchIsFormula ? draft.matchesAfterTax === "yes" : undefined,
      lateEmployerMoney: draft.lateEmployerMoney,
      calendarPlanYear: draft.calendarPlanYear,
      nonelective: hasNonelective
        ? stripUndefined({
            percentOfPay: draft.nonelectivePercent,
            amount: dollarsOrUndefined(draft.nonelectiveAmount),
          })
        : undefined,
    }),
    person: stripUndefined({
      ageAtYearEnd: draft.ageAtYearEnd,
      compensation: fromCents(draft.compensation),
      priorYearCompensation: dollarsOrUndefined(draft.priorYearCompensation),
      priorYearFicaWages: dollarsOrUndefined(draft.priorYearFicaWages),
      fivePercentOwner: draft.fivePercentOwner === undefined ? undefined : draft.fivePercentOwner === "yes",
      ownBusiness: draft.ownBusiness === undefined ? undefined : draft.ownBusiness === "yes",
      payPeriodsPerYear: draft.payPeriodsPerYear,
    }),
    contributions: stripUndefined({
      employeeDeferrals: fromCents(deferrals),
      otherPlansDeferrals: dollarsOrUndefined(draft.otherPlansDeferrals),
      afterTaxYearToDate: dollarsOrUndefined(draft.afterTaxYearToDate),
      afterTaxBalance: dollarsOrUndefined(draft.afterTaxBalance),
      // Earnings without the balance they are part of, or above it, would not pass the schema: left out.
      afterTaxEarnings:
        draft.afterTaxBalance === undefined || (draft.afterTaxEarnings ?? 0) > draft.afterTaxBalance
          ? undefined
          : dollarsOrUndefined(draft.afterTaxEarnings),
    }),
  } as Answers;
}

function stripUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
