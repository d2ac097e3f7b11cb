/**
 * What the service worker downloads on a reader's first visit. The whole site while it fits the
 * budget (it then works fully offline after one visit); above it only the shell and the search
 * library, and everything else is cached as it is read or saved with 离线保存.
 */
import path from 'node:path';

/** What readers' phones store: pages, styles, scripts, icons, the search index. Not PDFs. */
export const PRECACHE_GLOBS = [
  '**/*.{html,css,js,json,svg,png,webmanifest,txt,ics}',
  'pagefind/**/*.{pf_meta,pf_index,pf_filter,pf_fragment,pagefind}',
];
/**
 * Pagefind's own UI bundles, which this site does not use, the worker itself, and the manifests of
 * 离线保存 (only of use with a network, when saving).
 */
export const PRECACHE_IGNORES = [
  'sw.js',
  'offline-save/**',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

/** Workbox leaves larger files out of the precache (with a warning). */
export const MAX_PRECACHE_FILE_BYTES = 5 * 1024 * 1024;

/** Whether Workbox would list `file` (a path in dist/): it matches PRECACHE_GLOBS, not PRECACHE_IGNORES. */
export function isPrecacheCandidate(file: string): boolean {
  return (
    PRECACHE_GLOBS.some((glob) => path.matchesGlob(file, glob)) &&
    !PRECACHE_IGNORES.some((glob) => path.matchesGlob(file, glob))
  );
}

/** The most a first visit may download into the precache. */
export const PRECACHE_BUDGET_BYTES = 10 * 1024 * 1024;

/** The budget, or OFFLINE_BUDGET (bytes) when a test forces a small one. */
export function precacheBudget(env: Record<string, string | undefined> = process.env): number {
  const raw = env.OFFLINE_BUDGET;
  if (raw === undefined || raw === '') return PRECACHE_BUDGET_BYTES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`OFFLINE_BUDGET 应为字节数（非负整数），现在是“${raw}”。`);
  return n;
}

/** Pages of the shell that every site precaches above the budget, whatever its size. */
const ESSENTIAL_PAGES = new Set(['search/index.html', 'offline/index.html', 'wode/index.html']);
/**
 * Pagefind's library, worker, WebAssembly, entry and metadata, and our list of common words
 * (src/shared/common-words.ts): what any search loads first.
 */
const PAGEFIND_SHELL =
  /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|common-words\.json|wasm\.[^/]+\.pagefind|[^/]+\.pf_meta)$/;

/**
 * The shell, by path in dist/, in two ranks. 0, always: styles and scripts, icons, root files
 * (home, 404, manifest), the search page, the offline page, 我的学习, and Pagefind's library,
 * WebAssembly and metadata. 1, while they fit the budget: the other top-level pages (collection
 * indexes, glossary, sources, tools), which grow with the site. Anything else (undefined) is
 * cached as it is used: pages, index chunks, fragments and filters.
 */
export function shellRank(file: string): 0 | 1 | undefined {
  if (file.startsWith('_astro/') || file.startsWith('icons/')) return 0;
  if (file.startsWith('pagefind/')) return PAGEFIND_SHELL.test(file) ? 0 : undefined;
  if (!file.includes('/') || ESSENTIAL_PAGES.has(file)) return 0;
  return /^[^/]+\/index\.html$/.test(file) ? 1 : undefined;
}

export function isShellFile(file: string): boolean {
  return shellRank(file) !== undefined;
}

export interface PrecacheEntry {
  url: string;
  size: number;
}

export type PrecacheMode = 'all' | 'shell';

const sum = (entries: readonly PrecacheEntry[]) => entries.reduce((total, e) => total + e.size, 0);

/**
 * Everything while the total fits the budget. Else the shell: all of rank 0, then the pages of
 * rank 1, smallest first, while the total stays within the budget (on a very large site the
 * largest collection indexes are then cached when first opened, like any page).
 */
export function choosePrecache<T extends PrecacheEntry>(
  entries: readonly T[],
  budget: number,
): { mode: PrecacheMode; entries: T[]; total: number } {
  const total = sum(entries);
  if (total <= budget) return { mode: 'all', entries: [...entries], total };
  const chosen = entries.filter((e) => shellRank(e.url) === 0);
  let shellTotal = sum(chosen);
  for (const e of entries.filter((e) => shellRank(e.url) === 1).sort((a, b) => a.size - b.size)) {
    if (shellTotal + e.size > budget) break;
    chosen.push(e);
    shellTotal += e.size;
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  chosen.sort((a, b) => order.get(a)! - order.get(b)!);
  return { mode: 'shell', entries: chosen, total: shellTotal };
}
