/**
 * What a printed PDF holds, for the handout tests and the handout bench: how many pages, and which
 * fonts (by subtype) it embeds, so the handouts can be held to their budget (no Type 3 font, a
 * size per page). pdf-lib parses the file; only the font dictionaries are read here.
 */
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';

export interface PdfFont {
  /** Type0, CIDFontType2, TrueType, Type1, Type3, … */
  subtype: string;
  /** The font's name (subset prefix included), when it has one. */
  name?: string;
}

export interface PdfSummary {
  pages: number;
  fonts: PdfFont[];
}

/** A name object's text without its slash. */
const nameOf = (dict: PDFDict, key: string) => dict.lookupMaybe(PDFName.of(key), PDFName)?.decodeText();

/** The page count and every font dictionary of a PDF, in object order. */
export async function readPdf(bytes: Uint8Array): Promise<PdfSummary> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const fonts: PdfFont[] = [];
  const objects = doc.context.enumerateIndirectObjects().sort(([a], [b]) => a.objectNumber - b.objectNumber);
  for (const [, object] of objects) {
    if (!(object instanceof PDFDict) || nameOf(object, 'Type') !== 'Font') continue;
    const name = nameOf(object, 'BaseFont');
    fonts.push({ subtype: nameOf(object, 'Subtype') ?? '', ...(name ? { name } : {}) });
  }
  return { pages: doc.getPageCount(), fonts };
}
