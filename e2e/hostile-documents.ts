// Hostile plan documents, built here rather than kept as files: each is the smallest input that
// held, flooded or crashed the server before the reader ran in a worker with limits.
import { Buffer } from "node:buffer";
import { deflateRawSync, constants as zlib } from "node:zlib";

/** A PDF from its objects (1-based: objects[0] is "1 0 obj"), with a correct cross-reference table. */
export function pdfFromObjects(objects: (string | Buffer)[]): Uint8Array<ArrayBuffer> {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`, "latin1"), typeof body === "string" ? Buffer.from(body, "latin1") : body, Buffer.from("\nendobj\n", "latin1")]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`)].join("");
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return new Uint8Array(Buffer.concat(parts));
}

function stream(dictionary: string, data: Buffer | string): Buffer {
  const bytes = typeof data === "string" ? Buffer.from(data, "latin1") : data;
  return Buffer.concat([Buffer.from(`<< ${dictionary} /Length ${bytes.length} >>\nstream\n`, "latin1"), bytes, Buffer.from("\nendstream", "latin1")]);
}

const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

/** One page with its content stream (object 4) and Helvetica as /F1 (object 5); extra objects follow. */
function onePage(content: Buffer, resources: string, extra: (string | Buffer)[] = []): Uint8Array<ArrayBuffer> {
  return pdfFromObjects([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources ${resources} >>`,
    content,
    FONT,
    ...extra,
  ]);
}

/**
 * A page whose form XObject draws the next one `fanOut` times, `depth` levels deep: a few
 * kilobytes that ask for fanOut^depth text draws (10 x 9 levels: a billion).
 */
export function nestedFormXObjectPdf(depth = 9, fanOut = 10): Uint8Array<ArrayBuffer> {
  // Objects 6.. are the forms: form k (0-based) is object 6 + k, and draws form k + 1.
  const forms = Array.from({ length: depth }, (_, level) => {
    const isLeaf = level === depth - 1;
    const body = isLeaf ? "BT /F1 12 Tf 72 700 Td (After-tax contributions) Tj ET" : Array(fanOut).fill(`q /X Do Q`).join("\n");
    const resources = isLeaf ? "<< /Font << /F1 5 0 R >> >>" : `<< /XObject << /X ${6 + level + 1} 0 R >> >>`;
    return stream(`/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources ${resources}`, body);
  });
  return onePage(stream("", "q /X Do Q"), "<< /XObject << /X 6 0 R >> >>", forms);
}

/** One page of nothing but text-showing operators, `bytes` long (535 KB took 51.8 s on the request thread). */
export function textOperatorPdf(bytes = 535 * 1024): Uint8Array<ArrayBuffer> {
  const unit = "(a) Tj 1 0 Td\n";
  const body = `BT /F1 1 Tf 0 0 Td\n${unit.repeat(Math.ceil(bytes / unit.length))}ET`;
  return onePage(stream("", body), "<< /Font << /F1 5 0 R >> >>");
}

/**
 * A page whose content stream is `inflatedMiB` MiB of zeros, deflated: 512 MiB pack into about
 * 510 KB (deflate's best ratio is about 1,030 to 1).
 */
export function flateBombPdf(inflatedMiB = 512): Uint8Array<ArrayBuffer> {
  const zeros = Buffer.alloc(1024 * 1024);
  // Deflate 1 MiB at a time into one stream: the whole inflated page is never held here.
  const deflate = zlibDeflateIncremental();
  for (let mib = 0; mib < inflatedMiB; mib++) deflate.push(zeros);
  return onePage(stream("/Filter /FlateDecode", deflate.finish()), "<< /Font << /F1 5 0 R >> >>");
}

function zlibDeflateIncremental() {
  // zlib has no synchronous incremental API in Node; deflating the same 1 MiB block of zeros
  // gives a stream of identical compressed blocks, so the bomb is one block's deflate at full
  // flush repeated, closed by a final empty block. zlib inflates it as one stream.
  const header = Buffer.from([0x78, 0xda]);
  let block: Buffer | undefined;
  let count = 0;
  return {
    push(data: Buffer) {
      block ??= rawBlock(data);
      count += 1;
    },
    finish(): Buffer {
      const body = Buffer.concat(Array(count).fill(block!));
      // A final empty stored block, then the Adler-32 of the whole inflated data.
      return Buffer.concat([header, body, Buffer.from([0x03, 0x00]), adler32OfZeros(count * 1024 * 1024)]);
    },
  };
}

/** Deflate of `data` as raw blocks ending on a full flush (byte-aligned, not final). */
function rawBlock(data: Buffer): Buffer {
  return deflateRawSync(data, { level: 9, finishFlush: zlib.Z_FULL_FLUSH });
}

function adler32OfZeros(length: number): Buffer {
  // a stays 1; b adds a (1) once per byte.
  const b = length % 65521;
  const value = ((b << 16) | 1) >>> 0;
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value);
  return out;
}

/**
 * Pasted text that made the after-tax cap search quadratic: one long sentence with an "after-tax"
 * mention and a "% of pay" range every few words (480 KB held the server for 24 to 30 s).
 */
export function quadraticText(bytes = 480 * 1024): string {
  const unit = "after-tax up to 10% of pay ";
  return `You may make after-tax contributions. Your after-tax contributions are limited: ${unit.repeat(Math.ceil(bytes / unit.length))}.`;
}

/** 200,000 short sentences, 800 KB (a spread over them overflowed the stack). */
export function manySentencesText(count = 200_000): string {
  return "Ok. ".repeat(count);
}
