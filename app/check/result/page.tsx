import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StepFrame } from "@/components/wizard/StepFrame";
import { RoomBar } from "@/components/result/RoomBar";
import { PlannerSection } from "@/components/planner/PlannerSection";
import { plannerInputFor } from "@/lib/wizard/planner-input";
import { formatUsd, toCents } from "@/lib/money";
import type { Alternative, Evaluation, Reason, Status } from "@/lib/rules/result";
import { guard, previousBefore } from "@/lib/wizard/journey";
import { CHECKLIST_STATUS_LABEL, outcomeFor, ROUTE_TEXT, VERDICT } from "@/lib/wizard/verdict";
import { loadWizard, stepContext } from "@/app/_server/wizard-session";
import { serverToday } from "@/lib/server/clock.server";

export const metadata: Metadata = { title: "Your result" };

const money = (dollars: number) => formatUsd(toCents(dollars));

export default async function ResultPage() {
  const loaded = await loadWizard();
  if (!loaded) redirect("/check/after-tax");
  const { draft } = loaded;
  const elsewhere = guard("result", draft);
  if (elsewhere) redirect(`/check/${elsewhere}`);
  const previous = previousBefore("result", draft);
  const backHref = previous ? `/check/${previous}` : "/";

  const outcome = outcomeFor(draft, stepContext().currentYear);
  if (outcome.kind === "incomplete") redirect("/check/answers");

  if (outcome.kind === "early") {
    const early = outcome.verdict;
    return (
      <StepFrame section={5} backHref={backHref} hasSession>
        <Verdict status={early.status} />
        <DownloadChecklist />
        <Reasons reasons={early.reasons} />
        <Alternatives alternatives={early.alternatives} />
        <ChangeAnswers href={`/check/${previous ?? "after-tax"}`} />
        <Disclaimer />
      </StepFrame>
    );
  }

  const { evaluation } = outcome;
  return (
    <StepFrame section={5} backHref={backHref} hasSession>
      <Verdict status={evaluation.status} />
      <DownloadChecklist />
      {evaluation.room && evaluation.limits && (
        <RoomSection evaluation={evaluation} paycheckPlan={evaluation.status !== "not_eligible" && plannerInputFor(draft) !== undefined} />
      )}
      {evaluation.status !== "not_eligible" && <PlannerSection draft={draft} today={serverToday().toISOString().slice(0, 10)} />}
      {evaluation.route && evaluation.status === "eligible" && (
        <p className="mt-6 text-lg" data-testid="route">
          {ROUTE_TEXT[evaluation.route]}
        </p>
      )}
      <Reasons reasons={evaluation.reasons} />
      <Questions evaluation={evaluation} />
      <Warnings evaluation={evaluation} />
      <Checklist evaluation={evaluation} />
      {evaluation.checklist.length > 0 && <DownloadChecklist />}
      <Alternatives alternatives={evaluation.alternatives} />
      <ChangeAnswers href="/check/answers" />
      <Disclaimer />
    </StepFrame>
  );
}

function Verdict({ status }: { status: Status }) {
  const border = status === "eligible" ? "border-success" : status === "not_eligible" ? "border-error" : "border-yellow-500";
  return (
    <div className={`border-l-8 ${border} bg-gray-50 p-5`}>
      <p className="text-sm font-bold uppercase tracking-wide text-muted">Your result</p>
      <h1 className="mt-1 text-3xl font-bold" data-testid="verdict">
        {VERDICT[status]}
      </h1>
    </div>
  );
}

/** `paycheckPlan`: the paycheck plan below sets the elections for the paychecks left. */
function RoomSection({ evaluation, paycheckPlan }: { evaluation: Evaluation; paycheckPlan: boolean }) {
  const room = evaluation.room!;
  const limits = evaluation.limits!;
  const per = room.perPaycheck;
  return (
    <section aria-labelledby="room-title" className="mt-8">
      <h2 id="room-title" className="text-2xl font-bold">
        Your after-tax room for {limits.taxYear}
      </h2>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="border-2 border-ink p-4">
          <p className="text-muted">After-tax room for the year</p>
          <p className="text-4xl font-bold" data-testid="after-tax-room">
            {money(room.afterTaxRoom)}
          </p>
        </div>
        <div className="border-2 border-ink p-4">
          <p className="text-muted">Left to contribute this year</p>
          <p className="text-4xl font-bold" data-testid="after-tax-remaining">
            {money(room.afterTaxRemaining)}
          </p>
        </div>
      </div>
      {paycheckPlan && (
        <p className="mt-4 text-lg" data-testid="per-paycheck">
          Evenly over the year that is {per ? <strong>{formatUsd(toCents(per.amount), { cents: true })}</strong> : "an equal amount"} a
          paycheck. <a href="#planner-title">Your paycheck plan</a> below sets the elections for the paychecks left this year,
          from your latest pay stub and how your plan pays the match.
        </p>
      )}
      {!paycheckPlan && per && per.amount > 0 && (
        <p className="mt-4 text-lg" data-testid="per-paycheck">
          That is <strong>{formatUsd(toCents(per.amount), { cents: true })}</strong> from each of {per.periods} paychecks
          {per.percentOfPayWhole !== null && (
            <>
              {" "}
              — an after-tax election of <strong>{per.percentOfPayWhole}% of pay</strong> (rounded down, so you never go over)
            </>
          )}
          .
        </p>
      )}
      <RoomBar room={room} />
      <table className="mt-4 w-full border-collapse text-left">
        <caption className="sr-only">How your after-tax room is worked out</caption>
        <tbody>
          <Row label={`Annual additions limit (IRC §415(c)): the lesser of ${money(limits.annualAdditions)} and your pay`} value={money(room.annualAdditionsLimit)} />
          <Row label="Minus your deferrals to this plan that count" value={`− ${money(room.deferralsCounted)}`} />
          {room.catchUpExcluded > 0 && (
            <Row label="(Catch-up contributions, not counted: IRC §414(v)(3)(A))" value={money(room.catchUpExcluded)} muted />
          )}
          <Row label="Minus employer money (match and other contributions)" value={`− ${money(room.employerContributions)}`} />
          {room.planCapApplied && room.planCap !== null && (
            <Row label="Capped by your plan's own after-tax limit" value={money(room.planCap)} muted />
          )}
          <Row label="After-tax room" value={money(room.afterTaxRoom)} strong />
          {room.afterTaxYearToDate > 0 && (
            <>
              <Row label="Minus after-tax contributions already made" value={`− ${money(room.afterTaxYearToDate)}`} />
              <Row label="Left to contribute" value={money(room.afterTaxRemaining)} strong />
            </>
          )}
        </tbody>
      </table>
      <p className="mt-2 text-sm text-muted">
        Figures for {limits.taxYear}: {limits.source}
      </p>
    </section>
  );
}

