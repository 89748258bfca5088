import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { CopyLink } from "@/components/wizard/CopyLink";
import { consume, requestClient } from "@/lib/server/rate-limit/limiter.server";
import { loadSession } from "@/lib/server/sessions/store.server";
import { isWellFormedToken } from "@/lib/server/sessions/token";
import { currentResumeToken, loadWizard } from "@/app/_server/wizard-session";
import { resumeSession } from "@/app/check/actions";
import { siteOrigin } from "@/app/check/save/site-origin";

export const metadata: Metadata = { title: "Continue with your saved answers", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/**
 * Opening a resume link changes nothing: no cookie is set on a GET, so a page elsewhere that
 * sends a visitor here cannot swap them into another session. The button posts (same origin
 * only) to resumeSession, which does the swap.
 *
 * Every lookup counts against the client's hourly limit, and past it every link gets the same
 * page, valid or not, before the token is even looked up. Unknown and expired links get the same
 * "no longer works" page, so the answer says nothing about which tokens exist.
 */
export default async function ResumePage({ params }: Props) {
  const { token } = await params;
  let state: { kind: "limited"; minutes: number } | { kind: "ended" } | { kind: "found"; sameSession: boolean; putAside: boolean; asideLink: string | null };
  try {
    const limit = await consume("resume", requestClient(await headers()));
    if (!limit.allowed) {
      state = { kind: "limited", minutes: Math.max(1, Math.ceil(limit.retryAfterSeconds / 60)) };
    } else {
      const session = isWellFormedToken(token) ? await loadSession(token) : null;
      if (!session) state = { kind: "ended" };
      else {
        // Opening another link is not the moment for a deletion notice about this browser's old answers.
        const current = await loadWizard({ noticeDeletion: false });
        const other = current && current.session.id !== session.id ? current : null;
        const asideToken = other ? await currentResumeToken(other) : null;
        state = {
          kind: "found",
          sameSession: current?.session.id === session.id,
          putAside: other !== null,
          asideLink: asideToken ? `${await siteOrigin()}/resume/${asideToken}` : null,
        };
      }
    }
  } catch (error) {
    unstable_rethrow(error);
    console.error(`Opening a resume link failed: ${(error as Error)?.name ?? "unknown error"}`);
    redirect("/check/save/unavailable?what=resume");
  }
  if (state.kind === "ended") redirect("/session-ended");

  if (state.kind === "limited") {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">This link cannot be opened right now</h1>
        <p className="text-lg" data-testid="too-many">
          Too many resume links were opened from your network. Try again in {state.minutes} minute{state.minutes === 1 ? "" : "s"}.
        </p>
        <p>
          <Link href="/">Start the check again</Link>. It takes about 10 minutes.
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Continue with your saved answers</h1>
      {state.sameSession ? (
        <p className="text-lg">These are the answers you are already working on in this browser.</p>
      ) : (
        <p className="text-lg">This link opens answers someone saved to come back to later. Continue only if you saved them.</p>
      )}
      {state.putAside && (
        <div className="border-l-8 border-yellow-500 bg-yellow-50 p-4" data-testid="put-aside">
          <p className="font-bold">The answers you are working on now in this browser will be put aside.</p>
          {state.asideLink ? (
            <>
              <p className="mb-4">They stay saved. To come back to them later, keep their own link:</p>
              <CopyLink link={state.asideLink} />
            </>
          ) : (
            <p>They stay saved, and open again with the link you were given for them.</p>
          )}
        </div>
      )}
      <form action={resumeSession}>
        <input type="hidden" name="token" value={token} />
        <button
          type="submit"
          className="bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900"
        >
          Continue with your saved answers
        </button>
      </form>
      <p>
        <Link href="/">Go to the start page instead</Link>
      </p>
    </div>
  );
}
