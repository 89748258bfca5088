import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BODY_BYTES, maxBodyBytes, refuseRequest } from "./request-gate";

const post = (path: string, headers: Record<string, string>) =>
  refuseRequest("POST", path, new Headers({ host: "app.example", ...headers }));

describe("refuseRequest", () => {
  it("lets every GET through, whatever its headers", () => {
    expect(refuseRequest("GET", "/check/after-tax", new Headers({ origin: "::::" }))).toBeNull();
  });

  it("lets a same-origin form post with its length through", () => {
    expect(post("/check/after-tax", { origin: "http://app.example", "content-length": "300" })).toBeNull();
    expect(post("/check/after-tax", { origin: "https://app.example", "content-length": "300", "x-forwarded-host": "app.example" })).toBeNull();
    // A client that sends no Origin at all (not a browser) is not a cross-site request.
    expect(post("/check/after-tax", { "content-length": "300" })).toBeNull();
  });

  it.each(["null", "not a url", "http://", "javascript:alert(1)", "http://[::1", "x".repeat(3000)])(
    "refuses an Origin that does not parse (%j) with 403, pages and API alike",
    (origin) => {
      expect(post("/check/after-tax", { origin, "content-length": "1" })).toMatchObject({ status: 403, kind: "origin header that does not parse" });
      expect(post("/api/evaluate", { origin, "content-length": "1" })).toMatchObject({ status: 403 });
    },
  );

  it("refuses a post to a page from another origin with 403", () => {
    expect(post("/resume/abc", { origin: "http://evil.example", "content-length": "10" })).toMatchObject({ status: 403, kind: "post from another origin" });
    expect(post("/resume/abc", { origin: "http://app.example:8080", "content-length": "10" })).toMatchObject({ status: 403 });
  });

  it("refuses a post to a page without a length (a chunked body) with 411, but lets the API read its own", () => {
    expect(post("/check/after-tax", { origin: "http://app.example", "transfer-encoding": "chunked" })).toMatchObject({ status: 411 });
    expect(post("/api/evaluate", { "transfer-encoding": "chunked" })).toBeNull();
  });

  it("refuses a declared length past the limit with 413, and a length that is not a number with 400", () => {
    expect(post("/check/after-tax", { "content-length": String(64 * 1024 + 1) })).toMatchObject({ status: 413 });
    expect(post("/check/after-tax", { "content-length": String(64 * 1024) })).toBeNull();
    expect(post("/api/evaluate", { "content-length": "1e9" })).toMatchObject({ status: 400 });
    expect(post("/check/after-tax", { "content-length": "-1" })).toMatchObject({ status: 400 });
  });

  it("allows the plan-document upload its 15 MB file, and no more than 16 MB", () => {
    expect(maxBodyBytes("/api/plan-document")).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(post("/api/plan-document", { "content-length": String(15 * 1000 * 1000 + 4096) })).toBeNull();
    expect(post("/api/plan-document", { "content-length": String(MAX_UPLOAD_BODY_BYTES + 1) })).toMatchObject({ status: 413 });
    expect(post("/api/plan-document/x", { "content-length": String(100 * 1024) })).toMatchObject({ status: 413 });
  });
});
