import { headers } from "next/headers";
import { MAX_PLAN_DOCUMENT_BYTES } from "@/lib/plan-document/input";
import { jsonNoStore, tooManyRequests } from "@/lib/server/http/responses";
import { READ_PROBLEM_MESSAGES, READ_PROBLEM_STATUS } from "@/lib/server/plan-document/problems";
import { readDocumentInput, type DocumentReading, type ReadProblem } from "@/lib/server/plan-document/read";
import { holdReadSlot, READ_SLOT_RETRY_SECONDS } from "@/lib/server/rate-limit/in-flight";
import { consumeWorkFor } from "@/lib/server/rate-limit/work-limiter.server";

export const dynamic = "force-dynamic";

function problem(kind: ReadProblem) {
  const status = READ_PROBLEM_STATUS[kind];
  return jsonNoStore({ error: READ_PROBLEM_MESSAGES[kind], problem: kind }, { status, headers: status === 503 ? { "retry-after": "30" } : {} });
}

function answer(reading: DocumentReading) {
  return reading.ok ? jsonNoStore(reading.findings) : problem(reading.problem);
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
    return jsonNoStore(
      { error: "Send the PDF as multipart/form-data in the field \"file\", or the text as text/plain", problem: "unsupported-type" },
      { status: 415 },
    );
  }
  // ?age=62: the person's age at the end of the tax year, which decides "after age 59½".
  const ageParam = new URL(request.url).searchParams.get("age");
  const age = ageParam === null ? undefined : Number(ageParam);
  if (age !== undefined && !(Number.isInteger(age) && age >= 18 && age <= 120)) {
    return jsonNoStore({ error: "Give age as a whole number of years from 18 to 120", problem: "bad-age" }, { status: 400 });
  }
  const options = { ageAtYearEnd: age };
  // Counted before the body is read: a client past its hourly limit costs no upload.
  const limit = consumeWorkFor("upload", await headers());
  if (!limit.allowed) return tooManyRequests(limit.retryAfterSeconds, "Too many documents were sent from your network.");
  const release = holdReadSlot(limit.client);
  if (!release) return tooManyRequests(READ_SLOT_RETRY_SECONDS, "A document from your network is being read already: wait for its answer.");
  try {
    const body = await readCapped(request);
    if (!body) return problem("too-large");
    if (isText) return answer(await readDocumentInput({ text: new TextDecoder().decode(body) }, options));
    let form: FormData;
    try {
      form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
    } catch {
      return jsonNoStore({ error: "The form data could not be read: send the PDF in the field \"file\"", problem: "bad-form" }, { status: 400 });
    }
    const file = form.get("file");
    if (!(file instanceof Blob)) return jsonNoStore({ error: "Send the PDF in the field \"file\"", problem: "empty" }, { status: 400 });
    return answer(await readDocumentInput({ file }, options));
  } finally {
    release();
  }
}
