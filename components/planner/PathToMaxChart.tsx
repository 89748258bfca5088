import { formatUsd } from "@/lib/money";
import { formatDate, formatShortDate } from "@/lib/planner/dates";
import type { PlanReady } from "@/lib/planner/types";

/** One column's stack: everything counted toward §415(c) up to and including that paycheck. */
interface Column {
  readonly key: string;
  readonly label: string;
  readonly longLabel: string;
  readonly deferrals: number;
  readonly match: number;
  readonly afterTax: number;
}

function columnsOf(plan: PlanReady): Column[] {
  let match = plan.yearToDate.match;
  let afterTax = plan.yearToDate.afterTax;
  const columns: Column[] = plan.rows.map((row, index) => {
    match += row.match;
    afterTax += row.afterTax;
    const bonus = row.kind === "bonus" ? " (bonus)" : "";
    return {
      key: `${row.date}-${row.kind}-${index}`,
      label: formatShortDate(row.date) + (row.kind === "bonus" ? "*" : ""),
      longLabel: formatDate(row.date) + bonus,
      deferrals: row.annualAdditionsToDate - match - afterTax,
      match,
      afterTax,
    };
  });
  const employerAtYearEnd = plan.yearEnd.trueUp + plan.yearEnd.fixedMatch + plan.yearEnd.nonelective;
  if (employerAtYearEnd > 0) {
    columns.push({
      key: "year-end",
      label: "Year end",
      longLabel: "Year end (match true-up and other employer money)",
      deferrals: plan.totals.deferrals - plan.totals.catchUpExcluded,
      match: plan.totals.match + plan.totals.nonelective,
      afterTax: plan.totals.afterTax,
    });
  }
  return columns;
}

const PARTS = [
  { key: "deferrals", label: "Your pre-tax and Roth deferrals", pattern: "deferrals" },
  { key: "match", label: "Employer match (and other employer money)", pattern: "match" },
  { key: "afterTax", label: "Your after-tax contributions", pattern: "after-tax" },
] as const;

/**
 * Two drawings of one chart, since an SVG's text shrinks with it: a 720-unit one shown from
 * 768 px up (drawn at scale 1 or more), and a 360-unit one for phones, which a 375 px screen
 * draws at about 0.95, so its 13-unit labels render at 12 px or more.
 */
const GEOMETRY = {
  wide: { width: 720, height: 300, margin: { top: 28, right: 12, bottom: 44, left: 64 }, fontSize: 12, maxLabels: 8 },
  narrow: { width: 360, height: 260, margin: { top: 30, right: 8, bottom: 40, left: 60 }, fontSize: 13, maxLabels: 4 },
} as const;
type Variant = keyof typeof GEOMETRY;

/**
 * "Path to the max": one column per paycheck left, stacked by deferrals, match and after-tax,
 * climbing to the §415(c) line. Server-rendered SVG; each part has a pattern as well as a colour
 * and the legend names it, so it reads in greyscale; the table below it has every figure.
 */
