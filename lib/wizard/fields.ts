import * as z from "zod/mini";
import { parseMoneyInput, parsePercentInput } from "../money";

/**
 * A question on a wizard page, described as data so that one form component renders every
 * step and the browser and the server validate it with the same rules.
 */
export type FieldKind = "choice" | "money" | "percent" | "whole" | "year";

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  /** Shown as the page heading: the field is the only question on its page. */
  isPageHeading?: boolean;
  options?: ChoiceOption[];
  optional?: boolean;
  /** Inclusive bounds for whole numbers and years. */
  min?: number;
  max?: number;
  /** Message when a required field is left empty: says what to enter, in the user's words. */
  requiredMessage?: string;
  /** Only asked (and validated) when another field on the page has one of these values. */
  revealWhen?: { field: string; equals: string[] };
}

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** The parsed value of a field: a choice, whole cents for money, a number otherwise. */
export type ParsedValue = string | number | undefined;

export function isRevealed(field: FieldSpec, values: FormValues): boolean {
  if (!field.revealWhen) return true;
  return field.revealWhen.equals.includes(values[field.revealWhen.field] ?? "");
}

function parseField(field: FieldSpec, raw: string): { value?: ParsedValue; error?: string } {
  const text = raw.trim();
  if (text === "") {
    if (field.optional) return { value: undefined };
    return { error: field.requiredMessage ?? defaultRequiredMessage(field) };
  }
  switch (field.kind) {
    case "choice": {
      const known = field.options?.some((option) => option.value === text);
      return known ? { value: text } : { error: field.requiredMessage ?? defaultRequiredMessage(field) };
    }
    case "money": {
      const parsed = parseMoneyInput(text);
      return parsed.ok ? { value: parsed.cents } : { error: `${field.label}: ${parsed.message}` };
    }
    case "percent": {
      const parsed = parsePercentInput(text);
      return parsed.ok ? { value: parsed.value } : { error: `${field.label}: ${parsed.message}` };
    }
    case "whole":
    case "year": {
      if (!/^\d{1,4}$/.test(text)) {
        return { error: `${field.label} must be a whole number, like ${field.min ?? 1}` };
      }
      const value = Number(text);
      if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
        return { error: `${field.label} must be between ${field.min} and ${field.max}` };
      }
      return { value };
    }
  }
}

function defaultRequiredMessage(field: FieldSpec): string {
  if (field.kind === "choice") return `Select an answer: ${lowerFirst(field.label)}`;
  return `Enter ${lowerFirst(field.label)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Parses a page's form values; hidden (not revealed) fields are neither validated nor kept. */
export function parseFields(
  fields: readonly FieldSpec[],
  values: FormValues,
): { ok: true; data: Record<string, ParsedValue> } | { ok: false; errors: FieldErrors } {
  const data: Record<string, ParsedValue> = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    if (!isRevealed(field, values)) continue;
    const result = parseField(field, values[field.name] ?? "");
    if (result.error) errors[field.name] = result.error;
    else data[field.name] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data };
}

/**
 * The zod schema of a page's form: the same rules as `parseFields`, in the shape
 * react-hook-form's resolver expects, so the browser shows exactly the server's messages.
 */
export function formSchema(fields: readonly FieldSpec[]) {
  const shape: Record<string, z.ZodMiniOptional<z.ZodMiniString>> = {};
  for (const field of fields) shape[field.name] = z.optional(z.string());
  return z.object(shape).check(
    z.superRefine((values, ctx) => {
      const result = parseFields(fields, values as FormValues);
      if (result.ok) return;
      for (const [name, message] of Object.entries(result.errors)) {
        ctx.issues.push({ code: "custom", message, path: [name], input: values[name] });
      }
    }),
  );
}

/** Reads a page's fields from submitted form data, ignoring anything else that was posted. */
export function valuesFromFormData(fields: readonly FieldSpec[], formData: FormData): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = formData.get(field.name);
    values[field.name] = typeof value === "string" ? value.slice(0, 200) : "";
  }
  return values;
}
