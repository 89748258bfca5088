import { describe, expect, it } from "vitest";
import { MAX_ACTION_ARGUMENTS, MAX_UPLOAD_BODY_BYTES, maxBodyBytes, refuseBody, refuseRequest } from "./request-gate";

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
    expect(maxBodyBytes("/check/plan-document")).toBe(MAX_UPLOAD_BODY_BYTES);
    expect(post("/api/plan-document", { "content-length": String(15 * 1000 * 1000 + 4096) })).toBeNull();
    expect(post("/api/plan-document", { "content-length": String(MAX_UPLOAD_BODY_BYTES + 1) })).toMatchObject({ status: 413 });
    expect(post("/api/plan-document/x", { "content-length": String(100 * 1024) })).toMatchObject({ status: 413 });
  });
});

describe("refuseBody", () => {
  const body = (headers: Record<string, string>, content: BodyInit) => {
    const request = new Request("http://app.example/check/after-tax", { method: "POST", headers, body: content });
    return refuseBody("POST", "/check/after-tax", request.headers, () => request.clone());
  };
  const action = { "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" };

  it("lets a form and a fetch action's argument list through", async () => {
    const form = new FormData();
    form.set("afterTaxContributions", "yes");
    expect(await body({}, form)).toBeNull();
    expect(await body(action, '[{"values":{},"message":"$undefined","typed":"$$5"},"$K1"]')).toBeNull();
    const withRoot = new FormData();
    withRoot.set("0", '["$K1"]');
    expect(await body({ "next-action": "7f00" }, withRoot)).toBeNull();
  });

  it("refuses with 400 what Next would answer 500 to", async () => {
    const broken = '--XYZ\r\nContent-Disposition: form-data; name="1"\r\n\r\n"after-tax"\r\n--XY';
    expect(await body({ "content-type": "multipart/form-data; boundary=XYZ" }, broken)).toMatchObject({ status: 400, kind: "body that does not parse" });
    expect(await body(action, "not json at all")).toMatchObject({ status: 400 });
    expect(await body(action, `[${Array(20000).fill(1).join(",")}]`)).toMatchObject({ status: 400, kind: "action arguments that are not a short list" });
    expect(await body(action, '{"0": 1}')).toMatchObject({ status: 400 });
    // References to parts that are not there: React would wait for them, then answer 500.
    expect(await body(action, '["$Q1","$W2","$T3"]')).toMatchObject({ status: 400, kind: "action arguments that refer to parts that are not there" });
    expect(await body(action, '[{"nested":["$@1"]}]')).toMatchObject({ status: 400 });
    const missingPart = new FormData();
    missingPart.set("0", '["$Q1"]');
    expect(await body({ "next-action": "7f00" }, missingPart)).toMatchObject({ status: 400 });
    missingPart.set("1", "[]");
    expect(await body({ "next-action": "7f00" }, missingPart)).toBeNull();
    const longRoot = new FormData();
    longRoot.set("0", JSON.stringify(Array(MAX_ACTION_ARGUMENTS + 1).fill(null)));
    expect(await body({ "next-action": "7f00" }, longRoot)).toMatchObject({ status: 400 });
  });

  it("leaves the API and GETs alone", async () => {
    expect(await refuseBody("POST", "/api/evaluate", new Headers(action), () => new Request("http://x", { method: "POST", body: "nope" }))).toBeNull();
    expect(await refuseBody("GET", "/check/after-tax", new Headers(action), () => new Request("http://x"))).toBeNull();
  });
});
