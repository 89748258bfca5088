// The paycheck planner's input from the saved answers: undefined until the person has asked for
// a plan and given what it needs, so the result page shows the planner only when it can.
import { toBasisPoints, toCents } from "../money";
import { isoDate, parseIsoDate } from "../planner/dates";
import { scheduleKindFor, type PaySchedule } from "../planner/schedule";
import type { PlannerInput } from "../planner/types";
import type { Answers } from "../rules/schema";
import type { Draft } from "../wizard/draft";

function scheduleFor(draft: Draft, lastPayDate: string): PaySchedule | undefined {
  switch (scheduleKindFor(draft.payPeriodsPerYear ?? 0)) {
    case "weekly":
      return { kind: "weekly", anchor: lastPayDate };
    case "biweekly":
      return { kind: "biweekly", anchor: lastPayDate };
    case "semimonthly":
      if (draft.semiMonthlyFirstDay === undefined || draft.semiMonthlySecondDay === undefined) return undefined;
      return { kind: "semimonthly", firstDay: draft.semiMonthlyFirstDay, secondDay: draft.semiMonthlySecondDay };
    case "monthly":
      return draft.monthlyPayDay === undefined ? undefined : { kind: "monthly", day: draft.monthlyPayDay };
    default:
      return undefined;
  }
}

/**
 * `answers` are the draft's yearly answers (`toAnswers`, worked out once by the caller). For a
 * year after the pay stub's, the figures so far belong to another year and start again at zero.
 */
export function plannerInputFor(draft: Draft, answers: Answers | undefined, payrollTaxPerPaycheck = 0): PlannerInput | undefined {
  if (draft.planPaychecks !== "yes" || draft.electionRounding === undefined) return undefined;
  const { lastPayDay: day, lastPayMonth: month, lastPayYear: year } = draft;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const lastPayDate = isoDate(year, month, day);
  if (!parseIsoDate(lastPayDate)) return undefined;
  const schedule = scheduleFor(draft, lastPayDate);
  if (!schedule || !answers) return undefined;
  const sameYear = year === answers.taxYear;
  const bonus =
    draft.bonusAmount !== undefined && draft.bonusAmount > 0 && draft.bonusMonth !== undefined
      ? { amount: draft.bonusAmount, month: draft.bonusMonth }
      : undefined;
  return {
    answers,
    schedule,
    lastPayDate,
    yearToDate: sameYear
      ? { deferrals: draft.ytdDeferrals ?? 0, afterTax: draft.afterTaxYearToDate ?? 0, match: draft.ytdMatch ?? 0 }
      : { deferrals: 0, afterTax: 0, match: 0 },
    matchTrueUp: draft.matchTrueUp ?? "unsure",
    rounding: draft.electionRounding,
    ...(bonus ? { bonus } : {}),
    ...(draft.frontLoadPercent === undefined ? {} : { frontLoadBasisPoints: toBasisPoints(draft.frontLoadPercent) }),
    paycheckCeiling:
      draft.takeHomePay === undefined
        ? {
            // No pay stub figures: a paycheck can at most fund what payroll taxes leave of it.
            takeHome: Math.max(0, Math.floor(toCents(answers.person.compensation) / (draft.payPeriodsPerYear ?? 1)) - payrollTaxPerPaycheck),
            contributionsOnStub: 0,
            takeHomeFloor: 0,
            planCapBasisPoints: draft.contributionCapPercent === undefined ? null : toBasisPoints(draft.contributionCapPercent),
            estimated: true,
          }
        : {
            takeHome: draft.takeHomePay,
            contributionsOnStub: draft.contributionsOnStub ?? 0,
            takeHomeFloor: draft.takeHomeFloor ?? 0,
            planCapBasisPoints: draft.contributionCapPercent === undefined ? null : toBasisPoints(draft.contributionCapPercent),
          },
  };
}
