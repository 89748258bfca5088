import { parseMoneyInput, parsePercentInput } from "../money";
import { ANSWERS, type AnswerName, type AnswerSpec } from "./answers";

/**
 * A question on a wizard page, described as data: one form component renders every step, and
 * one function (`parseFields`) checks it, in the server action and in the browser alike. Rules
 * that need another page's answers or today's date arrive here as plain bounds worked out on the
 * server (`max` with `maxMessage`, a date's `latest`), so the browser needs neither the draft
 * nor the clock to reach the server's verdict.
 */
export type FieldKind = "choice" | "money" | "percent" | "whole" | "year" | "date";

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** A rule across two answers of the same page. The message goes beside this field. */
export type CrossRule =
  /** This amount can't be more than another answer on the page (skipped while that one is blank, unless `whenBlank`). */
  | { kind: "atMostField"; field: string; message: string; whenBlank?: string }
  /** This answer is needed when another answer on the page is more than 0. */
  | { kind: "requiredWhenPositive"; field: string; message: string }
  /** This answer and another on the page must differ. */
  | { kind: "differentFrom"; field: string; message: string }
  /** This answer plus another on the page can't be more than `total`. */
  | { kind: "sumAtMost"; field: string; total: number; message: string }
  /** This answer and another can't both be `value` or more. */
  | { kind: "notBothAtLeast"; field: string; value: number; message: string }
  /** This choice is not an answer the page can take (e.g. "No, I'll change an answer"). */
  | { kind: "refuse"; value: string; message: string }
  /** This amount can't be less than `value` (a bound from another page or year), unless `unlessField` on the page is answered. */
  | { kind: "atLeast"; value: number; message: string; unlessField?: string };

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  label: string;
  hint?: string;
  /** Shown as the page heading: the field is the only question on its page. */
  isPageHeading?: boolean;
  options?: ChoiceOption[];
  optional?: boolean;
  /** Inclusive bounds: whole numbers and years as typed, money in cents, percent in percent; a date's years. */
  min?: number;
  max?: number;
  /** The message when the answer is above `max` (a bound from another page's answer); a range message otherwise. */
  maxMessage?: string;
  /** Message when a required field is left empty: says what to enter, in the user's words. */
  requiredMessage?: string;
  /** Only asked (and validated) when another field on the page has one of these values. */
  revealWhen?: { field: string; equals: string[] };
  /** What a whole number is, for its messages ("an age", "a day of the month"); "a number" if unset. */
  noun?: string;
  /** A date: the names of its month, day and year boxes (and of the saved answers). */
  parts?: DateParts;
  /** A date: the latest it may be (ISO), and the message when it is later. */
  latest?: { date: string; message: string };
  /** A date: the year it must be in, and the message when it is not. */
  inYear?: { year: number; message: string };
  rules?: CrossRule[];
  /** A percentage of this many cents a year: the browser shows "= $X a year" beside it as typed. */
  perYearOfCents?: number;
}

/** The boxes of a US date (USWDS memorable date): month, day, year, in that order. */
export interface DateParts {
  month: string;
  day: string;
  year: string;
}

export const DATE_PART_ORDER = ["month", "day", "year"] as const;

export type FormValues = Record<string, string>;
export type FieldErrors = Record<string, string>;

/** The parsed value of a field: a choice, whole cents for money, a number otherwise. */
export type ParsedValue = string | number | undefined;

/**
 * The kind and bounds of a saved answer, from the answer table, for a page field that asks it:
 * a page writes the wording, never the bounds again.
 */
export function answerField(name: AnswerName): Pick<FieldSpec, "name" | "kind" | "min" | "max"> {
  const spec: AnswerSpec = ANSWERS[name];
  switch (spec.kind) {
    case "whole":
      return { name, kind: "whole", min: spec.min, max: spec.max };
    case "percent":
      return spec.max === undefined ? { name, kind: "percent" } : { name, kind: "percent", max: spec.max };
    default:
      return { name, kind: spec.kind };
  }
}

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
      if (!parsed.ok) return { error: parsed.message };
      if (field.max !== undefined && parsed.cents > field.max) return { error: field.maxMessage ?? "Enter a smaller amount" };
      return { value: parsed.cents };
    }
    case "percent": {
      const parsed = parsePercentInput(text, exampleOf(field));
      if (!parsed.ok) return { error: parsed.message };
      if (field.max !== undefined && parsed.value > field.max) {
        return { error: field.maxMessage ?? `Enter a percentage between 0 and ${field.max}` };
      }
      return { value: parsed.value };
    }
    case "date":
      return { error: "Enter a month, a day and a year" };
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

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const US_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The three boxes of a date as typed, or the whole date typed into one box ("11/20/2026" in
 * any box, read month first as a US date is written, the others left empty).
 */
function typedDate(parts: DateParts, values: FormValues): { month: string; day: string; year: string; slashed: boolean } {
  const typed = { month: (values[parts.month] ?? "").trim(), day: (values[parts.day] ?? "").trim(), year: (values[parts.year] ?? "").trim() };
  const filled = DATE_PART_ORDER.filter((part) => typed[part] !== "");
  if (filled.length === 1) {
    const whole = US_DATE.exec(typed[filled[0]!]);
    if (whole) return { month: whole[1]!, day: whole[2]!, year: whole[3]!, slashed: true };
  }
  return { ...typed, slashed: false };
}

/**
 * A date in three boxes, month first (USWDS memorable date): one message for the whole date,
 * saying which part is missing or wrong; a date typed whole in one box ("11/20/2026") is read
 * month, day, year, and one that only reads day first ("31/12/2026") is refused with the order.
 */
