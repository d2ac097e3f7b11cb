/**
 * Chinese word cutting, the same on both sides of search: the build cuts the indexed text of each
 * page with Intl.Segmenter (src/build/search-index/staging.ts) and the browser cuts the query with
 * it, so every query word can match a word the index holds.
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

/** A UTF-16 surrogate: the run has characters outside the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

/** Every window of up to `size` characters, one starting at each position of each run. */
export function windows(text: string, size = WINDOW): string[] {
  const out = new Set<string>();
  for (const [run] of text.toLocaleLowerCase('zh-CN').matchAll(RUN)) {
    // Every page's metadata is cut here: slice the string itself unless a character takes two
    // code units, where only the array of characters cuts between characters.
    if (!SURROGATE.test(run)) {
      for (let i = 0; i < run.length; i++) out.add(run.slice(i, i + size));
      continue;
    }
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

/*
 * The index is cut into words by the same segmenter as the query. Pagefind's own Chinese indexing
 * (jieba, inside its binary) disagrees with the browser's Intl.Segmenter, and at 10,000 pages it
 * took four times as long and seven times the memory of indexing text that is already cut. So the
 * build cuts the text with Intl.Segmenter (Node and Chromium share ICU's dictionary) and hands
 * Pagefind words separated by spaces, with a language that has no segmenter of its own; the
 * search page cuts the query the same way. Results show the text without those spaces.
 */

/** The language the index is built with: “undetermined”, so Pagefind splits on spaces only. */
export const INDEX_LANGUAGE = 'und';

/** Full-width punctuation and the marks Chinese text shares with others (“”‘’…—·). */
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7';
const CHINESE = new RegExp(`[\\p{Script=Han}${CJK_PUNCT}]`, 'u');
const wordSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * `text` with a space on each side of every Chinese word and full-width punctuation mark, cut
 * where the segmenter cuts. Other text (Latin words, numbers, HTML entities) keeps its form.
 */
export function spaceWords(text: string): string {
  return spaceWordsEach([text])[0]!;
}

/**
 * Separates the texts of spaceWordsEach in one string for the segmenter: a paragraph separator,
 * around which Unicode's word-break rules always break (UAX #29, WB3a and WB3b), so no segment
 * spans two texts and each text is cut as if alone.
 */
const SEPARATOR = '\u2029';

/**
 * spaceWords of each of `texts`, with one call of the segmenter for all of them: each call has a
 * cost of its own (ICU's break iterator set up for the text), which a page's many short runs of
 * text (a link, a list item, a heading) would each pay.
 */
export function spaceWordsEach(texts: readonly string[]): string[] {
  const result = texts.slice();
  const cut = texts.flatMap((text, i) => (CHINESE.test(text) ? [i] : []));
  if (!cut.length) return result;
  let k = -1; // which text of `cut` is being read
  let end = -1; // where it ends in the joined string, at a separator (or the end)
  let out: string[] = [];
  let previousChinese = false;
  let previousSpace = true;
  for (const { segment, index } of wordSegmenter.segment(cut.map((i) => texts[i]).join(SEPARATOR))) {
    if (index === end) continue; // the separator
    if (index > end) {
      if (k >= 0) result[cut[k]!] = out.join('');
      k++;
      end = index + texts[cut[k]!]!.length;
      out = [];
      previousChinese = false;
      previousSpace = true;
    }
    const first = segment.charCodeAt(0);
    const space = first === 32 || first === 10 || first === 9 || first === 13 || first === 0xa0;
    const chinese = !space && isChinese(segment);
    if ((chinese || previousChinese) && !previousSpace && !space) out.push(' ');
    out.push(segment);
    previousChinese = chinese;
    previousSpace = space || /\s$/.test(segment);
  }
  result[cut[k]!] = out.join('');
  return result;
}

/** Does a segment hold Chinese? (Segments are short: a word, a number, a mark.) */
function isChinese(segment: string): boolean {
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charCodeAt(i);
    if (
      (c >= 0x3400 && c <= 0x9fff) || // CJK ideographs (and extension A)
      (c >= 0xf900 && c <= 0xfaff) || // compatibility ideographs
      (c >= 0xd840 && c <= 0xd87f) || // high surrogates of the supplementary ideographs
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2018 && c <= 0x201f) ||
      c === 0x2026 ||
      c === 0x2014 ||
      c === 0xb7
    )
      return true;
  }
  return false;
}

const INSERTED = new RegExp(
  `(?<=\\p{Script=Han}) (?=\\p{Script=Han})|(?<=[${CJK_PUNCT}]) | (?=[${CJK_PUNCT}])`,
  'gu',
);

/**
 * Undoes spaceWords for display: no space between two Chinese characters, nor next to full-width
 * punctuation. A space the author wrote between Chinese and Latin text or numbers stays.
 */
export function unspaceWords(text: string): string {
  return text.replace(INSERTED, '');
}
