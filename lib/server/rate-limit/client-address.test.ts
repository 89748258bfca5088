import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const from = (xForwardedFor?: string) => new Headers(xForwardedFor === undefined ? {} : { "x-forwarded-for": xForwardedFor });

describe("clientAddress", () => {
  it.each([
    // [x-forwarded-for, trusted proxy hops, client address]
    ["192.0.2.1", 0, "192.0.2.1"], // next start, no proxy: the socket address
    ["192.0.2.1", 1, "192.0.2.1"], // one proxy that sets the header
    ["6.6.6.6, 192.0.2.1", 1, "192.0.2.1"], // the client's own entry before the proxy's is ignored
    ["6.6.6.6, 192.0.2.1, 10.0.0.2", 2, "192.0.2.1"], // CDN then load balancer
    ["192.0.2.1", 2, "192.0.2.1"], // fewer entries than hops: the left-most
    [" 192.0.2.1 ,, ", 0, "192.0.2.1"],
    ["::ffff:192.0.2.1", 0, "192.0.2.1"],
    ["2001:DB8::1", 0, "2001:db8::1"],
  ])("x-forwarded-for %j with %i trusted hops is %s", (header, hops, expected) => {
    expect(clientAddress(from(header), hops)).toBe(expected);
  });

  it("is one shared 'unknown' when there is no header", () => {
    expect(clientAddress(from(), 0)).toBe("unknown");
    expect(clientAddress(from(" , "), 1)).toBe("unknown");
  });
});
