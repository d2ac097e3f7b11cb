/**
 * One htmlparser2 pass over a built page for several readers of it: the link check's
 * (src/build/checks/links.ts) and the search index's cutting (src/build/search-index/staging.ts)
 * each read every page, and tokenising the page once for both halves the parsing.
 *
 * Entities are decoded (the link check compares addresses and texts as a browser reads them);
 * the parser's startIndex and endIndex still point into the page's source, which is all the
 * cutting reads.
 */
import { Parser, type Handler } from 'htmlparser2';

/** The callbacks one reader needs; `tag` events in document order, text as the parser hands it out. */
export type HtmlReader = Pick<Partial<Handler>, 'onopentag' | 'onclosetag' | 'ontext' | 'oncomment'>;

/** A reader made for one page, given the parser that reads it (for the source positions). */
export type HtmlPass = (parser: Parser) => HtmlReader;

/** Reads `html` once, handing every event to each pass in the order given. */
export function readHtml(html: string, ...passes: HtmlPass[]): void {
  const readers: HtmlReader[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs, implied) {
        for (const r of readers) r.onopentag?.(name, attrs, implied);
      },
      onclosetag(name, implied) {
        for (const r of readers) r.onclosetag?.(name, implied);
      },
      ontext(text) {
        for (const r of readers) r.ontext?.(text);
      },
      oncomment(text) {
        for (const r of readers) r.oncomment?.(text);
      },
    },
    { decodeEntities: true },
  );
  for (const pass of passes) readers.push(pass(parser));
  parser.end(html);
}
