import { touchSession } from "@/lib/server/sessions/store.server";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { readDraft } from "@/lib/wizard/draft";
import { firstIncomplete } from "@/lib/wizard/journey";
import { setSessionCookie } from "@/app/_server/wizard-session";

export const dynamic = "force-dynamic";

/**
 * A resume link: trade the token in the URL for an HttpOnly cookie, then redirect so that the
 * token leaves the address bar and the browser history. Unknown and expired links get the same
 * page, so the answer says nothing about which tokens exist.
 *
 * Every lookup counts against the client's hourly limit, and past it every link gets the same
 * 429, valid or not, before the token is even looked up: the status says "slow down", never
 * whether a token exists, and a guesser is stopped long before a 256-bit token could be found.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const limit = await consume("resume", requestClient(request.headers));
  if (!limit.allowed) return tooManyLookups(limit.retryAfterSeconds);
  const session = await touchSession(token);
  if (!session) return redirectTo("/session-ended");
  await setSessionCookie(token);
  return redirectTo(`/check/${firstIncomplete(readDraft(session.answers))}`);
}

// A relative Location keeps the visitor on the host they used: the cookie was set for it,
// and behind a proxy the server's own idea of its URL may name another host.
function redirectTo(path: string): Response {
  return new Response(null, { status: 303, headers: { Location: path, "Cache-Control": "no-store" } });
}

function tooManyLookups(retryAfterSeconds: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many links opened</title></head>
<body><main>
<h1>This link cannot be opened right now</h1>
<p>Too many resume links were opened from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.</p>
<p><a href="/">Start the check again</a>. It takes about 5 minutes.</p>
</main></body></html>
`;
  return new Response(body, {
    status: 429,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
    },
  });
}
