import type { FieldErrors, FormValues } from "./fields";

/** What a wizard page's server action returns when it does not move on to the next page. */
export interface StepFormState {
  /** What the person typed (or the saved answers after a conflict): never lost. */
  values: FormValues;
  errors: FieldErrors;
  /** A message for the whole form, e.g. that the answers changed in another window. */
  message?: string;
  /** The saved session's version this form was read from; null before a session exists. */
  version: number | null;
  /** Counts failed submits so the error summary takes focus each time. */
  attempt: number;
}

/** The value of the "intent" a page's "Save and come back later" button posts with its answers. */
export const SAVE_AND_COME_BACK_LATER = "save-and-come-back-later";