export function PathToMaxChart({ plan }: { plan: PlanReady }) {
  const columns = columnsOf(plan);
  if (columns.length === 0) return null;
  const limit = plan.limits.annualAdditionsLimit;

  return (
    <figure className="mt-6" data-testid="path-to-max">
      {/* The fill patterns, once for both drawings and the legend, outside anything display: none. */}
      <svg width="0" height="0" aria-hidden="true" className="absolute">
        <defs>
          <pattern id="ptm-deferrals" width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill="#1d4ed8" />
          </pattern>
          <pattern id="ptm-match" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#166534" />
            <rect width="3" height="8" fill="#86efac" />
          </pattern>
          <pattern id="ptm-after-tax" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#fde68a" />
            <circle cx="4" cy="4" r="1.6" fill="#92400e" />
          </pattern>
        </defs>
      </svg>
      <ChartDrawing plan={plan} columns={columns} variant="narrow" />
      <ChartDrawing plan={plan} columns={columns} variant="wide" />
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {PARTS.map((part) => (
          <span key={part.key} className="inline-flex items-center gap-2">
            <svg width="24" height="16" aria-hidden="true" className="border border-ink">
              <rect width="24" height="16" fill={`url(#ptm-${part.pattern})`} />
            </svg>
            {part.label}
          </span>
        ))}
        <span className="inline-flex items-center gap-2">
          <svg width="24" height="16" aria-hidden="true">
            <line x1="0" x2="24" y1="8" y2="8" stroke="#b91c1c" strokeWidth="2" strokeDasharray="6 3" />
          </svg>
          Annual additions limit
        </span>
        {columns.some((column) => column.label.endsWith("*")) && <span>* bonus paycheck</span>}
      </figcaption>
      {/* A narrow screen scrolls the table, not the page; the region can take focus to scroll by keyboard. */}
      <div className="scroll-cue mt-4 overflow-x-auto" role="region" aria-label="Path to the max, as a table" tabIndex={0}>
        <table className="w-full border-collapse text-left text-sm" data-testid="path-to-max-table">
          <caption className="text-left font-bold">Path to the max, as a table: totals so far after each paycheck</caption>
          <thead>
            {/* Running totals, named "so far" as in the paycheck plan's table, whose "Match" is one paycheck's. */}
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-1 pr-3">Paycheck</th>
              <th scope="col" className="py-1 pr-3 text-right">Deferrals so far</th>
              <th scope="col" className="py-1 pr-3 text-right">Match so far</th>
              <th scope="col" className="py-1 pr-3 text-right">After-tax so far</th>
              <th scope="col" className="py-1 text-right">Counted so far, of {formatUsd(limit)}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.key} className="border-b border-gray-300">
                <th scope="row" className="py-1 pr-3 font-normal">{column.longLabel}</th>
                <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatUsd(column.deferrals, { cents: true })}</td>
                <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatUsd(column.match, { cents: true })}</td>
                <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatUsd(column.afterTax, { cents: true })}</td>
                <td className="py-1 text-right tabular-nums whitespace-nowrap">{formatUsd(column.deferrals + column.match + column.afterTax, { cents: true })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function ChartDrawing({ plan, columns, variant }: { plan: PlanReady; columns: Column[]; variant: Variant }) {
  const limit = plan.limits.annualAdditionsLimit;
  const top = Math.max(limit, ...columns.map((column) => column.deferrals + column.match + column.afterTax));
  const { width: WIDTH, height: HEIGHT, margin: MARGIN, fontSize, maxLabels } = GEOMETRY[variant];
  const id = (name: string) => `ptm-${variant}-${name}`;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (cents: number) => MARGIN.top + plotHeight - (cents / top) * plotHeight;
  const slot = plotWidth / columns.length;
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(columns.length / maxLabels);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => Math.round(top * share));
  const last = columns.at(-1)!;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      className={`h-auto w-full border border-gray-300 bg-white ${variant === "wide" ? "hidden max-w-3xl md:block" : "max-w-md md:hidden"}`}
      data-variant={variant}
      role="img"
      aria-labelledby={`${id("title")} ${id("desc")}`}
    >
      <title id={id("title")}>Path to the max</title>
      <desc id={id("desc")}>
        {`Contributions counted toward the ${formatUsd(limit)} annual additions limit, paycheck by paycheck: ${formatUsd(
          last.deferrals + last.match + last.afterTax,
        )} by ${last.longLabel}. The table after the chart has every figure.`}
      </desc>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
          <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={fontSize} fill="#0b0c0c">
            {formatUsd(tick, { cents: false })}
          </text>
        </g>
      ))}
      {columns.map((column, index) => {
        const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
        let base = 0;
        return (
          <g key={column.key}>
            {PARTS.map((part) => {
              const cents = column[part.key];
              const rect = (
                <rect
                  key={part.key}
                  x={x}
                  y={y(base + cents)}
                  width={barWidth}
                  height={Math.max(0, y(base) - y(base + cents))}
                  fill={`url(#ptm-${part.pattern})`}
                  stroke="#0b0c0c"
                  strokeWidth="0.5"
                />
              );
              base += cents;
              return cents > 0 ? rect : null;
            })}
            {(index % labelEvery === 0 || index === columns.length - 1) && (
              <text x={x + barWidth / 2} y={HEIGHT - MARGIN.bottom + 16} textAnchor="middle" fontSize={fontSize} fill="#0b0c0c">
                {column.label}
              </text>
            )}
          </g>
        );
      })}
      <line
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={y(limit)}
        y2={y(limit)}
        stroke="#b91c1c"
        strokeWidth="2"
        strokeDasharray="8 4"
      />
      <text x={MARGIN.left + 6} y={y(limit) - 6} textAnchor="start" fontSize={fontSize} fontWeight="bold" fill="#b91c1c">
        {`§415(c) limit ${formatUsd(limit)}`}
      </text>
      <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} stroke="#0b0c0c" />
      <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#0b0c0c" />
    </svg>
  );
}
