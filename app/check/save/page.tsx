import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CopyLink } from "@/components/wizard/CopyLink";
import { firstIncomplete } from "@/lib/wizard/journey";
import { currentResumeToken, loadWizard } from "@/app/_server/wizard-session";
import { serverTodayIso } from "@/lib/server/clock.server";
import { siteOrigin } from "./site-origin";

export const metadata: Metadata = { title: "Save and come back later" };

export default async function SavePage() {
  const loaded = await loadWizard();
  if (!loaded) redirect("/");
  // Only the cookie's secret unseals the link; a session saved before links were sealed has none to show.
  const token = await currentResumeToken(loaded);
  const link = token ? `${await siteOrigin()}/resume/${token}` : null;
  const expires = loaded.session.expiresAt.toISOString().slice(0, 10);
  return (
    <div className="space-y-6">
      <Link href={`/check/${firstIncomplete(loaded.draft, serverTodayIso())}`} className="inline-block text-ink">
        <span aria-hidden="true">‹ </span>Back to your check
      </Link>
      <h1 className="text-3xl font-bold">Save and come back later</h1>
      {link ? (
        <>
          <p className="text-lg">Your answers so far are saved. Open this link on any device to carry on where you left off:</p>
          <CopyLink link={link} />
        </>
      ) : (
        <p className="text-lg">Your answers so far are saved. Open the link you were given for them to carry on where you left off.</p>
      )}
      <div className="border-l-8 border-yellow-500 bg-yellow-50 p-4">
        <p className="font-bold">Anyone with this link can see your answers.</p>
        <p>Keep it private, like a password: store it in a password manager or send it only to yourself.</p>
      </div>
      <p>
        The link works until <strong>{expires}</strong>. Each time you use it, it works for another 30 days
        from that day. We do not keep a copy of the link, so we cannot send it to you again.
      </p>
      <h2 className="pt-4 text-xl font-bold">Delete my answers</h2>
      <p>This removes your saved answers at once, for everyone who has the link. The link will stop working.</p>
      <p>
        <Link href="/check/delete?from=save" className="inline-block py-1 font-bold text-error">
          Delete my answers
        </Link>
      </p>
    </div>
  );
}