function parseDate(field: FieldSpec, parts: DateParts, values: FormValues): { value?: Record<string, ParsedValue>; error?: string } {
  const typed = typedDate(parts, values);
  if (DATE_PART_ORDER.every((part) => typed[part] === "")) {
    if (field.optional) return { value: { [parts.month]: undefined, [parts.day]: undefined, [parts.year]: undefined } };
    return { error: field.requiredMessage ?? `Enter ${lowerFirst(field.label)}` };
  }
  const oneBox = DATE_PART_ORDER.map((part) => typed[part]).find((text) => /[/.-]/.test(text));
  if (oneBox !== undefined && !typed.slashed) {
    return { error: `${field.label} must be month, day and year in numbers, like 11/20/2026, or one number in each box` };
  }
  const missing = DATE_PART_ORDER.filter((part) => typed[part] === "");
  if (missing.length > 0) return { error: `${field.label} must include a ${missing.join(" and a ")}` };
  if (!/^\d{1,2}$/.test(typed.month) || !/^\d{1,2}$/.test(typed.day) || !/^\d{4}$/.test(typed.year)) {
    return { error: `${field.label} must be a real date, like 11 20 2026` };
  }
  const [month, day, year] = [Number(typed.month), Number(typed.day), Number(typed.year)];
  if (month > 12 && day >= 1 && day <= 12) {
    // 31/12/2026: a day first, the other way round from a US date.
    return { error: `${field.label} must be month first, then day, then year, like 11/20/2026 for November 20, 2026` };
  }
  if (month < 1 || month > 12) return { error: `${field.label} must have a month from 1 to 12` };
  if (day < 1 || day > daysIn(year, month)) {
    return { error: `${MONTHS[month - 1]} ${year} has ${daysIn(year, month)} days: check the day of ${lowerFirst(field.label)}` };
  }
  if (year < (field.min ?? 2000) || year > (field.max ?? 2100)) return { error: `${field.label} must be a real date, like 11 20 2026` };
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (field.latest && iso > field.latest.date) return { error: field.latest.message };
  if (field.inYear && year !== field.inYear.year) return { error: field.inYear.message };
  return { value: { [parts.month]: month, [parts.day]: day, [parts.year]: year } };
}

/** The first box of a field: where its message is keyed and where the error summary links. */
export function firstInputName(field: FieldSpec): string {
  return field.parts ? field.parts.month : field.name;
}

function crossRuleError(rule: CrossRule, value: ParsedValue, data: Record<string, ParsedValue>): string | undefined {
  const other = data[rule.kind === "refuse" || rule.kind === "atLeast" ? "" : rule.field];
  switch (rule.kind) {
    case "atMostField":
      if (value === undefined) return undefined;
      if (other === undefined) return rule.whenBlank;
      return (value as number) > (other as number) ? rule.message : undefined;
    case "requiredWhenPositive":
      return value === undefined && typeof other === "number" && other > 0 ? rule.message : undefined;
    case "differentFrom":
      return value !== undefined && value === other ? rule.message : undefined;
    case "sumAtMost":
      return typeof value === "number" && typeof other === "number" && value + other > rule.total + 1e-9 ? rule.message : undefined;
    case "notBothAtLeast":
      return typeof value === "number" && typeof other === "number" && Math.min(value, other) >= rule.value ? rule.message : undefined;
    case "refuse":
      return value === rule.value ? rule.message : undefined;
    case "atLeast":
      if (typeof value !== "number" || (rule.unlessField !== undefined && data[rule.unlessField] !== undefined)) return undefined;
      return value < rule.value ? rule.message : undefined;
  }
}

/**
 * Parses a page's form values: each field on its own, then the rules across fields for those
 * that parsed. Hidden (not revealed) fields are neither validated nor kept. The same function
 * runs in the server action and, through react-hook-form, in the browser.
 */
export function parseFields(
  fields: readonly FieldSpec[],
  values: FormValues,
): { ok: true; data: Record<string, ParsedValue> } | { ok: false; errors: FieldErrors } {
  const data: Record<string, ParsedValue> = {};
  const errors: FieldErrors = {};
  const shown = fields.filter((field) => isRevealed(field, values));
  for (const field of shown) {
    if (field.kind === "date" && field.parts) {
      const date = parseDate(field, field.parts, values);
      if (date.error) errors[firstInputName(field)] = date.error;
      else Object.assign(data, date.value);
      continue;
    }
    const result = parseField(field, values[field.name] ?? "");
    if (result.error) errors[field.name] = result.error;
    else data[field.name] = result.value;
  }
  for (const field of shown) {
    if (errors[firstInputName(field)] !== undefined) continue;
    for (const rule of field.rules ?? []) {
      const message = crossRuleError(rule, data[field.name], data);
      if (message) {
        errors[field.name] = message;
        break;
      }
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, data };
}

/** The names a field posts: its own, or its date's three boxes. */
export function inputNames(field: FieldSpec): string[] {
  return field.parts ? DATE_PART_ORDER.map((part) => field.parts![part]) : [field.name];
}

/** Reads a page's fields from submitted form data, ignoring anything else that was posted. */
export function valuesFromFormData(fields: readonly FieldSpec[], formData: FormData): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    for (const name of inputNames(field)) {
      const value = formData.get(name);
      values[name] = typeof value === "string" ? value.slice(0, 200) : "";
    }
  }
  return values;
}
