// OCR of scanned pages with tesseract.js and the English data shipped in @tesseract.js-data/eng:
// both are read from node_modules, nothing is downloaded, and tesseract's cache is off, so no
// page image or text is written anywhere.
import { createRequire } from "node:module";
import path from "node:path";
import Tesseract from "tesseract.js";
import type { PageRecogniser } from "./extract";

export async function startRecogniser(): Promise<PageRecogniser> {
  const require = createRequire(import.meta.url);
  const langPath = path.join(path.dirname(require.resolve("@tesseract.js-data/eng/package.json")), "4.0.0_best_int");
  const worker = await Tesseract.createWorker("eng", Tesseract.OEM.LSTM_ONLY, { langPath, cacheMethod: "none", gzip: true, logger: () => {}, errorHandler: () => {} });
  return {
    async recognise(png) {
      const { data } = await worker.recognize(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      return data.text;
    },
    async close() {
      await worker.terminate();
    },
  };
}
