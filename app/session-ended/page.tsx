import type { Metadata } from "next";
import { startAgain } from "../check/actions";

export const metadata: Metadata = { title: "This link no longer works" };

export default function SessionEndedPage() {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">This link no longer works</h1>
      <p className="text-lg">
        The saved answers for this link have expired, were deleted, or the link is not complete.
        Saved answers are kept for 30 days after they were last used.
      </p>
      <p>You can start the check again. It takes about 10 minutes.</p>
      <form action={startAgain}>
        <button type="submit" className="bg-success px-5 py-2.5 text-lg font-bold text-white shadow-[0_2px_0_#0b0c0c] hover:bg-green-900">
          Start again
        </button>
      </form>
    </div>
  );
}
