import type { Metadata } from "next";
import { startAgain } from "../check/actions";

export const metadata: Metadata = { title: "These answers were deleted" };

/**
 * Where a browser lands, once, when the saved answers it held were deleted from another browser
 * (lib/server/sessions/store.server.ts, consumeDeletionNotice): said plainly, not a silent restart.
 */
export default function AnswersDeletedPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">These answers were deleted</h1>
      <p className="text-lg" data-testid="answers-deleted">
        Someone with the link to these saved answers deleted them, on this or another device. They cannot be brought
        back, and the link no longer works.
      </p>
      <p>You can start the check again. It takes about 5 minutes.</p>
      <form action={startAgain}>
        <button type="submit" className="bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900">
          Start again
        </button>
      </form>
    </div>
  );
}
