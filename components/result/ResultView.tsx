// The result as the page shows it: renders `resultFor` and works nothing out. The PDF prints
// the same result; the page route only loads the draft and passes the server action in.
import type { ReactNode } from "react";
import Link from "next/link";
import { formatUsd } from "@/lib/money";
import { roomRowValue, type ReadyResult, type RoomRow } from "@/lib/result/result";
import type { Alternative, Reason, Status } from "@/lib/rules/result";
import { PlannerSection } from "@/components/planner/PlannerSection";
import { Fold } from "./Fold";
import { RoomBar } from "./RoomBar";
import { SavingOrderSection } from "./SavingOrderSection";
import { ProjectionSection, type AssumptionsFormState } from "./ProjectionSection";

export interface ResultViewProps {
  readonly result: ReadyResult;
  /** Where "Change your answers" leads. */
  readonly changeHref: string;
  /** The assumptions form sent back with a mistake, or null. */
  readonly assumptionsForm: AssumptionsFormState | null;
  /** The server action that saves the projection's assumptions. */
  readonly saveAssumptions: (formData: FormData) => void | Promise<void>;
  /** "Plan next year now", from October on: shown right after the verdict. */
  readonly nextYear?: ReactNode;
}

export function ResultView({ result, changeHref, assumptionsForm, saveAssumptions, nextYear = null }: ResultViewProps) {
  if (result.kind === "early") {
    return (
      <>
        <Verdict status={result.status} text={result.verdict} />
        <DownloadChecklist />
        <Reasons reasons={result.reasons} />
        <Alternatives alternatives={result.alternatives} />
        <SavingOrderSection order={result.savingOrder} />
        <ChangeAnswers href={changeHref} />
        <Disclaimer />
      </>
    );
  }
  // A phone shows what to do (with its dates) first, then the figures; the workings, the
  // citations, the tables and the projection sit behind <details> that open without JavaScript.
  return (
    <>
      <Verdict status={result.status} text={result.verdict} nextAction={result.questionsFirst ? undefined : result.headline?.sentence} />
      {nextYear}
      <div data-testid="actions">
        {result.questionsFirst && <Questions result={result} />}
        <Checklist result={result} />
        <Deadlines result={result} />
        {result.checklist.length > 0 && <DownloadChecklist />}
      </div>
      {result.lookBack && <LookBackSection result={result} />}
      {result.room && <RoomSection result={result} />}
      <PlannerSection plan={result.plan} problems={result.planProblems} />
      {result.matchTiming && (
        <p className="mt-4" data-testid="match-timing">
          {result.matchTiming}
        </p>
      )}
      {result.route && (
        <p className="mt-6 text-lg" data-testid="route">
          {result.route}
        </p>
      )}
      {!result.questionsFirst && <Questions result={result} />}
      {result.warnings.length > 0 && (
        <Fold summary={`Watch out for: ${result.warnings.length} thing${result.warnings.length === 1 ? "" : "s"} that can go wrong, with the rules`} testId="warnings-fold">
          <Warnings result={result} />
        </Fold>
      )}
      <Reasons reasons={result.reasons} folded />
      <Fold summary="What comes first: the order of saving" testId="saving-order-fold">
        <SavingOrderSection order={result.savingOrder} />
      </Fold>
      {result.projection && (
        <Fold summary="Is it worth it? Roth against a taxable account, year by year" open={assumptionsForm !== null} testId="projection-fold">
          <ProjectionSection projection={result.projection} form={assumptionsForm} saveAssumptions={saveAssumptions} />
        </Fold>
      )}
      <Alternatives alternatives={result.alternatives} folded />
      <ChangeAnswers href={changeHref} />
      <Disclaimer />
    </>
  );
}

