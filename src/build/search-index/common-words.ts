/**
 * The words found on nearly every indexed page (党员 and 支部 on a large site), listed for the
 * search page so that it can leave them out of what it asks Pagefind (src/shared/common-words.ts).
 * Such a word barely moves a ranking, since every page has it, yet its part of the index is the
 * biggest a search downloads: its list of pages grows with the site.
 *
 * The words are counted on the staged copies (src/build/search-index/staging.ts), whose text is
 * already cut as the browser cuts a query, on an evenly spread sample of the pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { COMMON_WORDS_FILE, type CommonWords } from '../../shared/common-words.ts';

/** Share of the sampled pages a word must be on to count as common. */
export const COMMON_SHARE = 0.9;
/** At most this many pages are read; they are spread evenly over the sorted list of pages. */
export const SAMPLE_SIZE = 500;

/**
 * The distinct words of two or more characters in the indexed part of a staged page (from the
 * element marked data-pagefind-body on), without scripts, styles and parts marked
 * data-pagefind-ignore, which Pagefind does not index either.
 */
export function indexedWords(html: string): Set<string> {
  const words = new Set<string>();
  let body = false;
  let raw = 0;
  const open: boolean[] = []; // per open element: does it start an ignored part?
  let ignored = 0;
  const parser = new Parser({
    onopentag(tag, attrs) {
      if ('data-pagefind-body' in attrs) body = true;
      if (tag === 'script' || tag === 'style') raw++;
      const ignore = 'data-pagefind-ignore' in attrs;
      open.push(ignore);
      if (ignore) ignored++;
    },
    onclosetag(tag) {
      if (tag === 'script' || tag === 'style') raw = Math.max(0, raw - 1);
      if (open.pop()) ignored--;
    },
    ontext(text) {
      if (!body || raw || ignored) return;
      for (const word of text.toLocaleLowerCase('zh-CN').split(/\s+/))
        if ([...word].length > 1) words.add(word);
    },
  });
  parser.end(html);
  return words;
}

/** An evenly spread sample of at most `size` of `files` (every k-th, from the first): the same each build. */
export function sample<T>(files: readonly T[], size = SAMPLE_SIZE): T[] {
  if (files.length <= size) return [...files];
  const step = files.length / size;
  return Array.from({ length: size }, (_, i) => files[Math.floor(i * step)]!);
}

/**
 * The words on at least `share` (COMMON_SHARE) of a sample of the `pages` staged in `staging`
 * (paths relative to it), sorted.
 */
export function commonWords(staging: string, pages: readonly string[], share = COMMON_SHARE): string[] {
  const read = sample([...pages].sort());
  const counts = new Map<string, number>();
  for (const page of read)
    for (const word of indexedWords(fs.readFileSync(path.join(staging, page), 'utf8')))
      counts.set(word, (counts.get(word) ?? 0) + 1);
  const least = Math.ceil(share * read.length);
  return [...counts]
    .filter(([, count]) => count >= least)
    .map(([word]) => word)
    .sort();
}

/** Writes the list where the search page fetches it (COMMON_WORDS_FILE, under the site). */
export function writeCommonWords(site: string, words: readonly string[]): void {
  const list: CommonWords = { words: [...words] };
  fs.writeFileSync(path.join(site, COMMON_WORDS_FILE), JSON.stringify(list));
}
