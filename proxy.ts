import { NextResponse, type NextRequest } from "next/server";
import { MAX_JSON_BODY_BYTES } from "@/lib/server/http/read-json";
import { MAX_PLAN_DOCUMENT_BYTES } from "@/lib/plan-document/input";

// The plan-document upload (the page's form and the API) takes a PDF: it gets its own cap, and
// enforces it again while reading the body.
const PLAN_DOCUMENT_PATHS = new Set(["/check/plan-document", "/api/plan-document"]);
import { contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/server/security/headers";

/**
 * Every response gets the security headers, with a fresh CSP nonce. Next reads the nonce from
 * the request's Content-Security-Policy header and puts it on the scripts it renders.
 */
export function proxy(request: NextRequest) {
  const options = {
    nonce: newNonce(),
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
    development: process.env.NODE_ENV === "development",
    path: request.nextUrl.pathname,
  };
  // No page or API takes more than a few kilobytes. Refuse a larger declared body here with a 413:
  // past its own limit Next's server action handling answers 500.
  const maxBytes = PLAN_DOCUMENT_PATHS.has(request.nextUrl.pathname) ? MAX_PLAN_DOCUMENT_BYTES + 64 * 1024 : MAX_JSON_BODY_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) {
    const refused = new NextResponse("The request is too large.", { status: 413, headers: { "content-type": "text/plain" } });
    for (const [name, value] of Object.entries(securityHeaders(options))) refused.headers.set(name, value);
    return refused;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", contentSecurityPolicy(options));
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(securityHeaders(options))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
