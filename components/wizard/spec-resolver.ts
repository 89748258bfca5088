import type { FieldErrors as FormErrors, Resolver } from "react-hook-form";
import { parseFields, type FieldErrors, type FieldSpec, type FormValues } from "@/lib/wizard/fields";

/**
 * react-hook-form's resolver over a page's field specification: the check the server action
 * runs (`parseFields`), so the browser and the server reach the same verdict on every answer.
 */
export function specResolver(fields: FieldSpec[]): Resolver<FormValues> {
  return async (values) => {
    // An unchecked radio group reads as null; the server reads a missing field as "".
    const typed = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === "string" ? value : ""]));
    const parsed = parseFields(fields, typed);
    if (parsed.ok) return { values, errors: {} };
    const errors: FormErrors<FormValues> = {};
    for (const [name, message] of Object.entries(parsed.errors)) errors[name] = { type: "spec", message };
    return { values: {}, errors };
  };
}

/** The page's messages by first input, from react-hook-form's errors. */
export function messagesOf(errors: FormErrors<FormValues>): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).flatMap(([name, error]) => (typeof error?.message === "string" ? [[name, error.message]] : [])),
  );
}
