// PDF.js inflates a compressed stream into one ArrayBuffer, and ArrayBuffers live outside the
// worker's heap limit: a 510 KB upload can ask for 512 MiB. Before PDF.js sees the file, every
// Flate stream is inflated here with a byte budget; zlib stops at the budget without allocating
// past it, so a bomb is refused at a few megabytes of memory.
import { inflateSync, constants as zlib } from "node:zlib";

/** No one stream may inflate past this (a scanned page at 300 dpi, in colour, is about 25 MiB). */
export const MAX_INFLATED_STREAM_BYTES = 64 * 1024 * 1024;
/** Nor all of them together past this. */
export const MAX_INFLATED_DOCUMENT_BYTES = 512 * 1024 * 1024;

export type InflateCheck = { ok: true; inflatedBytes: number; streams: number } | { ok: false; inflatedBytes: number };

const STREAM_KEYWORD = /stream\r?\n/g;
const FLATE = /\/(?:FlateDecode|Fl)\b/g;

/**
 * Inflates each Flate-compressed stream of the file (as many times as its filter list says),
 * counting bytes, and says whether the whole stays within the limits. Streams that do not
 * inflate (encrypted, damaged) are left to PDF.js, which the worker's memory watch bounds.
 */
export function checkInflatedSize(
  bytes: Uint8Array,
  { perStream = MAX_INFLATED_STREAM_BYTES, perDocument = MAX_INFLATED_DOCUMENT_BYTES } = {},
): InflateCheck {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  let inflatedBytes = 0;
  let streams = 0;
  STREAM_KEYWORD.lastIndex = 0;
  for (let match = STREAM_KEYWORD.exec(text); match; match = STREAM_KEYWORD.exec(text)) {
    const keywordAt = match.index;
    // "endstream" also ends in "stream": only a keyword after a dictionary starts a stream.
    if (text.slice(Math.max(0, keywordAt - 3), keywordAt) === "end") continue;
    const dictionaryEnd = text.lastIndexOf(">>", keywordAt);
    if (dictionaryEnd < 0 || text.slice(dictionaryEnd + 2, keywordAt).trim() !== "") continue;
    const objectStart = text.lastIndexOf(" obj", dictionaryEnd);
    const dictionary = text.slice(objectStart < 0 ? Math.max(0, dictionaryEnd - 4096) : objectStart, dictionaryEnd);
    const dataStart = keywordAt + match[0].length;
    const dataEnd = text.indexOf("endstream", dataStart);
    if (dataEnd < 0) break;
    STREAM_KEYWORD.lastIndex = dataEnd + "endstream".length;
    const passes = dictionary.match(FLATE)?.length ?? 0;
    if (passes === 0) continue;
    streams += 1;
    let data: Buffer = Buffer.from(bytes.buffer, bytes.byteOffset + dataStart, dataEnd - dataStart);
    for (let pass = 0; pass < passes; pass++) {
      const room = Math.min(perStream, perDocument - inflatedBytes);
      try {
        data = inflateSync(data, { maxOutputLength: Math.max(1, room), finishFlush: zlib.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) return { ok: false, inflatedBytes: inflatedBytes + room };
        // Not inflatable here (encrypted or damaged): PDF.js decides.
        break;
      }
      inflatedBytes += data.byteLength;
      if (inflatedBytes > perDocument) return { ok: false, inflatedBytes };
    }
  }
  return { ok: true, inflatedBytes, streams };
}
