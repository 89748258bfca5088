/**
 * The client's address as the app can know it. Next gives route handlers and server actions no
 * socket address, only request headers, so it comes from `x-forwarded-for`.
 *
 * Measured on `next start` 16.4 (e2e/rate-limits.spec.ts checks it): the server fills
 * x-forwarded-for with the socket's address only when the request has none (`??=` in
 * base-server.js). A header the client sent itself is passed through untouched, and nothing is
 * appended to it. So:
 *
 * - TRUSTED_PROXY_HOPS=0 (the default, no proxy): the right-most entry, which is the socket
 *   address for an honest client. A client that talks to `next start` directly can send its own
 *   header and choose its rate-limit key, so a public deployment belongs behind a proxy.
 * - TRUSTED_PROXY_HOPS=N: N proxies in front of the app each append the address they received the
 *   request from (nginx `$proxy_add_x_forwarded_for`, most load balancers). The nearest appends
 *   last, so the client is the N-th entry from the right; whatever the client put before that
 *   is ignored. A proxy that overwrites the header instead leaves one entry: also right for N=1.
 *
 * Fewer entries than hops (a request that did not come through the proxies) falls back to the
 * left-most entry, which the first proxy saw.
 */
export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) return "unknown";
  const index = Math.max(0, entries.length - Math.max(1, trustedProxyHops));
  return normalise(entries[index]!);
}

/** One client, one key: `::ffff:192.0.2.1` is 192.0.2.1, and IPv6 letters are case-insensitive. */
function normalise(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice("::ffff:".length) : lower;
}
