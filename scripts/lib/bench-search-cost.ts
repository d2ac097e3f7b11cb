/**
 * What a reader's first search and a follow-up search cost on a built site, in Chromium, through
 * the real search page: files and bytes fetched from /pagefind/ (the worker's requests included,
 * counted on the browser context) and the time until results show. Used by `npm run bench` and
 * the budget test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { FIRST_SCREEN } from '../../src/shared/search-params.ts';
import { openSearch } from './search-run.ts';

export interface SearchStep {
  /** Bytes a host that gzips text sends (Pagefind's wasm, index, filter and fragment files are gzipped already). */
  bytes: number;
  files: string[];
  ms: number;
}

export interface SearchCost {
  /** Until the first results show: library, wasm, index chunks and the fragments of the results shown. */
  first: SearchStep;
  /**
   * What loads after them: the fragments of the rest of the first ten results, and the filter
   * index for the counts per filter (its time runs to network idle).
   */
  afterFirst: SearchStep;
  followUp: SearchStep;
}

export function gzippedBytes(dist: string, files: readonly string[]): number {
  return files.reduce((sum, f) => {
    const data = fs.readFileSync(path.join(dist, 'pagefind', f));
    return sum + (/\.(js|css|json)$/.test(f) ? zlib.gzipSync(data, { level: 9 }).length : data.length);
  }, 0);
}

/** What a file under /pagefind/ is, to say where a search's bytes go. */
export type PagefindFileKind = 'library' | 'wasm' | 'metadata' | 'index' | 'fragment' | 'filter' | 'other';

export function pagefindFileKind(file: string): PagefindFileKind {
  if (file.startsWith('fragment/')) return 'fragment';
  if (file.startsWith('filter/')) return 'filter';
  if (file.startsWith('index/')) return 'index';
  if (file.endsWith('.pf_meta')) return 'metadata';
  if (file.startsWith('wasm.')) return 'wasm';
  if (/\.(js|json)$/.test(file)) return 'library';
  return 'other';
}

/** Gzipped bytes of a search's files by kind, kinds with no file left out. */
export function bytesByKind(
  dist: string,
  files: readonly string[],
): Partial<Record<PagefindFileKind, number>> {
  const out: Partial<Record<PagefindFileKind, number>> = {};
  for (const file of files) {
    const kind = pagefindFileKind(file);
    out[kind] = (out[kind] ?? 0) + gzippedBytes(dist, [file]);
  }
  return out;
}

export async function measureSearch(
  browser: Browser,
  base: string,
  dist: string,
  first = '党员分散管不过来',
  followUp = '三会一课',
): Promise<SearchCost> {
  // No service worker: its background precache (the whole site) is not the cost of a search.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const files: string[] = [];
  // Fragments in the order they were asked for: the page asks for those below the first screen
  // only once the first FIRST_SCREEN results are shown, but their requests may finish before the
  // bench sees the results.
  const fragments: string[] = [];
  context.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/fragment/')) fragments.push(pathname.slice('/pagefind/'.length));
  });
  context.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/pagefind/')) files.push(pathname.slice('/pagefind/'.length));
  });
  try {
    let start = performance.now();
    await openSearch(page, base, first);
    const firstMs = performance.now() - start;
    const shown = files.length;
    await page.waitForLoadState('networkidle');
    const afterMs = performance.now() - start - firstMs;
    // The filter index and the fragments of results below the first screen load once the first
    // results are shown (tests/e2e/search.spec.ts holds them back to prove that), so they are
    // counted apart, whenever their requests happened to finish. A query with a quoted phrase
    // checks its results' fragments before it shows any: then all it fetched came first.
    const loaded = files.splice(0);
    const belowFirstScreen = new Set(/["“「]/.test(first) ? [] : fragments.slice(FIRST_SCREEN));
    const later = (f: string, i: number) =>
      f.startsWith('filter/') || (f.startsWith('fragment/') && (i >= shown || belowFirstScreen.has(f)));
    const firstFiles = loaded.filter((f, i) => !later(f, i));
    const afterFiles = loaded.filter((f, i) => later(f, i));
    start = performance.now();
    await page.getByRole('main').getByRole('searchbox').fill(followUp);
    await page.getByRole('main').getByRole('button', { name: '搜索' }).click();
    await page
      .locator('.status')
      .filter({ hasText: new RegExp(`“${followUp}”`) })
      .waitFor();
    const followUpMs = performance.now() - start;
    await page.waitForLoadState('networkidle');
    const followUpFiles = files.splice(0);
    return {
      first: { bytes: gzippedBytes(dist, firstFiles), files: firstFiles, ms: firstMs },
      afterFirst: {
        bytes: gzippedBytes(dist, afterFiles),
        files: afterFiles,
        ms: afterMs,
      },
      followUp: { bytes: gzippedBytes(dist, followUpFiles), files: followUpFiles, ms: followUpMs },
    };
  } finally {
    await context.close();
  }
}
