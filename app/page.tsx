import Link from "next/link";
import { startCheck } from "./check/actions";

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function StartPage({ searchParams }: Props) {
  const deleted = (await searchParams).deleted === "1";
  return (
    <div className="space-y-6">
      {deleted && (
        <div role="status" className="border-l-8 border-success bg-green-50 p-4 font-bold">
          Your answers have been deleted.
        </div>
      )}
      <h1 className="text-3xl font-bold">Can you do a mega backdoor Roth?</h1>
      <p className="text-lg">
        Find out whether your 401(k) plan lets you put after-tax money in and move it into Roth,
        how many dollars of after-tax room you have this year, and exactly what to do next.
      </p>
      <h2 className="text-xl font-bold">What the check tells you</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>whether your plan allows after-tax contributions, and a way to move them into Roth</li>
        <li>your after-tax room under the IRS annual additions limit (IRC §415(c))</li>
        <li>the route into Roth that fits your plan, with the warnings that apply to you</li>
        <li>questions to ask your plan administrator where you are not sure</li>
      </ul>
      <h2 className="text-xl font-bold">Who it is for</h2>
      <ul className="list-disc space-y-1 pl-6" data-testid="who-it-is-for">
        <li>
          people with a 401(k) or a 403(b) plan that takes after-tax (non-Roth) contributions, who already take the full
          employer match, reach their deferral limit (or plan to) and have more to save
        </li>
        <li>a health savings account and a backdoor Roth IRA usually come first or alongside: the result shows the order</li>
      </ul>
      <h2 className="text-xl font-bold">Who it is not for</h2>
      <ul className="list-disc space-y-1 pl-6" data-testid="who-it-is-not-for">
        <li>a governmental 457(b) plan: it has no after-tax contributions to convert</li>
        <li>
          self-employed people with a solo 401(k): your plan compensation is net earnings from self-employment (IRC
          §401(c)(2)), which this check does not work out
        </li>
      </ul>
      <h2 className="text-xl font-bold">Have these at hand</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>your plan&apos;s Summary Plan Description (from HR or the plan website)</li>
        <li>your latest pay stub</li>
      </ul>
      <p>
        It takes about 10 minutes, or about 15 if you also plan each paycheck from your pay stub. You can
        save your answers and come back later from a private link.
        Nothing personal is stored: no name, email, employer or birthdate.
      </p>
      <p>
        Not sure what your plan allows? <Link href="/check/plan-document">Find the answers in my plan document</Link>.
      </p>
      <p className="text-muted">The result is guidance, not tax advice.</p>
      <form action={startCheck}>
        <button
          type="submit"
          className="bg-success px-6 py-3 text-xl font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900"
        >
          Start now <span aria-hidden="true">›</span>
        </button>
      </form>
    </div>
  );
}
