import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "./client-address";
import { stampSocketAddresses } from "./socket-address.server";

describe("stampSocketAddresses", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    // Created before the stamp, as `next start` creates its server before register() runs.
    server = http.createServer((request, response) => {
      response.end(JSON.stringify(request.headers[SOCKET_ADDRESS_HEADER] ?? null));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    stampSocketAddresses();
    stampSocketAddresses(); // twice is once
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("puts the socket's address on every request, over whatever the client sent under that name", async () => {
    expect(await (await fetch(url)).json()).toBe("127.0.0.1");
    const spoofed = await fetch(url, { headers: { [SOCKET_ADDRESS_HEADER]: "203.0.113.9", "x-forwarded-for": "203.0.113.9" } });
    expect(await spoofed.json()).toBe("127.0.0.1");
  });
});
