import "server-only";
import http from "node:http";
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
