import { parseMoneyInput, parsePercentInput } from "../money";

/**
 * A question on a wizard page, described as data so that one form component renders every
 * step and the server action validates it (`parseFields`) with the messages shown beside it.
 */
export type FieldKind = "choice" | "money" | "percent" | "whole" | "year" | "date";

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
  /** What a whole number is, for its messages ("an age", "a day of the month"); "a number" if unset. */
  noun?: string;
  /** A date: the names of its day, month and year inputs (and of the saved answers). */
  parts?: DateParts;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
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
      const parsed = parseMoneyInput(text, exampleOf(field));
      return parsed.ok ? { value: parsed.cents } : { error: parsed.message };
    }
    case "percent": {
      const parsed = parsePercentInput(text, exampleOf(field));
      return parsed.ok ? { value: parsed.value } : { error: parsed.message };
    }
    case "date":
      return { error: "Enter a day, a month and a year" };
    case "whole":
    case "year": {
      const noun = field.noun ?? (field.kind === "year" ? "a year" : "a number");
      const example = exampleOf(field);
      if (!/^\d{1,4}$/.test(text)) {
        return { error: `Enter ${noun} in numbers only${example ? `, like ${example}` : ""}` };
      }
      const value = Number(text);
      if ((field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max)) {
        return { error: `Enter ${noun} between ${field.min} and ${field.max}` };
      }
      return { value };
    }
  }
}

/**
 * The example a field's hint gives ("For example 150,000." gives "150,000"), so a message's
 * example is one that fits the field; none when the hint has none.
 */
export function exampleOf(field: FieldSpec): string | undefined {
  return field.hint?.match(/for example \$?(\d[\d,]*(?:\.\d+)?)/i)?.[1];
}

function defaultRequiredMessage(field: FieldSpec): string {
  if (field.kind === "choice") return `Select an answer: ${lowerFirst(field.label)}`;
  return `Enter ${lowerFirst(field.label)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const DATE_PART_NAMES = ["day", "month", "year"] as const;

/**
 * A GOV.UK date input: three boxes, one message. Says which part is missing or wrong, and
 * whether the whole is a real date; each part is kept as typed whatever the error.
 */
function parseDate(field: FieldSpec, parts: DateParts, values: FormValues): { value?: Record<string, ParsedValue>; error?: string } {
  const typed = DATE_PART_NAMES.map((part) => (values[parts[part]] ?? "").trim());
  if (typed.every((text) => text === "")) {
    if (field.optional) return { value: { [parts.day]: undefined, [parts.month]: undefined, [parts.year]: undefined } };
    return { error: field.requiredMessage ?? `Enter ${lowerFirst(field.label)}` };
  }
  const missing = DATE_PART_NAMES.filter((_, index) => typed[index] === "");
  if (missing.length > 0) return { error: `${field.label} must include a ${missing.join(" and a ")}` };
  const [dayText, monthText, yearText] = typed as [string, string, string];
  if (!/^\d{1,2}$/.test(dayText) || !/^\d{1,2}$/.test(monthText) || !/^\d{4}$/.test(yearText)) {
    return { error: `${field.label} must be a real date, like 20 11 2026` };
  }
  const [day, month, year] = [Number(dayText), Number(monthText), Number(yearText)];
  const realDay = month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!realDay || year < (field.min ?? 2000) || year > (field.max ?? 2100)) {
    return { error: `${field.label} must be a real date, like 20 11 2026` };
  }
  return { value: { [parts.day]: day, [parts.month]: month, [parts.year]: year } };
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
    if (field.kind === "date" && field.parts) {
      const date = parseDate(field, field.parts, values);
      // Keyed by the day box: the first of the three, where the error summary links.
      if (date.error) errors[field.parts.day] = date.error;
      else Object.assign(data, date.value);
      continue;
    }
    const result = parseField(field, values[field.name] ?? "");
    if (result.error) errors[field.name] = result.error;
    else data[field.name] = result.value;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data };
}

/** Reads a page's fields from submitted form data, ignoring anything else that was posted. */
export function valuesFromFormData(fields: readonly FieldSpec[], formData: FormData): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    for (const name of field.parts ? Object.values(field.parts) : [field.name]) {
      const value = formData.get(name);
      values[name] = typeof value === "string" ? value.slice(0, 200) : "";
    }
  }
  return values;
}
