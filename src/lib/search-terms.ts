/**
 * Index-time help for Chinese search. Pagefind splits page text with jieba when it indexes, but
 * the browser splits a query with Intl.Segmenter, and every query word must be a prefix of some
 * indexed word on the page. The two splitters often disagree (Chromium splits 评议 into 评|议,
 * jieba keeps 民主评议 whole), so ordinary queries miss.
 *
 * Pagefind splits metadata fields on spaces only, and matches query words as prefixes. So for the
 * text that matters most (titles, headings, glossary terms, the everyday phrases in `keywords`)
 * we write every window of a Chinese run, one starting at each character, into a metadata field:
 * any piece of that text, however the browser cuts it, is then the prefix of one window.
 */

/** Runs of Han characters, letters and digits: what a reader can type as one query word. */
const RUN = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/** Longest window: longer than any word the browser's segmenter produces from our vocabulary. */
export const WINDOW = 6;

/** Every window of up to `size` characters, one starting at each position of each run. */
export function windows(text: string, size = WINDOW): string[] {
  const out = new Set<string>();
  for (const [run] of text.toLocaleLowerCase('zh-CN').matchAll(RUN)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) out.add(chars.slice(i, i + size).join(''));
  }
  return [...out];
}

/**
 * The value of a `data-pagefind-meta` field holding the windows of `texts`.
 * Commas separate fields in that attribute, so none may appear; runs never contain one.
 */
export function windowField(name: string, texts: readonly string[]): string {
  return `${name}:${windows(texts.join(' ')).join(' ')}`;
}

/** How the browser will cut a query: the same Intl.Segmenter call Pagefind makes. */
export function segment(text: string, locale = 'zh-CN'): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Metadata fields and how much a match in each adds to a result's score (Pagefind metaWeights). */
export const META_WEIGHTS = {
  /** Windows of a glossary entry's term and aliases: a set term finds its own entry first. */
  zh_term: 20,
  /** Windows of the title and of a glossary entry's term and aliases. */
  zh_title: 10,
  /** Windows of the everyday phrases authors list in `keywords`. */
  zh_keywords: 6,
  /** Windows of the page's headings and structured lists' titles. */
  zh_headings: 3,
  /** Pagefind's own title field: one token per space-separated run. */
  title: 2,
} as const;
