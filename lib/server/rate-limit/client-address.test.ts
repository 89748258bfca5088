import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER, UNKNOWN_CLIENT, clientAddress } from "./client-address";

const request = (xForwardedFor?: string, socket?: string) =>
  new Headers({
    ...(xForwardedFor === undefined ? {} : { "x-forwarded-for": xForwardedFor }),
    ...(socket === undefined ? {} : { [SOCKET_ADDRESS_HEADER]: socket }),
  });

describe("clientAddress", () => {
  it("with no proxy (0 hops) is the socket address, whatever x-forwarded-for the client sent", () => {
    expect(clientAddress(request(undefined, "192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientAddress(request("203.0.113.9", "192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientAddress(request("127.0.0.1", "192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientAddress(request("198.51.100.1, 198.51.100.2", "::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
  });

  it("is the one shared key when the client cannot be known: never a header the client chose", () => {
    expect(clientAddress(request(), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(request("203.0.113.9"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(request("203.0.113.9", " "), 0)).toBe(UNKNOWN_CLIENT);
  });

  it.each([
    // [x-forwarded-for, trusted proxy hops, client address]
    ["192.0.2.1", 1, "192.0.2.1"], // one proxy that sets the header
    ["6.6.6.6, 192.0.2.1", 1, "192.0.2.1"], // the client's own entry before the proxy's is ignored
    ["6.6.6.6, 192.0.2.1, 10.0.0.2", 2, "192.0.2.1"], // CDN then load balancer
    [" 192.0.2.1 ,, ", 1, "192.0.2.1"],
  ])("behind proxies, x-forwarded-for %j with %i trusted hops is %s", (header, hops, expected) => {
    expect(clientAddress(request(header, "10.0.0.1"), hops)).toBe(expected);
  });

  it("behind proxies, a request with fewer entries than hops did not come through them: its socket address", () => {
    expect(clientAddress(request("192.0.2.1", "10.9.9.9"), 2)).toBe("10.9.9.9");
    expect(clientAddress(request(undefined, "10.9.9.9"), 1)).toBe("10.9.9.9");
    expect(clientAddress(request("192.0.2.1"), 2)).toBe(UNKNOWN_CLIENT);
  });

  it("counts an IPv6 client by its /64 network, however the address is written", () => {
    const key = "2001:db8:0:0/64";
    for (const address of ["2001:db8::1", "2001:DB8::abcd:1", "2001:db8:0:0:ffff::7", "2001:0db8:0000:0000:1:2:3:4", "[2001:db8::1]"]) {
      expect(clientAddress(request(undefined, address), 0)).toBe(key);
    }
    expect(clientAddress(request(undefined, "2001:db8:0:1::1"), 0)).toBe("2001:db8:0:1/64");
    expect(clientAddress(request(undefined, "::1"), 0)).toBe("0:0:0:0/64");
  });
});
