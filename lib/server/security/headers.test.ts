import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, securityHeaders } from "./headers";

describe("security headers", () => {
  const base = { nonce: "abc", https: false, path: "/" };

  it("allows scripts only with the nonce, never inline, and never framing", () => {
    const csp = contentSecurityPolicy(base);
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("adds HSTS and upgrade-insecure-requests only over HTTPS", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    const https = securityHeaders({ ...base, https: true });
    expect(https["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
    expect(https["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  });

  it("sends only the origin from a resume URL, never its path, and never 'no-referrer' (it makes form posts Origin: null)", () => {
    expect(securityHeaders({ ...base, path: "/resume/xyz" })["Referrer-Policy"]).toBe("strict-origin");
    expect(securityHeaders(base)["Referrer-Policy"]).toBe("same-origin");
  });

  it("makes a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(atob([...nonces][0]!)).toHaveLength(16);
  });
});
