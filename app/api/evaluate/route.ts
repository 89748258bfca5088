import { answersSchema, evaluate } from "@/lib/rules";
import { readJsonBody } from "@/lib/server/http/read-json";

export const dynamic = "force-dynamic";

/**
 * POST the answers (the public JSON shape of `answersSchema`), get the evaluation. Bad input
 * gets a 400 with a message per field; nothing here answers with a 500 for what a caller sent.
 */
export async function POST(request: Request) {
  const body = await readJsonBody(request);
  if (!body.ok) return Response.json({ error: body.message, errors: [] }, { status: body.status });
  const parsed = answersSchema.safeParse(body.value);
  if (!parsed.success) {
    return Response.json(
      {
        error: "Some answers are missing or cannot be true",
        errors: parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
      },
      { status: 400 },
    );
  }
  return Response.json(evaluate(parsed.data));
}
