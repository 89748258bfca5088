// Money is held as integer cents everywhere in lib/: binary floating point cannot hold 0.10
// exactly, and a limit check that is off by a fraction of a cent is still wrong.
//
// The one rounding rule for turning a fraction of a cent into cents is: round half away from
// zero (for the non-negative amounts we handle, half up). It is applied by `toCents` and by
// `percentOfCents`; nothing else rounds.

/**
 * Whole cents, branded so that a dollar figure (the rules engine's public JSON speaks dollars)
 * can't be passed where cents are meant without going through `toCents` or `cents`.
 */
export type Cents = number & { readonly __unit: "cents" };
/** Hundredths of a percent (650 is 6.5%), branded for the same reason. */
export type BasisPoints = number & { readonly __unit: "basisPoints" };

/** An integer already in cents (from the draft, a sum of cents), marked as such. */
export function cents(value: number): Cents {
  if (!Number.isInteger(value)) throw new RangeError(`Cents must be whole: ${value}`);
  return value as Cents;
}

/** An integer already in basis points, marked as such. */
export function basisPoints(value: number): BasisPoints {
  if (!Number.isInteger(value)) throw new RangeError(`Basis points must be whole: ${value}`);
  return value as BasisPoints;
}

/** Largest amount of money the app accepts anywhere, in dollars. Larger figures are typing slips. */
export const MAX_DOLLARS = 100_000_000;
const MAX_CENTS = MAX_DOLLARS * 100;

/** One percent in basis points: percentages are carried as integer hundredths of a percent. */
export const BASIS_POINTS_PER_PERCENT = 100;
const BASIS_POINTS_IN_WHOLE = 10_000;

/** Dollars (possibly with a float artefact such as 19.999999999999996) to whole cents. */
export function toCents(dollars: number): Cents {
  const sign = dollars < 0 ? -1 : 1;
  const scaled = Math.abs(dollars) * 100;
  const nearest = Math.round(scaled);
  // Fast path: amounts typed to the cent land within float noise of a whole number of cents.
  if (Math.abs(scaled - nearest) < 1e-6) return (nearest === 0 ? 0 : sign * nearest) as Cents;
  // Otherwise decide the half-cent case on the decimal digits, not on the binary artefact:
  // 1.005 * 100 is 100.49999999999999 in binary, but 1.005 means half a cent.
  const whole = Math.round(Number(scaled.toPrecision(15)));
  return (whole === 0 ? 0 : sign * whole) as Cents;
}

/** Whole cents to dollars; exact to the cent because the result is the nearest double. */
export function fromCents(cents: number): number {
  return cents / 100;
}

/** A percentage (up to 2 decimals, e.g. 6.5) as integer basis points (650). */
export function toBasisPoints(percent: number): BasisPoints {
  return Math.round(percent * BASIS_POINTS_PER_PERCENT) as BasisPoints;
}

/**
 * `rate` hundredths-of-a-percent of `amount` cents, rounded half up to a whole cent.
 * Exact in integer arithmetic while amount * rate stays below 2^53 (9e15): amounts here
 * are at most 1e10 cents and rates at most 1e4 basis points, so the product is at most 1e14.
 */
export function percentOfCents(amount: number, rate: number): Cents {
  const product = amount * rate;
  const quotient = Math.floor(product / BASIS_POINTS_IN_WHOLE);
  const remainder = product - quotient * BASIS_POINTS_IN_WHOLE;
  return (remainder * 2 >= BASIS_POINTS_IN_WHOLE ? quotient + 1 : quotient) as Cents;
}

function groupThousands(digits: string): string {
  let grouped = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    grouped = digits.slice(start, end) + (grouped ? "," + grouped : "");
  }
  return grouped;
}

/**
 * "$23,500" or "$1,653.84", built by hand so that the output is the same on every runtime and
 * locale (Intl currency formatting differs between ICU versions and server/browser).
 * `cents: true` always shows cents, `cents: false` rounds to whole dollars (half away from zero),
 * and by default cents are shown only when the amount is not whole dollars.
 */
export function formatUsd(cents: number, options: { cents?: boolean } = {}): string {
  const negative = cents < 0;
  let absolute = Math.abs(Math.round(cents));
  const showCents = options.cents ?? absolute % 100 !== 0;
  if (!showCents) absolute = Math.round(absolute / 100) * 100;
  const dollars = groupThousands(String(Math.floor(absolute / 100)));
  const fraction = showCents ? "." + String(absolute % 100).padStart(2, "0") : "";
  return (negative && absolute !== 0 ? "-$" : "$") + dollars + fraction;
}

