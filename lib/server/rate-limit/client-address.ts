/**
 * The client's address as the app can know it, for rate limits.
 *
 * Next gives route handlers and server actions no socket address, only request headers, and
 * `next start` passes a client's own `x-forwarded-for` through untouched (it fills the header
 * from the socket only when the request has none). So with no proxy in front, that header is the
 * client's choice: a new value per request would be a new rate-limit bucket each time. Instead:
 *
 * - instrumentation.ts stamps every incoming request with the socket's address, in a header of
 *   its own that it always overwrites (SOCKET_ADDRESS_HEADER), so a client cannot choose it;
 * - TRUSTED_PROXY_HOPS=0 (the default, no proxy): that socket address; x-forwarded-for is ignored;
 * - TRUSTED_PROXY_HOPS=N: N proxies in front of the app each append the address they received the
 *   request from (nginx `$proxy_add_x_forwarded_for`, most load balancers). The nearest appends
 *   last, so the client is the N-th entry from the right; whatever the client put before that is
 *   ignored. A request with fewer entries did not come through the proxies: its socket address.
 *
 * Where no address can be known (no stamp: another server in front of Next's handler, a test),
 * every such request shares one global key, so the limits still hold in total
 * (docs/decisions/013-2-rate-limit-keys.md).
 *
 * IPv6 addresses count by their /64 network: one home or server is given a whole /64 and could
 * otherwise take a new address, and a new bucket, per request.
 */

export const SOCKET_ADDRESS_HEADER = "x-mbr-socket-address";

/** The key shared by every request whose client cannot be known. */
export const UNKNOWN_CLIENT = "unknown";

export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim() || null;
  if (trustedProxyHops > 0) {
    const entries = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
    if (entries.length >= trustedProxyHops) return normalise(entries[entries.length - trustedProxyHops]!);
  }
  return socket ? normalise(socket) : UNKNOWN_CLIENT;
}

/** One client, one key: `::ffff:192.0.2.1` is 192.0.2.1, IPv6 counts by its /64, case aside. */
export function normalise(address: string): string {
  const lower = address.toLowerCase().slice(0, 64);
  if (lower.startsWith("::ffff:") && lower.includes(".")) return lower.slice("::ffff:".length);
  if (!lower.includes(":")) return lower;
  return `${ipv6Prefix64(lower) ?? lower}/64`;
}

/** The first four groups of an IPv6 address, expanded ("2001:db8::1" gives "2001:db8:0:0"), or null. */
function ipv6Prefix64(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, "").split("%")[0]!;
  const halves = bare.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  // An embedded IPv4 tail takes two groups.
  const tailGroups = tail.length > 0 && tail.at(-1)!.includes(".") ? tail.length + 1 : tail.length;
  const missing = 8 - head.length - tailGroups;
  if (halves.length === 1 ? head.length + (head.at(-1)?.includes(".") ? 1 : 0) !== 8 : missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  const first = groups.slice(0, 4);
  if (first.length < 4 || !first.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return null;
  return first.map((group) => group.replace(/^0+(?=.)/, "")).join(":");
}
