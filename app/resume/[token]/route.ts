import { touchSession } from "@/lib/sessions/store.server";
import { readDraft } from "@/lib/wizard/draft";
import { firstIncomplete } from "@/lib/wizard/journey";
import { setSessionCookie } from "@/app/_server/wizard-session";

export const dynamic = "force-dynamic";

/**
 * A resume link: trade the token in the URL for an HttpOnly cookie, then redirect so that the
 * token leaves the address bar and the browser history. Unknown and expired links get the same
 * page, so the answer says nothing about which tokens exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
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
