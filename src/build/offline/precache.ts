/**
 * What the service worker downloads on a reader's first visit. The whole site while it fits the
 * budget (it then works fully offline after one visit); above it only the shell and the search
 * library, and everything else is cached as it is read or saved with 离线保存.
 */

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

/**
 * The shell, by path in dist/: styles and scripts, root files (home, 404, manifest, icons), every
 * top-level page (collection indexes, search, 我的学习, the offline page), and Pagefind's library,
 * WebAssembly and metadata. Index chunks, fragments and filters are left to be cached as used.
 */
export function isShellFile(file: string): boolean {
  if (file.startsWith('_astro/') || file.startsWith('icons/')) return true;
  if (file.startsWith('pagefind/'))
    return /^pagefind\/(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.[^/]+\.pagefind|[^/]+\.pf_meta)$/.test(
      file,
    );
  if (!file.includes('/')) return true;
  return /^[^/]+\/index\.html$/.test(file);
}

export interface PrecacheEntry {
  url: string;
  size: number;
}

export type PrecacheMode = 'all' | 'shell';

/** Everything while the total fits the budget, else the shell only. */
export function choosePrecache<T extends PrecacheEntry>(
  entries: readonly T[],
  budget: number,
): { mode: PrecacheMode; entries: T[]; total: number } {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  if (total <= budget) return { mode: 'all', entries: [...entries], total };
  const shell = entries.filter((e) => isShellFile(e.url));
  return { mode: 'shell', entries: shell, total: shell.reduce((sum, e) => sum + e.size, 0) };
}
