import { MAX_PLAN_DOCUMENT_BYTES, PROBLEM_MESSAGES, type DocumentProblem } from "@/lib/plan-document/input";
import { readDocumentInput } from "@/lib/server/plan-document/read";

export const dynamic = "force-dynamic";

const STATUS: Record<DocumentProblem, number> = {
  empty: 400,
  "not-pdf": 415,
  "too-large": 413,
  "too-many-pages": 413,
  password: 422,
  "no-text": 422,
  "too-slow": 422,
  unreadable: 422,
};

function problem(kind: DocumentProblem) {
  return Response.json({ error: PROBLEM_MESSAGES[kind], problem: kind }, { status: STATUS[kind] });
}

/** The body: a 15 MB file plus room for the multipart framing, whatever the declared length says. */
const MAX_BODY_BYTES = MAX_PLAN_DOCUMENT_BYTES + 64 * 1024;

async function readCapped(request: Request): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/**
 * POST a plan document, get what it says about the mega backdoor Roth features, with the
 * passages that decided each answer. Send a PDF as multipart/form-data in the field "file", or
 * the text as text/plain (form feeds between pages); add ?age=N (age at the end of the tax year)
 * to decide "after age 59½". Nothing sent is stored or logged.
 */
export async function POST(request: Request) {
  const type = request.headers.get("content-type") ?? "";
  const isMultipart = /^multipart\/form-data\b/i.test(type);
  const isText = /^text\/plain\b/i.test(type);
  if (!isMultipart && !isText) {
    return Response.json(
      { error: "Send the PDF as multipart/form-data in the field \"file\", or the text as text/plain", problem: "unsupported-type" },
      { status: 415 },
    );
  }
  // ?age=62: the person's age at the end of the tax year, which decides "after age 59½".
  const ageParam = new URL(request.url).searchParams.get("age");
  const age = ageParam === null ? undefined : Number(ageParam);
  if (age !== undefined && !(Number.isInteger(age) && age >= 18 && age <= 120)) {
    return Response.json({ error: "Give age as a whole number of years from 18 to 120", problem: "bad-age" }, { status: 400 });
  }
  const options = { ageAtYearEnd: age };
  const body = await readCapped(request);
  if (!body) return problem("too-large");
  if (isText) {
    const reading = await readDocumentInput({ text: new TextDecoder().decode(body) }, options);
    return reading.ok ? Response.json(reading.findings) : problem(reading.problem);
  }
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    return Response.json({ error: "The form data could not be read: send the PDF in the field \"file\"", problem: "bad-form" }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) return Response.json({ error: "Send the PDF in the field \"file\"", problem: "empty" }, { status: 400 });
  const reading = await readDocumentInput({ file }, options);
  return reading.ok ? Response.json(reading.findings) : problem(reading.problem);
}
