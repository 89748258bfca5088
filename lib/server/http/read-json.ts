// Reading a JSON request body defensively: a size cap before parsing, and a plain message for
// each way it can be wrong. Pure: works on a web-standard Request, no framework needed.

export const MAX_JSON_BODY_BYTES = 64 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; message: string };

export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    return { ok: false, status: 415, message: "Send the answers as JSON with Content-Type: application/json" };
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return tooLarge(maxBytes);
  // Read at most maxBytes + one chunk, so a body without a length header cannot exhaust memory.
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder().decode(concat(chunks, size));
  if (text.trim() === "") return { ok: false, status: 400, message: "The request body is empty: send the answers as JSON" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, message: "The request body is not valid JSON" };
  }
}

function tooLarge(maxBytes: number): JsonBody {
  return { ok: false, status: 413, message: `The request body is larger than ${maxBytes / 1024} KB` };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
