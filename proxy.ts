import { NextResponse, type NextRequest } from "next/server";
import { refuseBody, refuseRequest } from "@/lib/server/http/request-gate";
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/server/security/headers";

/**
 * Every response gets the security headers, with a fresh CSP nonce. Next reads the nonce from
 * the request's Content-Security-Policy header and puts it on the scripts it renders.
 */
export async function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const options = {
    nonce: newNonce(),
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    development: process.env.NODE_ENV === "development",
    path,
  };
  // Hostile or malformed posts are answered here, before Next's server-action handling, which
  // answers 500 to several of them (lib/server/http/request-gate.ts).
  const refusal =
    refuseRequest(request.method, path, request.headers) ??
    (await refuseBody(request.method, path, request.headers, () => request.clone()));
  if (refusal) {
    // The kind of problem only: a header's value is the sender's choice and may be huge.
    console.warn(`Refused a ${request.method.slice(0, 10)} request with ${refusal.status}: ${refusal.kind}`);
    const refused = new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", connection: "close" },
    });
    for (const [name, value] of Object.entries(securityHeaders(options))) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy(options));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders(options))) response.headers.set(name, value);
  // Next serves its prerendered error page with a year-long cache lifetime; an error page must
  // never be kept by a browser or a shared cache.
  if (path === "/_global-error" || path === "/_not-found") response.headers.set("cache-control", "no-store");
  return response;
}

export const config = {
  // favicon.ico included: even its 404 carries the security headers.
  matcher: [{ source: "/((?!_next/static|_next/image).*)" }],
};
