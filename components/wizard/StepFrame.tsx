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
  /** The id of the page's answer form: "save and come back later" then submits it, saving this page first. */
  saveFormId?: string;
}

/** The frame of every wizard page: a back link, where the person is, and a way to leave and return. */
export function StepFrame({ section, backHref, title, intro, children, hasSession, saveFormId }: StepFrameProps) {
  return (
    <div>
      <Link href={backHref} className="mb-6 inline-block text-ink">
        <span aria-hidden="true">‹ </span>Back
      </Link>
      <nav aria-label="Progress" className="mb-6">
        <p className="text-lg font-bold text-muted" data-testid="progress">
          Step {section + 1} of {SECTIONS.length}: {SECTIONS[section]}
        </p>
        <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {SECTIONS.map((name, index) => (
            <li key={name} aria-current={index === section ? "step" : undefined} className={index === section ? "font-bold text-ink underline" : undefined}>
              {index + 1}. {name}
              {index < section && <span className="sr-only"> (done)</span>}
            </li>
          ))}
        </ol>
      </nav>
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
