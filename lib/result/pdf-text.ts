// Text for the PDF's built-in Helvetica, which can only draw the WinAnsi character set. A module
// of its own: the checklist model and the paycheck summary both use it.
// WinAnsi (Windows-1252) above ASCII: what Helvetica in a PDF can draw without an embedded font.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

const REPLACEMENTS: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "–", // figure dash
  "\u2015": "—", // horizontal bar
  "\u2264": "<=",
  "\u2265": ">=",
  "\u2260": "!=",
  "\u2248": "about ",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2713": "",
  "\u2714": "",
  "\u2009": " ", // thin space
  "\u202f": " ", // narrow no-break space
  "\u2032": "'",
  "\u2033": '"',
};

/**
 * The text with every character Helvetica cannot draw replaced by a close equivalent (or "?"
 * where there is none), so the PDF never shows a wrong glyph or a blank.
 */
export function pdfText(text: string): string {
  let safe = "";
  for (const char of text.normalize("NFC")) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) safe += char;
    else if (char === "\n" || char === "\t") safe += char;
    else safe += REPLACEMENTS[char] ?? "?";
  }
  return safe;
}
