/**
 * A small reader for the PDFs Chromium prints: how many pages, and which fonts (by subtype) the
 * file holds. The handout tests and the handout bench use it to hold the handouts to their budget
 * (no Type 3 font, a size per page).
 *
 * It follows the file's cross-reference table to each object and reads only the object's
 * dictionary, never a stream. Chromium (Skia) writes a classic table and no object streams; a
 * file with a cross-reference stream is refused with a clear error rather than read wrongly.
 */

export interface PdfFont {
  /** Type0, CIDFontType2, TrueType, Type1, Type3, … */
  subtype: string;
  /** The font's name without the leading slash (subset prefix included), when it has one. */
  name?: string;
}

export interface PdfSummary {
  pages: number;
  fonts: PdfFont[];
}

type Value = string | number | boolean | null | Value[] | { [key: string]: Value } | Ref;
interface Ref {
  ref: number;
}
/** A name keeps its slash, so it cannot be taken for a string. */
type Dict = { [key: string]: Value };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

class Lexer {
  private readonly text: string;
  at: number;

  constructor(text: string, at: number) {
    this.text = text;
    this.at = at;
  }

  private skip(): void {
    for (;;) {
      while (this.at < this.text.length && WHITESPACE.has(this.text.charCodeAt(this.at))) this.at++;
      if (this.text[this.at] !== '%') return;
      while (this.at < this.text.length && !'\r\n'.includes(this.text[this.at]!)) this.at++;
    }
  }

  private regular(): string {
    const start = this.at;
    while (
      this.at < this.text.length &&
      !WHITESPACE.has(this.text.charCodeAt(this.at)) &&
      !DELIMITERS.has(this.text.charCodeAt(this.at))
    )
      this.at++;
    return this.text.slice(start, this.at);
  }

  /** The next token as text, without moving. */
  peekWord(): string {
    const at = this.at;
    this.skip();
    const word = this.regular();
    this.at = at;
    return word;
  }

  expectWord(word: string): void {
    this.skip();
    const found = this.regular();
    if (found !== word) throw new Error(`PDF: expected “${word}” at byte ${this.at}, found “${found}”.`);
  }

  value(): Value {
    this.skip();
    const c = this.text[this.at];
    if (c === '/') {
      this.at++;
      return `/${this.regular()}`;
    }
    if (c === '[') {
      this.at++;
      const items: Value[] = [];
      for (this.skip(); this.text[this.at] !== ']'; this.skip()) {
        if (this.at >= this.text.length) throw new Error('PDF: unterminated array.');
        items.push(this.value());
      }
      this.at++;
      return items;
    }
    if (c === '<' && this.text[this.at + 1] === '<') return this.dict();
    if (c === '<') {
      const end = this.text.indexOf('>', this.at);
      const hex = this.text.slice(this.at + 1, end);
      this.at = end + 1;
      return hex;
    }
    if (c === '(') return this.literal();
    const word = this.regular();
    if (word === '') throw new Error(`PDF: unexpected “${c}” at byte ${this.at}.`);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === 'null') return null;
    const number = Number(word);
    if (Number.isNaN(number)) throw new Error(`PDF: unexpected “${word}” at byte ${this.at}.`);
    // `12 0 R` is a reference to object 12.
    const after = this.at;
    const generation = this.peekWord();
    if (/^\d+$/.test(generation)) {
      this.skip();
      this.regular();
      if (this.peekWord() === 'R') {
        this.expectWord('R');
        return { ref: number };
      }
    }
    this.at = after;
    return number;
  }

  dict(): Dict {
    this.at += 2;
    const dict: Dict = {};
    for (this.skip(); !this.text.startsWith('>>', this.at); this.skip()) {
      if (this.at >= this.text.length) throw new Error('PDF: unterminated dictionary.');
      const key = this.value();
      if (typeof key !== 'string' || !key.startsWith('/'))
        throw new Error(`PDF: a dictionary key is not a name at byte ${this.at}.`);
      dict[key.slice(1)] = this.value();
    }
    this.at += 2;
    return dict;
  }

  /** A literal string: balanced parentheses, backslash escapes. */
  private literal(): string {
    let depth = 0;
    const start = this.at;
    for (; this.at < this.text.length; this.at++) {
      const c = this.text[this.at];
      if (c === '\\') this.at++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    this.at++;
    return this.text.slice(start, this.at);
  }
}

/** Offsets of the objects in use, from the cross-reference table(s) the file ends with. */
function objectOffsets(text: string): number[] {
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) throw new Error('PDF: no startxref at the end of the file.');
  const offsets: number[] = [];
  const seen = new Set<number>();
  for (let at: number | undefined = Number(startxref[1]); at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const lexer = new Lexer(text, at);
    if (lexer.peekWord() !== 'xref')
      throw new Error('PDF: the file uses a cross-reference stream, which this reader does not read.');
    lexer.expectWord('xref');
    const table = /^\s*((?:\d+ \d+\s+(?:\d{10} \d{5} [nf]\s*)*)+)trailer/.exec(text.slice(lexer.at));
    if (!table) throw new Error(`PDF: unreadable cross-reference table at byte ${at}.`);
    for (const entry of table[1]!.matchAll(/(\d{10}) \d{5} n/g)) offsets.push(Number(entry[1]));
    const trailer = new Lexer(text, lexer.at + table[0].length).value() as Dict;
    at = typeof trailer.Prev === 'number' ? trailer.Prev : undefined;
  }
  return offsets;
}

/** The dictionary an object starts with, or undefined (a number, a stream of an array…). */
function objectDict(text: string, offset: number): Dict | undefined {
  const lexer = new Lexer(text, offset);
  lexer.value();
  lexer.value();
  lexer.expectWord('obj');
  const value = lexer.value();
  return value && typeof value === 'object' && !Array.isArray(value) && !('ref' in value)
    ? (value as Dict)
    : undefined;
}

/** Pages and fonts of a PDF file. */
export function readPdf(bytes: Uint8Array): PdfSummary {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!text.startsWith('%PDF-')) throw new Error('PDF: the file does not start with %PDF-.');
  let pages = 0;
  const fonts: PdfFont[] = [];
  for (const offset of objectOffsets(text)) {
    const dict = objectDict(text, offset);
    if (dict?.Type === '/Page') pages++;
    if (dict?.Type === '/Font') {
      const name = dict.BaseFont;
      fonts.push({
        subtype: String(dict.Subtype ?? '/?').slice(1),
        ...(typeof name === 'string' && { name: name.slice(1) }),
      });
    }
  }
  return { pages, fonts };
}