function Row({ label, value, strong, muted }: { label: string; value: string; strong?: boolean; muted?: boolean }) {
  return (
    <tr className={`border-b border-gray-300 ${muted ? "text-muted" : ""}`}>
      <th scope="row" className={`py-2 pr-4 ${strong ? "font-bold" : "font-normal"}`}>
        {label}
      </th>
      <td className={`py-2 text-right tabular-nums ${strong ? "font-bold" : ""}`}>{value}</td>
    </tr>
  );
}

function Reasons({ reasons }: { reasons: readonly Reason[] }) {
  if (reasons.length === 0) return null;
  return (
    <section aria-labelledby="why-title" className="mt-8">
      <h2 id="why-title" className="text-2xl font-bold">
        Why
      </h2>
      <ul className="mt-3 space-y-3">
        {reasons.map((reason) => (
          <li key={reason.code} data-code={reason.code}>
            {reason.message} <span className="text-sm text-muted">({reason.citation})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Questions({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.questionsForPlan.length === 0) return null;
  return (
    <section aria-labelledby="questions-title" className="mt-8" data-testid="questions">
      <h2 id="questions-title" className="text-2xl font-bold">
        Questions for your plan administrator
      </h2>
      <p className="mt-2">Copy these into an email to HR or the plan&apos;s service provider.</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {evaluation.questionsForPlan.map((question) => (
          <li key={question.code}>
            {question.question}
            {question.lookFor.length > 0 && (
              <span className="block text-sm text-muted">
                In the Summary Plan Description, look for: {question.lookFor.map((phrase) => `“${phrase}”`).join(", ")}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Warnings({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="mt-8">
      <h2 id="warnings-title" className="text-2xl font-bold">
        Watch out for
      </h2>
      <ul className="mt-3 space-y-4">
        {evaluation.warnings.map((warning) => (
          <li key={warning.code} data-code={warning.code} className="border-l-4 border-yellow-500 pl-4">
            {warning.message} <span className="block text-sm text-muted">{warning.citation}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Checklist({ evaluation }: { evaluation: Evaluation }) {
  if (evaluation.checklist.length === 0) return null;
  return (
    <section aria-labelledby="checklist-title" className="mt-8">
      <h2 id="checklist-title" className="text-2xl font-bold">
        What to do next
      </h2>
      <ol className="mt-3 space-y-3">
        {evaluation.checklist.map((item, index) => (
          <li key={item.code} className="flex gap-3">
            <span className="font-bold tabular-nums">{index + 1}.</span>
            <span>
              {item.text} <span className="whitespace-nowrap text-sm font-bold text-muted">[{CHECKLIST_STATUS_LABEL[item.status]}]</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Alternatives({ alternatives }: { alternatives: readonly Alternative[] }) {
  if (alternatives.length === 0) return null;
  return (
    <section aria-labelledby="instead-title" className="mt-8">
      <h2 id="instead-title" className="text-2xl font-bold">
        What you can do instead
      </h2>
      <ul className="mt-3 space-y-4">
        {alternatives.map((alternative) => (
          <li key={alternative.code}>
            <h3 className="font-bold">{alternative.title}</h3>
            <p>
              {alternative.text} <span className="text-sm text-muted">({alternative.citation})</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A plain link, so the download works with JavaScript off. */
function DownloadChecklist() {
  return (
    <p className="mt-6">
      <a
        href="/api/checklist.pdf"
        download
        className="inline-block bg-gray-200 px-4 py-2 font-bold text-ink no-underline shadow-[0_2px_0_#0b0c0c] hover:bg-gray-300"
      >
        Download checklist (PDF)
      </a>
    </p>
  );
}

function ChangeAnswers({ href }: { href: string }) {
  return (
    <p className="mt-10">
      <Link href={href}>Change your answers</Link>
    </p>
  );
}

function Disclaimer() {
  return (
    <p className="mt-6 text-sm text-muted" data-testid="disclaimer">
      This is guidance, not tax advice: your plan document and your tax adviser have the final word.
    </p>
  );
}
