export default function StartPage() {
  return (
    <div className="space-y-6">
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
      <h2 className="text-xl font-bold">Have these at hand</h2>
      <ul className="list-disc space-y-1 pl-6">
        <li>your plan&apos;s Summary Plan Description (from HR or the plan website)</li>
        <li>your latest pay stub</li>
      </ul>
      <p>It takes about 5 minutes. You can save your answers and come back later.</p>
    </div>
  );
}
