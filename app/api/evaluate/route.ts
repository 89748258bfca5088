import { answersSchema, evaluate } from "@/lib/rules";
import { headers } from "next/headers";
import { publicResult } from "@/lib/result/public-result";
import { resultForAnswers } from "@/lib/result/result";
import { serverTodayIso } from "@/lib/server/clock.server";
import { readJsonBody } from "@/lib/server/http/read-json";
import { jsonNoStore, tooManyRequests } from "@/lib/server/http/responses";
import { consumeWorkFor } from "@/lib/server/rate-limit/work-limiter.server";

export const dynamic = "force-dynamic";

// An error answer says what was wrong without echoing a hostile body back: at most this many
// problems, each path and message cut short (zod names every unknown key in one message).
const MAX_ERRORS = 20;
const MAX_TEXT = 200;
const cut = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);

/**
 * POST the answers (the public JSON shape of `answersSchema`), get the evaluation and, as
 * `result`, the result model the page and the PDF render (as of the server's today), in dollars.
 * Bad input gets a 400 with a message per field; nothing here answers with a 500 for what a
 * caller sent.
 */
export async function POST(request: Request) {
  const limit = consumeWorkFor("evaluate", await headers());
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds, "Too many checks were sent from your network.");
  const body = await readJsonBody(request);
  if (!body.ok) return jsonNoStore({ error: body.message, errors: [] }, { status: body.status });
  const parsed = answersSchema.safeParse(body.value);
  if (!parsed.success) {
    return jsonNoStore(
      {
        error: "Some answers are missing or cannot be true",
        errors: parsed.error.issues
          .slice(0, MAX_ERRORS)
          .map((issue) => ({ path: cut(issue.path.map(String).join(".")), message: cut(issue.message) })),
        ...(parsed.error.issues.length > MAX_ERRORS ? { moreErrors: parsed.error.issues.length - MAX_ERRORS } : {}),
      },
      { status: 400 },
    );
  }
  // As of today: a closed year is answered as a look-back, in the past tense.
  const today = serverTodayIso();
  const evaluation = evaluate(parsed.data, today);
  return jsonNoStore({ ...evaluation, result: publicResult(resultForAnswers(parsed.data, today, undefined, evaluation)) });
}
