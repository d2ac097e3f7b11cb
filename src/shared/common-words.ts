/**
 * Words found on nearly every page (listed at build time, src/build/search-index/common-words.ts)
 * are left out of what the search page asks Pagefind, as long as the query keeps a word that is
 * not one of them. Every page has such a word, so it hardly changes which pages match or how they
 * rank, but its part of the index is the biggest download of a search on a large site.
 * Pure functions, used by the search page.
 */

/** The list's file, under the site's root; the search index's own files sit beside it. */
export const COMMON_WORDS_FILE = 'pagefind/common-words.json';

/** The file's content. */
export interface CommonWords {
  /** Lower-case words as the index holds them (cut by src/shared/segment.ts). */
  words: string[];
}

const isCommon = (word: string, common: ReadonlySet<string>) => common.has(word.toLocaleLowerCase('zh-CN'));
const wordsOf = (spaced: string) => spaced.split(/\s+/).filter(Boolean);

/**
 * Do the words that are not common single out pages? They must hold two characters or more
 * together: 三会一课, cut into four single characters, does; 管 alone is the start of too many words.
 */
const telling = (words: readonly string[], common: ReadonlySet<string>) =>
  [...words.filter((w) => !isCommon(w, common)).join('')].length > 1;

/**
 * A query cut into words (spaceWords) without its common words, when what remains is telling;
 * else the query unchanged, common words and all (党员 alone still finds pages about 党员).
 */
export function withoutCommonWords(spaced: string, common: ReadonlySet<string>): string {
  const words = wordsOf(spaced);
  if (!telling(words, common)) return spaced;
  return words.filter((w) => !isCommon(w, common)).join(' ');
}

/**
 * The queries for a question's words searched one by one (each cut into words): common words left
 * out of each, and a query with nothing telling dropped while another one has something.
 */
export function wordQueries(spaced: readonly string[], common: ReadonlySet<string>): string[] {
  const kept = spaced.map((q) => withoutCommonWords(q, common));
  const withTelling = kept.filter((q) => telling(wordsOf(q), common));
  return [...new Set(withTelling.length ? withTelling : kept)];
}
