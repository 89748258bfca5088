import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json";

function post(body: BodyInit | null, type = "application/json", headers: Record<string, string> = {}) {
  return new Request("http://localhost/api", { method: "POST", body, headers: { "content-type": type, ...headers } });
}

describe("reading a JSON body", () => {
  it("parses JSON", async () => {
    expect(await readJsonBody(post('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ["{not json", 400, "The request body is not valid JSON"],
    ["", 400, "The request body is empty: send the answers as JSON"],
  ])("refuses %j with %i", async (text, status, message) => {
    expect(await readJsonBody(post(text))).toEqual({ ok: false, status, message });
  });

  it("refuses another content type with 415", async () => {
    expect(await readJsonBody(post("a=1", "application/x-www-form-urlencoded"))).toMatchObject({ ok: false, status: 415 });
  });

  it("stops reading past the cap, even without a Content-Length header", async () => {
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new Uint8Array(16 * 1024).fill(32));
      },
    });
    const request = new Request("http://localhost/api", {
      method: "POST",
      body: stream,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(await readJsonBody(request, 64 * 1024)).toMatchObject({ ok: false, status: 413 });
    expect(pulls).toBeLessThan(10);
  });

  it("refuses a declared length over the cap without reading", async () => {
    expect(await readJsonBody(post("{}", "application/json", { "content-length": "999999" }), 1024)).toMatchObject({
      status: 413,
    });
  });
});
