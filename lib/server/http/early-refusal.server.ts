import "server-only";
import http from "node:http";
import { env } from "@/lib/server/env.server";
import { clientAddress, SOCKET_ADDRESS_HEADER } from "@/lib/server/rate-limit/client-address";
import { wouldRefuse } from "@/lib/server/rate-limit/limiter.server";
import { waitText } from "./responses";
import { refuseRequest } from "./request-gate";

const PATCHED = Symbol.for("mbr.earlyRefusal");

/**
 * Next reads a request's whole body before proxy.ts runs (so the proxy can clone it): a post that
 * declares 17 MB was refused only once all 17 MB had arrived, and one that declares 17 MB and
 * sends nothing held its connection open. Here, on the "request" event of this process's HTTP
 * servers, before Next reads anything, a post whose declared length (or missing length, on a
 * page) the gate refuses is answered at once and its connection closed; the body is never read.
 * The proxy still applies every rule (request-gate.ts) to what gets through.
 */
export function refuseOversizedBodiesEarly(): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function earlyRefusalEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage | undefined, http.ServerResponse | undefined];
      if (request && response && refusedEarly(request, response)) return true;
      if (request && response && isResumeLink(request)) {
        // The page itself cannot set its status: a client already at its limit gets the 429 here.
        void resumeLimited(request).then(
          (retryAfterSeconds) => {
            if (retryAfterSeconds === null) (emit as (event: string | symbol, ...rest: unknown[]) => boolean).apply(this, [event, ...args]);
            else answerResumeLimited(response, retryAfterSeconds);
          },
          () => (emit as (event: string | symbol, ...rest: unknown[]) => boolean).apply(this, [event, ...args]),
        );
        return true;
      }
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).apply(this, [event, ...args]);
  } as typeof proto.emit;
  proto[PATCHED] = true;
}

function refusedEarly(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  const method = request.method ?? "GET";
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  let path: string;
  try {
    path = new URL(request.url ?? "/", "http://localhost").pathname;
  } catch {
    return false;
  }
  const headers = new Headers();
  const length = request.headers["content-length"];
  if (length !== undefined) headers.set("content-length", length);
  // Only the length rules here: Origin and the body's form are the proxy's to judge.
  const refusal = refuseRequest(method, path, headers);
  if (!refusal || (refusal.status !== 411 && refusal.status !== 413)) return false;
  console.warn(`Refused a ${method.slice(0, 10)} request with ${refusal.status} before reading its body: ${refusal.kind}`);
  response.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    connection: "close",
  });
  response.end(refusal.message, () => request.socket.destroy());
  return true;
}

function isResumeLink(request: http.IncomingMessage): boolean {
  return request.method === "GET" && /^\/resume\/[^/?#]+(?:[?#]|$)/.test(request.url ?? "");
}

/** Seconds to wait when the client has used its resume links for the hour, or null. */
async function resumeLimited(request: http.IncomingMessage): Promise<number | null> {
  const headers = new Headers();
  const forwarded = request.headers["x-forwarded-for"];
  if (typeof forwarded === "string") headers.set("x-forwarded-for", forwarded);
  if (request.socket?.remoteAddress) headers.set(SOCKET_ADDRESS_HEADER, request.socket.remoteAddress);
  const decision = await wouldRefuse("resume", clientAddress(headers, env.TRUSTED_PROXY_HOPS));
  return decision.allowed ? null : Math.max(1, decision.retryAfterSeconds);
}

/** The same words as the link's own page past the limit, with its status and the wait. */
function answerResumeLimited(response: http.ServerResponse, retryAfterSeconds: number): void {
  const html = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>This link cannot be opened right now</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5; color: #0b0c0c">
<h1>This link cannot be opened right now</h1>
<p data-testid="too-many">Too many resume links were opened from your network. Try again in ${waitText(retryAfterSeconds)}.</p>
<p><a href="/">Start the check again</a>. It takes about 5 minutes.</p>
</body>
</html>
`;
  response.writeHead(429, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "retry-after": String(retryAfterSeconds),
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
  });
  response.end(html);
}
