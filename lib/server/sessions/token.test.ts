import { describe, expect, it } from "vitest";
import { hashResumeToken, isWellFormedToken, newResumeToken } from "./token";

describe("newResumeToken", () => {
  it("is 32 random bytes as 43 base64url characters", () => {
    const token = newResumeToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("does not repeat", () => {
    const tokens = new Set(Array.from({ length: 1000 }, newResumeToken));
    expect(tokens.size).toBe(1000);
  });

  it("is always well formed", () => {
    for (let i = 0; i < 1000; i++) expect(isWellFormedToken(newResumeToken())).toBe(true);
  });
});

describe("hashResumeToken", () => {
  it("is SHA-256 in hex (FIPS 180-2 test vector)", () => {
    expect(hashResumeToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("differs from the token and has a fixed length", () => {
    const token = newResumeToken();
    const hash = hashResumeToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });
});

describe("isWellFormedToken", () => {
  const good = "A".repeat(42) + "_";
  it.each([
    ["one character short", "A".repeat(42)],
    ["one character long", "A".repeat(44)],
    ["base64 padding", "A".repeat(42) + "="],
    ["standard base64 '+'", "A".repeat(42) + "+"],
    ["standard base64 '/'", "A".repeat(42) + "/"],
    ["a trailing newline", good + "\n"],
    ["surrounding spaces", ` ${good.slice(1)} `],
    ["empty", ""],
    ["a path traversal", "../".repeat(14) + "x"],
  ])("rejects %s", (_, candidate) => {
    expect(isWellFormedToken(candidate)).toBe(false);
  });

  it.each([[undefined], [null], [43], [["x"]]])("rejects the non-string %j", (candidate) => {
    expect(isWellFormedToken(candidate)).toBe(false);
  });

  it("accepts 43 base64url characters", () => {
    expect(isWellFormedToken(good)).toBe(true);
    expect(isWellFormedToken("-".repeat(43))).toBe(true);
  });
});