/** The verdict, and with it the one thing to do next, so a phone shows both before any figure. */
function Verdict({ status, text, nextAction }: { status: Status; text: string; nextAction?: string }) {
  const border = status === "eligible" ? "border-success" : status === "not_eligible" ? "border-error" : "border-yellow-500";
  return (
    <div className={`border-l-8 ${border} bg-gray-50 p-5`}>
      <p className="text-sm font-bold uppercase tracking-wide text-muted">Your result</p>
      <h1 className="mt-1 text-2xl font-bold sm:text-3xl" data-testid="verdict">
        {text}
      </h1>
      {status === "needs_info" && (
        <p className="mt-3 text-lg">
          <Link href="/check/plan-document">Find the answers in your plan document</Link>
        </p>
      )}
      {nextAction && (
        <p className="mt-3 text-lg" data-testid="next-action">
          <span className="font-bold">What to do now: </span>
          {nextAction}
        </p>
      )}
    </div>
  );
}

function LookBackSection({ result }: { result: ReadyResult }) {
  const lookBack = result.lookBack!;
  return (
    <section aria-labelledby="look-back-title" className="mt-8" data-testid="look-back">
      <h2 id="look-back-title" className="text-2xl font-bold">
        Looking back at {result.taxYear}
      </h2>
      {lookBack.lines.map((line) => (
        <p key={line} className="mt-3 text-lg">
          {line}
        </p>
      ))}
      {lookBack.corrections.length > 0 && (
        <ul className="mt-3 space-y-3" data-testid="corrections">
          {lookBack.corrections.map((line) => (
            <li key={line} className="border-l-4 border-error pl-4">
              {line}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function RoomSection({ result }: { result: ReadyResult }) {
  const room = result.room!;
  const headline = result.headline;
  return (
    <section aria-labelledby="room-title" className="mt-8">
      <h2 id="room-title" className="text-2xl font-bold">
        {room.title}
      </h2>
      {/* Side by side even on a phone: the two figures are read together. */}
      <div className="mt-4 grid grid-cols-2 gap-3 sm:gap-4">
        <div className="border-2 border-ink p-3 sm:p-4">
          <p className="text-sm text-muted sm:text-base">After-tax room for the year</p>
          <p className="text-xl font-bold sm:text-4xl" data-testid="after-tax-room" data-code="AFTER_TAX_ROOM">
            {formatUsd(room.afterTaxRoom)}
          </p>
        </div>
        <div className="border-2 border-ink p-3 sm:p-4">
          <p className="text-sm text-muted sm:text-base">{room.remainingLabel}</p>
          <p className="text-xl font-bold sm:text-4xl" data-testid="after-tax-remaining" data-code="LEFT_TO_CONTRIBUTE">
            {formatUsd(room.leftToContribute)}
          </p>
        </div>
      </div>
      {headline && (
        <div className="mt-4 sm:text-lg" data-testid="per-paycheck">
          <p data-testid="paychecks-left">{headline.paychecksLeftText}</p>
          <p className="mt-2 font-bold" data-testid="headline-election">
            {headline.sentence}
          </p>
          {headline.unusedText && (
            <p className="mt-2" data-testid="headline-unused">
              {headline.unusedText}
            </p>
          )}
          {headline.payCapNote && (
            <p className="mt-2" data-testid="pay-cap-note">
              {headline.payCapNote}
            </p>
          )}
          {headline.source === "plan" && (
            <p className="mt-2">
              <a href="#planner-title">Your paycheck plan</a> below shows every paycheck left.
            </p>
          )}
          {headline.source === "estimate" && (
            <p className="mt-2">
              <Link href="/check/paychecks?returnTo=answers">Plan your paychecks from your latest pay stub</Link>
            </p>
          )}
        </div>
      )}
      <Fold summary="How your room is worked out" testId="room-workings">
        <RoomBar room={room.bar} />
        <table className="mt-4 w-full border-collapse text-left">
          <caption className="sr-only">How your after-tax room is worked out</caption>
          <tbody>
            {room.rows.map((row) => (
              <Row key={row.code} row={row} />
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm text-muted">{room.figuresSource}</p>
      </Fold>
    </section>
  );
}

/** One line of the room's sum, with its code and the rule behind it, so a figure leads to its rule. */
function Row({ row }: { row: RoomRow }) {
  return (
    <tr className={`border-b border-gray-300 ${row.muted ? "text-muted" : ""}`} data-code={row.code} title={row.citation}>
      <th scope="row" className={`py-2 pr-4 ${row.strong ? "font-bold" : "font-normal"}`}>
        {row.label}
      </th>
      <td className={`py-2 text-right tabular-nums whitespace-nowrap ${row.strong ? "font-bold" : ""}`}>{roomRowValue(row)}</td>
    </tr>
  );
}

function Reasons({ reasons, folded = false }: { reasons: readonly Reason[]; folded?: boolean }) {
  if (reasons.length === 0) return null;
  const list = (
    <ul className="mt-3 space-y-3">
      {reasons.map((reason) => (
        <li key={reason.code} data-code={reason.code}>
          {reason.message} <span className="text-sm text-muted">({reason.citation})</span>
        </li>
      ))}
    </ul>
  );
  if (folded) return <Fold summary="Why: the rules behind this result, with their citations">{list}</Fold>;
  return (
    <section aria-labelledby="why-title" className="mt-8">
      <h2 id="why-title" className="text-2xl font-bold">
        Why
      </h2>
      {list}
    </section>
  );
}

function Questions({ result }: { result: ReadyResult }) {
  if (result.questions.length === 0) return null;
  return (
    <section aria-labelledby="questions-title" className="mt-8" data-testid="questions">
      <h2 id="questions-title" className="text-2xl font-bold">
        Questions for your plan administrator
      </h2>
      <p className="mt-2">Copy these into an email to HR or the plan&apos;s service provider.</p>
      <ol className="mt-3 list-decimal space-y-3 pl-6">
        {result.questions.map((question) => (
          <li key={question.code}>
            {question.question}
            {question.lookFor && <span className="block text-sm text-muted">{question.lookFor}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Warnings({ result }: { result: ReadyResult }) {
  if (result.warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-title" className="mt-8">
      <h2 id="warnings-title" className="text-2xl font-bold">
        Watch out for
      </h2>
      <ul className="mt-3 space-y-4">
        {result.warnings.map((warning) => (
          <li key={warning.code} data-code={warning.code} className="border-l-4 border-yellow-500 pl-4">
            {warning.message} <span className="block text-sm text-muted">{warning.citation}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Checklist({ result }: { result: ReadyResult }) {
  if (result.checklist.length === 0) return null;
  return (
    <section aria-labelledby="checklist-title" className="mt-8">
      <h2 id="checklist-title" className="text-2xl font-bold">
        What to do next
      </h2>
      <ol className="mt-3 space-y-3">
        {result.checklist.map((item) => (
          <li key={item.code} className="flex gap-3" data-code={item.code}>
            <span className="font-bold tabular-nums">{item.number}.</span>
            <span>
              {item.text} <span className="whitespace-nowrap text-sm font-bold text-muted">[{item.status}]</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function Deadlines({ result }: { result: ReadyResult }) {
  if (result.deadlines.length === 0) return null;
  return (
    <section aria-labelledby="deadlines-title" className="mt-8" data-testid="deadlines">
      <h2 id="deadlines-title" className="text-2xl font-bold">
        Dates to keep
      </h2>
      <ul className="mt-3 space-y-2">
        {result.deadlines.map((deadline) => (
          <li key={deadline.code} data-code={deadline.code}>
            {deadline.text} <span className="text-sm text-muted">({deadline.citation})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Alternatives({ alternatives, folded = false }: { alternatives: readonly Alternative[]; folded?: boolean }) {
  if (alternatives.length === 0) return null;
  const section = (
    <section aria-labelledby="instead-title" className={folded ? "" : "mt-8"}>
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
  return folded ? <Fold summary="What you can do instead, or as well">{section}</Fold> : section;
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
      </a>{" "}
      <Link href="/check/checklist" className="ml-4 inline-block py-1">
        Checklist as a web page (to read aloud or print)
      </Link>
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
