// The paycheck planner's input from the saved answers: undefined until the person has asked for
// a plan and given what it needs, so the result page shows the planner only when it can.
import { toBasisPoints } from "../money";
import { isoDate, parseIsoDate } from "../planner/dates";
import { scheduleKindFor, type PaySchedule } from "../planner/schedule";
import type { PlannerInput } from "../planner/types";
import type { Draft } from "./draft";
import { toAnswers } from "./journey";

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

export function plannerInputFor(draft: Draft): PlannerInput | undefined {
  if (draft.planPaychecks !== "yes" || draft.electionRounding === undefined) return undefined;
  const { lastPayDay: day, lastPayMonth: month, lastPayYear: year } = draft;
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const lastPayDate = isoDate(year, month, day);
  if (!parseIsoDate(lastPayDate)) return undefined;
  const schedule = scheduleFor(draft, lastPayDate);
  const answers = toAnswers(draft);
  if (!schedule || !answers) return undefined;
  const bonus =
    draft.bonusAmount !== undefined && draft.bonusAmount > 0 && draft.bonusMonth !== undefined
      ? { amount: draft.bonusAmount, month: draft.bonusMonth }
      : undefined;
  return {
    answers,
    schedule,
    lastPayDate,
    yearToDate: { deferrals: draft.ytdDeferrals ?? 0, afterTax: draft.afterTaxYearToDate ?? 0, match: draft.ytdMatch ?? 0 },
    matchTrueUp: draft.matchTrueUp ?? "unsure",
    rounding: draft.electionRounding,
    ...(bonus ? { bonus } : {}),
    ...(draft.frontLoadPercent === undefined ? {} : { frontLoadBasisPoints: toBasisPoints(draft.frontLoadPercent) }),
  };
}