/**
 * Money as a person would type it back: "150,000" or "1,653.84". Here rather than with the
 * wizard's steps so that the form's blur handler can use it without the IRS tables.
 */
export function typedMoney(cents: number): string {
  return formatUsd(cents).slice(1);
}

export type MoneyInputResult = { ok: true; cents: number } | { ok: false; message: string };
export type PercentInputResult =
  | { ok: true; value: number; basisPoints: number }
  | { ok: false; message: string };

// Thousands separators people type: comma, space, no-break and thin spaces. Any of them must
// separate groups of exactly three digits, so "1,2,3" and "1 2 3" are rejected rather than read
// as 123: a mis-grouped number is more likely a typing slip than a deliberate figure.
const SPACES = /[\s\u00a0\u2009\u202f]+/g;
const GROUPED_WHOLE = /^(?:\d{1,3}(?:,\d{3})+|\d*)$/;
const DIGITS = /^\d*$/;
const ONLY_NUMBER_CHARACTERS = /^[\d,.]+$/;

/**
 * What people type into a money field, to whole cents, or a message saying what to fix. The
 * message's example is the field's own (a salary is not "23,500"); without one it gives none.
 */
export function parseMoneyInput(text: string, example?: string): MoneyInputResult {
  const like = example ? `, like ${example}` : "";
  let typed = text.trim();
  if (typed.startsWith("$")) typed = typed.slice(1).trim();
  if (typed.startsWith("-") || typed.startsWith("(")) {
    return { ok: false, message: "Enter an amount of $0 or more" };
  }
  typed = typed.replace(SPACES, ",");
  const dot = typed.indexOf(".");
  const whole = dot === -1 ? typed : typed.slice(0, dot);
  const fraction = dot === -1 ? "" : typed.slice(dot + 1);
  if (whole === "" && fraction === "") {
    return { ok: false, message: `Enter an amount in dollars${like}` };
  }
  if (!DIGITS.test(fraction) || !GROUPED_WHOLE.test(whole)) {
    return {
      ok: false,
      message: ONLY_NUMBER_CHARACTERS.test(typed)
        ? `Use commas between groups of three digits and a point before the cents${like}`
        : `Enter an amount in dollars using numbers only${like}`,
    };
  }
  if (fraction.length > 2) {
    return { ok: false, message: "Enter the amount to the cent at most, with no more than 2 digits after the point" };
  }
  // Length check first so that a long string of digits never reaches Number() and loses precision.
  const wholeDigits = whole.replace(/,/g, "").replace(/^0+/, "");
  if (wholeDigits.length > String(MAX_DOLLARS).length) {
    return { ok: false, message: "Enter an amount of $100,000,000 or less" };
  }
  const cents = Number(wholeDigits || "0") * 100 + Number(fraction.padEnd(2, "0"));
  if (cents > MAX_CENTS) return { ok: false, message: "Enter an amount of $100,000,000 or less" };
  return { ok: true, cents };
}

const PERCENT = /^(\d{1,3})?(?:\.(\d*))?$/;

/** "6", "6%", "6.5 %" to a percentage between 0 and 100 with at most 2 decimals; the example is the field's own. */
export function parsePercentInput(text: string, example?: string): PercentInputResult {
  let typed = text.replace(SPACES, "");
  if (typed.endsWith("%")) typed = typed.slice(0, -1);
  if (typed.startsWith("-")) return { ok: false, message: "Enter a percentage between 0 and 100" };
  const match = PERCENT.exec(typed);
  if (typed === "" || typed === "." || !match) {
    return { ok: false, message: `Enter a percentage between 0 and 100${example ? `, like ${example}` : ""}` };
  }
  const whole = match[1] ?? "";
  const fraction = match[2] ?? "";
  if (fraction.length > 2) {
    return { ok: false, message: "Enter the percentage with no more than 2 digits after the point" };
  }
  const basisPoints = Number(whole || "0") * 100 + Number(fraction.padEnd(2, "0") || "0");
  if (basisPoints > 100 * BASIS_POINTS_PER_PERCENT) {
    return { ok: false, message: "Enter a percentage between 0 and 100" };
  }
  return { ok: true, value: basisPoints / BASIS_POINTS_PER_PERCENT, basisPoints };
}
