import { formatUsd } from "@/lib/money";
import { milestoneYears, type ResultProjection } from "@/lib/result/projection-view";

// Drawn small (a 344-unit-wide view box, about a phone's width) so that its 13-unit labels stay
// at least 12 px on a 375 px screen; wider screens only make them larger, up to the max width.
const WIDTH = 344;
const HEIGHT = 240;
const MARGIN = { top: 18, right: 14, bottom: 40, left: 58 };

const LINES = [
  { key: "roth", label: "Roth", color: "#1d4ed8", dash: undefined, marker: "circle" },
  { key: "taxableAfterTax", label: "Taxable account, after tax", color: "#9a3412", dash: "7 4", marker: "square" },
] as const;

function niceTicks(top: number): number[] {
  // Steps of 1, 2 or 5 times a power of ten, in cents, so the axis reads in round dollars.
  const rough = top / 4;
  const power = 10 ** Math.floor(Math.log10(Math.max(rough, 100)));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? power * 10;
  const ticks: number[] = [];
  // The last tick is at or above the highest point, so no line runs off the top.
  for (let value = 0; ; value += step) {
    ticks.push(value);
    if (value >= top) return ticks;
  }
}

/** Roth against a taxable account, year by year: a server-rendered SVG with a table beside it. */
export function ProjectionChart({ projection }: { projection: ResultProjection }) {
  const rows = projection.byYear;
  const years = rows.length - 1;
  const ticks = niceTicks(Math.max(...rows.map((row) => Math.max(row.roth, row.taxableAfterTax))));
  const top = ticks.at(-1)!;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (year: number) => MARGIN.left + (year / years) * plotWidth;
  const y = (cents: number) => MARGIN.top + plotHeight - (cents / top) * plotHeight;
  const marks = milestoneYears(years);
  const axisYears = years <= 10 ? marks.filter((_, index) => index % 2 === 0 || marks[index] === years) : marks;
  const last = rows.at(-1)!;

  return (
    <figure className="mt-6" data-testid="projection-chart">
      <div className="flex flex-col gap-6 lg:flex-row lg:items-start">
        <div className="w-full max-w-xl">
          <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-auto w-full border border-gray-300 bg-white" role="img" aria-labelledby="projection-chart-title projection-chart-desc">
            <title id="projection-chart-title">Roth against a taxable account, year by year</title>
            <desc id="projection-chart-desc">
              {`Two lines rising from ${formatUsd(rows[0]!.taxableAfterTax)} today. After ${years} years the Roth line reaches ${formatUsd(
                last.roth,
              )} and the taxable account, after tax, ${formatUsd(last.taxableAfterTax)}. The table beside the chart has the figures.`}
            </desc>
            {ticks.map((tick) => (
              <g key={tick}>
                <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#e5e7eb" />
                <text x={MARGIN.left - 5} y={y(tick) + 4} textAnchor="end" fontSize="13" fill="#0b0c0c">
                  {tick >= 100_000_00 ? `$${Math.round(tick / 1_000_00)}k` : formatUsd(tick, { cents: false })}
                </text>
              </g>
            ))}
            {axisYears.map((year) => (
              <text key={year} x={x(year)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" fontSize="13" fill="#0b0c0c">
                {year}
              </text>
            ))}
            <text x={MARGIN.left + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle" fontSize="13" fill="#0b0c0c">
              Years from now
            </text>
            {LINES.map((line) => (
              <g key={line.key}>
                <polyline
                  points={rows.map((row) => `${x(row.year).toFixed(1)},${y(row[line.key]).toFixed(1)}`).join(" ")}
                  fill="none"
                  stroke={line.color}
                  strokeWidth="2.5"
                  strokeDasharray={line.dash}
                />
                {marks.map((year) => {
                  const cx = x(year);
                  const cy = y(rows[year]![line.key]);
                  return line.marker === "circle" ? (
                    <circle key={year} cx={cx} cy={cy} r="3.5" fill={line.color} />
                  ) : (
                    <rect key={year} x={cx - 3.5} y={cy - 3.5} width="7" height="7" fill="#ffffff" stroke={line.color} strokeWidth="2" />
                  );
                })}
              </g>
            ))}
            <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={HEIGHT - MARGIN.bottom} stroke="#0b0c0c" />
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={HEIGHT - MARGIN.bottom} y2={HEIGHT - MARGIN.bottom} stroke="#0b0c0c" />
          </svg>
          <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
            {LINES.map((line) => (
              <span key={line.key} className="inline-flex items-center gap-2">
                <svg width="32" height="14" aria-hidden="true">
                  <line x1="0" x2="32" y1="7" y2="7" stroke={line.color} strokeWidth="2.5" strokeDasharray={line.dash} />
                  {line.marker === "circle" ? (
                    <circle cx="16" cy="7" r="3.5" fill={line.color} />
                  ) : (
                    <rect x="12.5" y="3.5" width="7" height="7" fill="#ffffff" stroke={line.color} strokeWidth="2" />
                  )}
                </svg>
                {line.key === "roth" ? "Roth (solid line, dots)" : "Taxable account, after tax (dashed line, squares)"}
              </span>
            ))}
          </figcaption>
        </div>
        <div className="scroll-cue overflow-x-auto" role="region" aria-label="Roth against a taxable account, as a table" tabIndex={0}>
          <table className="border-collapse text-left" data-testid="projection-table">
            <caption className="text-left font-bold">The same figures, as a table</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-1 pr-3">Years from now</th>
                <th scope="col" className="py-1 pr-3 text-right">Roth</th>
                <th scope="col" className="py-1 pr-3 text-right">Taxable, after tax</th>
                <th scope="col" className="py-1 text-right">Roth ahead by</th>
              </tr>
            </thead>
            <tbody>
              {marks.map((year) => {
                const row = rows[year]!;
                return (
                  <tr key={year} className="border-b border-gray-300">
                    <th scope="row" className="py-1 pr-3 font-normal">{year}</th>
                    <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatUsd(row.roth, { cents: false })}</td>
                    <td className="py-1 pr-3 text-right tabular-nums whitespace-nowrap">{formatUsd(row.taxableAfterTax, { cents: false })}</td>
                    <td className="py-1 text-right tabular-nums whitespace-nowrap">{formatUsd(row.roth - row.taxableAfterTax, { cents: false })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
