import { formatUsd } from "@/lib/money";
import type { RoomBarParts } from "@/lib/result/result";

/**
 * One horizontal bar: how the §415(c) limit fills up. Each part has a pattern as well as a
 * colour and its own label, so it reads in greyscale and print; the table beside it has the
 * same numbers for screen readers.
 */
export function RoomBar({ room }: { room: RoomBarParts }) {
  const { limit, deferrals, employer, afterTax, unused } = room;
  if (limit <= 0) return null;
  const parts = [
    { key: "deferrals", label: "Your deferrals", cents: deferrals, className: "bg-blue-800 text-white" },
    {
      key: "employer",
      label: "Employer money",
      cents: employer,
      className: "bg-[repeating-linear-gradient(45deg,#166534_0,#166534_6px,#14532d_6px,#14532d_12px)] text-white",
    },
    {
      key: "after-tax",
      label: "After-tax room",
      cents: afterTax,
      className: "bg-[repeating-linear-gradient(90deg,#fde68a_0,#fde68a_8px,#fcd34d_8px,#fcd34d_10px)] text-ink",
    },
    { key: "unused", label: "Unused", cents: unused, className: "bg-gray-200 text-ink" },
  ].filter((part) => part.cents > 0);
  return (
    <figure className="my-6" aria-hidden="true" data-testid="room-bar">
      <div className="flex h-12 w-full overflow-hidden border-2 border-ink">
        {parts.map((part) => (
          <div
            key={part.key}
            className={`${part.className} flex items-center justify-center overflow-hidden border-r-2 border-ink text-xs font-bold last:border-r-0`}
            style={{ width: `${(part.cents / limit) * 100}%` }}
          >
            {part.cents / limit > 0.12 ? part.label : ""}
          </div>
        ))}
      </div>
      <figcaption className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {parts.map((part) => (
          <span key={part.key} className="inline-flex items-center gap-2">
            <span className={`${part.className} inline-block h-4 w-6 border border-ink`} />
            {part.label}: {formatUsd(part.cents)}
          </span>
        ))}
        <span>Limit: {formatUsd(limit)}</span>
      </figcaption>
    </figure>
  );
}
