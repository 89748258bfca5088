// PDFKit ships no types. The app reaches it through @react-pdf/renderer and writes the checklist
// with it (components/pdf/ChecklistDocument.tsx); tests use it directly to make PDFs @react-pdf
// cannot (password-protected ones). Only what those two call.
declare module "pdfkit" {
  interface PDFDocumentOptions {
    autoFirstPage?: boolean;
    userPassword?: string;
    pdfVersion?: string;
    compress?: boolean;
    lang?: string;
    displayTitle?: boolean;
    info?: Record<string, string | Date>;
  }
  export default class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    on(event: "data", listener: (chunk: Buffer) => void): this;
    on(event: "end", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    addPage(): this;
    text(text: string): this;
    rect(x: number, y: number, width: number, height: number): this;
    fill(color: string): this;
    end(): void;
  }
}
