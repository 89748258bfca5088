import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  formatUsd,
  typedMoney,
  fromCents,
  parseMoneyInput,
  parsePercentInput,
  percentOfCents,
  toBasisPoints,
  toCents,
} from "./money";

describe("toCents rounds half away from zero to a whole cent", () => {
  it.each([
    [23500, 2350000],
    [23500.5, 2350050],
    [19.99, 1999],
    [0.1 + 0.2, 30],
    [1.005, 101], // 100.4999… in binary, but the decimal is exactly half a cent
    [1.004, 100],
    [2.675, 268],
    [-1.005, -101],
    [-0.001, 0],
    [0, 0],
    [100_000_000, 10_000_000_000],
  ])("toCents(%s) = %s", (dollars, cents) => {
    expect(toCents(dollars)).toBe(cents);
    expect(Object.is(toCents(dollars), -0)).toBe(false);
  });

  it("round-trips every whole number of cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(toCents(fromCents(cents))).toBe(cents);
      }),
    );
  });
});

describe("percentOfCents applies basis points with the one rounding rule", () => {
  it.each([
    [15_000_000, 600, 900_000], // 6% of $150,000
    [36_000_000, 500, 1_800_000], // 5% of $360,000
    [1, 5000, 1], // half a cent rounds up
    [1, 4999, 0],
    [333, 5000, 167],
    [0, 10_000, 0],
  ])("%s cents x %s bp = %s", (cents, bp, expected) => {
    expect(percentOfCents(cents, bp)).toBe(expected);
  });

  it("is monotone in the amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 1e4 }), (cents, bp) => {
        expect(percentOfCents(cents + 1, bp)).toBeGreaterThanOrEqual(percentOfCents(cents, bp));
      }),
    );
  });

  it("toBasisPoints reads percentages with 2 decimals exactly", () => {
    expect(toBasisPoints(6)).toBe(600);
    expect(toBasisPoints(6.5)).toBe(650);
    expect(toBasisPoints(33.33)).toBe(3333);
    expect(toBasisPoints(0.29)).toBe(29);
  });
});

describe("formatUsd", () => {
  it.each([
    [2_350_000, undefined, "$23,500"],
    [165_384, undefined, "$1,653.84"],
    [165_384, false, "$1,654"],
    [165_350, false, "$1,654"],
    [2_350_000, true, "$23,500.00"],
    [5, true, "$0.05"],
    [0, undefined, "$0"],
    [100, undefined, "$1"],
    [99_999, undefined, "$999.99"],
    [10_000_000_000, undefined, "$100,000,000"],
    [-165_384, undefined, "-$1,653.84"],
  ])("formatUsd(%s, cents: %s) = %s", (cents, showCents, text) => {
    expect(formatUsd(cents, showCents === undefined ? {} : { cents: showCents })).toBe(text);
  });
});

describe("parseMoneyInput accepts what people type", () => {
  it.each([
    ["$23,500", 2_350_000],
    ["23500.5", 2_350_050],
    ["23,500", 2_350_000],
    [" 23 500 ", 2_350_000],
    ["23500.50", 2_350_050],
    ["$ 1,653.84", 165_384],
    ["1,234,567.8", 123_456_780],
    ["0", 0],
    [".5", 50],
    ["23500.", 2_350_000],
    ["007", 700],
    ["23\u00a0500", 2_350_000],
    ["100,000,000", 10_000_000_000],
  ])("%j is %s cents", (text, cents) => {
    expect(parseMoneyInput(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ["abc", "numbers only"],
    ["", "Enter an amount"],
    ["   ", "Enter an amount"],
    ["$", "Enter an amount"],
    ["1.234", "to the cent"],
    ["1,234.567", "to the cent"],
    ["-5", "$0 or more"],
    ["$-5", "$0 or more"],
    ["(5)", "$0 or more"],
    ["1,2,3", "groups of three"], // mis-grouped: rejected, never read as 123
    ["1 2 3", "groups of three"],
    ["23,50", "groups of three"],
    ["23.500,00", "groups of three"],
    ["1.2.3", "groups of three"],
    ["100,000,000.01", "$100,000,000 or less"],
    ["99999999999999999999", "$100,000,000 or less"],
    ["12e3", "numbers only"],
  ])("%j is refused with a message mentioning %j", (text, fragment) => {
    const result = parseMoneyInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(fragment);
  });

  it("reads back every amount formatUsd writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(parseMoneyInput(formatUsd(cents))).toEqual({ ok: true, cents });
      }),
    );
  });

  it("shows a typed amount back as people write it, without the dollar sign, and reads it back", () => {
    const typed = (text: string) => {
      const parsed = parseMoneyInput(text);
      return parsed.ok ? typedMoney(parsed.cents) : null;
    };
    expect(typed("23500")).toBe("23,500");
    expect(typed("$1653.84")).toBe("1,653.84");
    expect(typed("1653.5")).toBe("1,653.50");
    expect(typed("0")).toBe("0");
    expect(typed("150k")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        expect(parseMoneyInput(typedMoney(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe("parsePercentInput", () => {
  it.each([
    ["6", 6],
    ["6%", 6],
    ["6.5 %", 6.5],
    [" 0 ", 0],
    ["100", 100],
    ["33.33", 33.33],
    [".5", 0.5],
  ])("%j is %s%", (text, value) => {
    const result = parsePercentInput(text);
    expect(result.ok && result.value).toBe(value);
  });

  it.each(["", "%", "abc", "-1", "100.01", "101", "6.125", "1e1", "6%%"])("%j is refused", (text) => {
    const result = parsePercentInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/percentage/);
  });
});
