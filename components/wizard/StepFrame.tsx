import Link from "next/link";
import { SECTIONS } from "@/lib/wizard/steps";
import { comeBackLater } from "@/app/check/actions";
import { SAVE_AND_COME_BACK_LATER } from "@/lib/wizard/form-state";

interface StepFrameProps {
  section: number;
  backHref: string;
  /** The page heading; omitted when the single question's legend is the heading. */
  title?: string;
  intro?: string;
  children: React.ReactNode;
  /** Whether there are saved answers to offer "save and come back later" for. */
  hasSession: boolean;
  /** The first answers already decided the result: the journey is "Your plan", then "Your result". */
  endsEarly?: boolean;
  /** The id of the page's answer form: "save and come back later" then submits it, saving this page first. */
  saveFormId?: string;
}

/** The frame of every wizard page: a back link, where the person is, and a way to leave and return. */
export function StepFrame({ section, backHref, title, intro, children, hasSession, endsEarly = false, saveFormId }: StepFrameProps) {
  return (
    <div>
      <Link href={backHref} className="mb-6 inline-block text-ink">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <StepIndicator section={section} endsEarly={endsEarly} />
      {title && <h1 className="mb-4 text-3xl font-bold">{title}</h1>}
      {intro && <p className="mb-8 text-lg">{intro}</p>}
      {children}
      {hasSession && (
        <div className="mt-12 border-t border-gray-300 pt-6">
          {/* A submit button, not a link: what is typed on this page is saved before the link is shown. */}
          {saveFormId ? (
            <button type="submit" form={saveFormId} name="intent" value={SAVE_AND_COME_BACK_LATER} className="font-bold text-brand underline">
              Save and come back later
            </button>
          ) : (
            <form action={comeBackLater}>
              <button type="submit" className="font-bold text-brand underline">
                Save and come back later
              </button>
            </form>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * Where the person is, after the USWDS step indicator: a bar per section, done ones solid, the
 * current one marked, the rest outlined; on wider screens each bar is named. Screen readers hear
 * "Step 2 of 6: About you" and, for each section, whether it is completed. A journey the first
 * answers decide has two sections, not six.
 */
function StepIndicator({ section, endsEarly }: { section: number; endsEarly: boolean }) {
  const shown = endsEarly ? [0, SECTIONS.length - 1] : SECTIONS.map((_, index) => index);
  const current = Math.max(0, shown.indexOf(section));
  return (
    <div className="mb-8" data-testid="step-indicator">
      <ol className="flex gap-1" aria-label="Sections">
        {shown.map((sectionIndex, position) => {
          const state = position < current ? "done" : position === current ? "current" : "to-come";
          return (
            <li
              key={sectionIndex}
              data-state={state}
              aria-current={state === "current" ? "step" : undefined}
              className={`flex-1 border-t-8 pt-1 text-sm ${
                state === "done" ? "border-brand-dark text-ink" : state === "current" ? "border-brand font-bold text-ink" : "border-gray-300 text-muted"
              }`}
            >
              <span className="sr-only sm:not-sr-only">
                {state === "done" && <span aria-hidden="true">✓ </span>}
                {SECTIONS[sectionIndex]}
              </span>
              <span className="sr-only">{state === "done" ? " completed" : state === "to-come" ? " not completed" : " current"}</span>
            </li>
          );
        })}
      </ol>
      <p className="mt-3 text-lg font-bold" data-testid="progress">
        <span className="mr-1 inline-block rounded-full bg-brand px-2.5 text-white">
          <span className="sr-only">Step </span>
          {current + 1}
        </span>{" "}
        <span className="text-muted">of {shown.length}</span>
        <span className="sr-only">:</span> {SECTIONS[shown[current]!]}
      </p>
    </div>
  );
}
