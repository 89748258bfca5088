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
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const session = await touchSession(token);
  if (!session) return redirectTo(request, "/session-ended");
  await setSessionCookie(token);
  return redirectTo(request, `/check/${firstIncomplete(readDraft(session.answers))}`);
}

function redirectTo(request: Request, path: string): Response {
  return new Response(null, {
    status: 303,
    headers: { Location: new URL(path, request.url).toString(), "Cache-Control": "no-store" },
  });
}
