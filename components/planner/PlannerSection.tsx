import Link from "next/link";
import { Fold } from "@/components/result/Fold";
import { formatUsd } from "@/lib/money";
import { formatDate } from "@/lib/planner/dates";
import { DEFAULT_FRONT_LOAD_BASIS_POINTS } from "@/lib/planner/plan";
import { formatPercent } from "@/lib/planner/rounding";
import type { ElectionToSet, PaycheckRow, PlannerProblem, PlanReady } from "@/lib/planner/types";
import { PathToMaxChart } from "./PathToMaxChart";

const cents = (amount: number) => formatUsd(amount, { cents: true });

/**
 * The paycheck plan on the result page: the elections to set now, the path to the §415(c) limit
 * and every paycheck left. Renders nothing until the planner's answers are complete.
 */
/** The plan (or why it can't be made) comes from `resultFor`: this section only renders it. */
export function PlannerSection({ plan: ready, problems }: { plan: PlanReady | null; problems: readonly PlannerProblem[] | null }) {
  if (!ready && !problems) return null;
  const plan = ready ?? { ok: false as const, problems: problems ?? [] };
  const change = (
    <p className="mt-4">
      <Link href="/check/paychecks?returnTo=answers">Change your paycheck answers</Link>
    </p>
  );
  return (
    <section aria-labelledby="planner-title" className="mt-10" data-testid="planner">
      <h2 id="planner-title" className="text-2xl font-bold">
        Your paycheck plan
      </h2>
      {plan.ok ? <Plan plan={plan} /> : (
        <div className="mt-3 border-l-4 border-error pl-4" data-testid="planner-problems">
          <p className="font-bold">We can&apos;t plan your paychecks yet:</p>
          <ul className="mt-2 list-disc pl-6">
            {plan.problems.map((problem) => (
              <li key={problem.code} data-code={problem.code}>
                {problem.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {change}
    </section>
  );
}

function Plan({ plan }: { plan: PlanReady }) {
  const left = plan.rows.filter((row) => row.kind === "regular").length;
  const bonuses = plan.rows.length - left;
  return (
    <>
      <p className="mt-2">
        {left} paycheck{left === 1 ? "" : "s"} left in {plan.taxYear} after {formatDate(plan.today)}
        {bonuses > 0 ? ", plus a bonus paycheck" : ""}. {plan.schedule.payDatesInYear} pay dates in the year; each regular paycheck is{" "}
        {cents(plan.schedule.regularPay)}.
      </p>
      {plan.rows.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">Set these elections now</h3>
          {/* Side by side even on a phone: the two elections are set together. */}
          <div className="mt-3 grid grid-cols-2 gap-3 sm:gap-4">
            <Election title="Pre-tax and Roth" election={plan.elections.deferral} testId="election-deferral" />
            <Election title="After-tax" election={plan.elections.afterTax} testId="election-after-tax" />
          </div>
          {plan.ceiling ? (
            <p className="mt-3 text-sm text-muted" data-testid="planner-ceiling">
              Both are rounded down to what your plan accepts, so you never go over a limit. No paycheck gives more than{" "}
              {cents(plan.ceiling.perRegularPaycheck)} in all: {plan.ceiling.why}.
            </p>
          ) : (
            <p className="mt-3 text-sm text-muted">
              Both are rounded down to what your plan accepts, so you never go over a limit. The plan
              counts the whole paycheck as available: Social Security, Medicare and income tax are
              withheld from it too, and many plans cap your total contributions at a share of pay,
              so give your take-home pay on the paycheck page to keep every paycheck fundable.
            </p>
          )}
        </>
      )}
      {/* The workings behind the elections: folded, so a phone shows what to set first. */}
      {plan.warnings.length > 0 && (
        <Fold summary={`About this plan: ${plan.warnings.length} note${plan.warnings.length === 1 ? "" : "s"} to read before you set it`} testId="planner-warnings-fold">
          <PlannerWarnings plan={plan} />
        </Fold>
      )}
      <Fold summary="Every paycheck left, the year's totals and the path to the max" testId="planner-workings">
        <YearSummary plan={plan} />
        <h3 className="mt-8 text-xl font-bold">Path to the max</h3>
        <PathToMaxChart plan={plan} />
        <PaycheckTable plan={plan} rows={plan.rows} caption="Every paycheck left, with these elections" testId="paycheck-table" />
        <FrontLoad plan={plan} />
      </Fold>
    </>
  );
}

function Election({ title, election, testId }: { title: string; election: ElectionToSet; testId: string }) {
  return (
    <div className="border-2 border-ink p-3 sm:p-4" data-testid={testId}>
      <p className="text-sm text-muted sm:text-base">{title}</p>
      <p className="text-2xl font-bold sm:text-4xl">{election.basisPoints === null ? cents(election.perPaycheck) : election.label}</p>
      <p className="mt-1 text-sm sm:text-base">
        {election.basisPoints === null
          ? `per paycheck (${formatPercent(election.percentOfPay)} of a regular paycheck, rounded down)`
          : `of pay: ${cents(election.perPaycheck)} from a regular paycheck`}
      </p>
    </div>
  );
}

function YearSummary({ plan }: { plan: PlanReady }) {
  const { totals, limits, leftOnTable, yearEnd } = plan;
  return (
    <table className="mt-6 w-full border-collapse text-left" data-testid="planner-summary">
      <caption className="sr-only">Your year with this plan</caption>
      <tbody>
        <SummaryRow label={`Deferrals to this plan for the year, of your ${formatUsd(limits.deferralTarget)} target`} value={cents(totals.deferrals)} />
        <SummaryRow label="Employer match for the year" value={cents(totals.match)} />
        {yearEnd.trueUp > 0 && <SummaryRow label="… of which the true-up after the year" value={cents(yearEnd.trueUp)} muted />}
        {totals.nonelective > 0 && <SummaryRow label="Other employer money" value={cents(totals.nonelective)} />}
        <SummaryRow label="After-tax contributions for the year" value={cents(totals.afterTax)} />
        <SummaryRow
          label={`Counted toward the annual additions limit (IRC §415(c)) of ${formatUsd(limits.annualAdditionsLimit)}`}
          value={cents(totals.annualAdditions)}
          strong
        />
        <SummaryRow label="Left on the table by rounding the elections" value={cents(leftOnTable.byRounding)} testId="left-by-rounding" />
        {leftOnTable.annualAdditions > leftOnTable.byRounding && (
          <SummaryRow label="Room unused at year end, in all" value={cents(leftOnTable.annualAdditions)} muted />
        )}
      </tbody>
    </table>
  );
}

function SummaryRow({ label, value, strong, muted, testId }: { label: string; value: string; strong?: boolean; muted?: boolean; testId?: string }) {
  return (
    <tr className={`border-b border-gray-300 ${muted ? "text-muted" : ""}`} data-testid={testId}>
      <th scope="row" className={`py-2 pr-4 ${strong ? "font-bold" : "font-normal"}`}>
        {label}
      </th>
      <td className={`py-2 text-right tabular-nums whitespace-nowrap ${strong ? "font-bold" : ""}`}>{value}</td>
    </tr>
  );
}

function PlannerWarnings({ plan }: { plan: PlanReady }) {
  if (plan.warnings.length === 0) return null;
  return (
    <ul className="mt-6 space-y-3" data-testid="planner-warnings">
      {plan.warnings.map((warning) => (
        <li key={warning.code} data-code={warning.code} className="border-l-4 border-yellow-500 pl-4">
          {warning.message} <span className="block text-sm text-muted">{warning.citation}</span>
        </li>
      ))}
    </ul>
  );
}

function PaycheckTable({ plan, rows, caption, testId }: { plan: PlanReady; rows: readonly PaycheckRow[]; caption: string; testId: string }) {
  if (rows.length === 0) return null;
  const { limits } = plan;
  return (
    <div className="scroll-cue mt-6 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left text-sm" data-testid={testId}>
        <caption className="text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-1 pr-3">Pay date</th>
            <th scope="col" className="py-1 pr-3 text-right">Pay</th>
            <th scope="col" className="py-1 pr-3 text-right">Pre-tax / Roth</th>
            <th scope="col" className="py-1 pr-3 text-right">After-tax</th>
            <th scope="col" className="py-1 pr-3 text-right">Match</th>
            <th scope="col" className="py-1 pr-3 text-right">Deferrals so far, of {formatUsd(limits.deferralLimit)}</th>
            <th scope="col" className="py-1 text-right">Counted so far, of {formatUsd(limits.annualAdditionsLimit)}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.date}-${row.kind}-${index}`} className="border-b border-gray-300">
              <th scope="row" className="py-1 pr-3 font-normal">
                {formatDate(row.date)}
                {row.kind === "bonus" ? " (bonus)" : ""}
              </th>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{cents(row.pay)}</td>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{cents(row.deferral)}</td>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{cents(row.afterTax)}</td>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{cents(row.match)}</td>
              <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{cents(row.deferralsToDate)}</td>
              <td className="py-1 text-right tabular-nums whitespace-nowrap">{cents(row.annualAdditionsToDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FrontLoad({ plan }: { plan: PlanReady }) {
  const front = plan.frontLoad;
  if (!front || !front.offered || !front.contributionsDoneOn) return null;
  const lastPaycheck = plan.rows.at(-1)?.date;
  // Shown whenever the person said how much of a paycheck they could put in: their answer is what this schedule is about.
  const answered = front.basisPoints !== DEFAULT_FRONT_LOAD_BASIS_POINTS;
  if (front.contributionsDoneOn === lastPaycheck && !answered) return null;
  return (
    <details className="mt-8" data-testid="front-load">
      <summary className="cursor-pointer text-xl font-bold">
        {front.contributionsDoneOn === lastPaycheck
          ? `Putting in up to ${formatPercent(front.basisPoints)} of each paycheck: no faster with ${plan.rows.length === 1 ? "one paycheck" : `${plan.rows.length} paychecks`} left`
          : `A faster schedule: reach the limits by ${formatDate(front.contributionsDoneOn)}`}
      </summary>
      <p className="mt-3">
        Putting in up to {formatPercent(front.basisPoints)} of each paycheck, deferrals first, reaches your deferral target by{" "}
        {front.deferralsDoneOn ? formatDate(front.deferralsDoneOn) : "—"} and the annual additions limit by{" "}
        {formatDate(front.contributionsDoneOn)}, so your money is invested sooner. Change your elections on the paychecks where the
        amounts change below.
        {front.yearEnd.trueUp > 0 && (
          <> Your plan&apos;s true-up adds {cents(front.yearEnd.trueUp)} of match after the year, so no match is lost.</>
        )}
      </p>
      <PaycheckTable plan={plan} rows={front.rows} caption="Every paycheck left, front-loaded" testId="front-load-table" />
    </details>
  );
}
