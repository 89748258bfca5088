// Scanned plan documents, made here: each page's text is drawn onto an image (as a scanner would
// give it), and the PDF holds only those images, with no text layer.
import { Buffer } from "node:buffer";
import { deflateSync } from "node:zlib";
import { createCanvas } from "@napi-rs/canvas";
import { pdfFromObjects } from "./hostile-documents";

/** Pixels per PDF unit of the page images: 2 is 144 dpi. */
const SCALE = 2;
const WIDTH = 612;
const HEIGHT = 792;

/** Wraps text into lines of about `width` characters. */
function wrap(text: string, width = 70): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  }
  return lines;
}

/** A grey-scale image of one page of text, as PDF image data (one byte a pixel). */
function pageImage(text: string): { width: number; height: number; gray: Buffer } {
  const width = WIDTH * SCALE;
  const height = HEIGHT * SCALE;
  const canvas = createCanvas(width, height);
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#000000";
  context.font = `${11 * SCALE}px sans-serif`;
  wrap(text).forEach((line, index) => context.fillText(line, 72 * SCALE, (90 + index * 16) * SCALE));
  const rgba = context.getImageData(0, 0, width, height).data;
  const gray = Buffer.alloc(width * height);
  for (let pixel = 0; pixel < gray.length; pixel++) gray[pixel] = rgba[pixel * 4]!;
  return { width, height, gray };
}

/** A PDF whose pages are images of `pages` (one string per page), with no text layer. */
export function scannedPdf(pages: string[]): Uint8Array<ArrayBuffer> {
  // Objects: 1 catalog, 2 pages, then per page: page, contents, image.
  const kids = pages.map((_, index) => `${3 + index * 3} 0 R`).join(" ");
  const objects: (string | Buffer)[] = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`];
  pages.forEach((text, index) => {
    const page = 3 + index * 3;
    const image = pageImage(text);
    const drawing = Buffer.from(`q ${WIDTH} 0 0 ${HEIGHT} 0 0 cm /Im Do Q`, "latin1");
    const data = deflateSync(image.gray);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Contents ${page + 1} 0 R /Resources << /XObject << /Im ${page + 2} 0 R >> >> >>`,
      Buffer.concat([Buffer.from(`<< /Length ${drawing.length} >>\nstream\n`, "latin1"), drawing, Buffer.from("\nendstream", "latin1")]),
      Buffer.concat([
        Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, "latin1"),
        data,
        Buffer.from("\nendstream", "latin1"),
      ]),
    );
  });
  return pdfFromObjects(objects);
}
