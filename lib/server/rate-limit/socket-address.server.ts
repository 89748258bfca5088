import "server-only";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

const PATCHED = Symbol.for("mbr.socketAddressStamp");

/**
 * Stamps every request this process's HTTP servers receive with the address of the socket it came
 * on, in SOCKET_ADDRESS_HEADER, overwriting whatever the client sent under that name. Next hands
 * route handlers and server actions the request's headers but not its socket, and the one header
 * it fills from the socket (x-forwarded-for) it leaves to the client when the client sends one.
 *
 * Done on `http.Server.prototype.emit`, so the servers `next start` has already created are
 * covered too; a "request" event is the first thing Node emits for a request, before Next reads
 * any header. Where this does not run (another server in front of Next's handler), the header
 * is absent and rate limits fall back to one global key (client-address.ts).
 */
export function stampSocketAddresses(): void {
  const proto = http.Server.prototype as http.Server & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const emit = proto.emit;
  proto.emit = function stampedEmit(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage | undefined;
      if (request?.headers) {
        const address = request.socket?.remoteAddress;
        if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
        else delete request.headers[SOCKET_ADDRESS_HEADER];
      }
    }
    return (emit as (event: string | symbol, ...rest: unknown[]) => boolean).apply(this, [event, ...args]);
  } as typeof proto.emit;
  proto[PATCHED] = true;
}
