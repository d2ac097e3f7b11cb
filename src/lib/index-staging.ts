/**
 * The copy of a built site that Pagefind indexes: every page with an indexed part
 * (data-pagefind-body), its text cut into words (indexableHtml), at the same relative path.
 * Runs in a worker thread during the build (src/integrations/index-staging-worker.ts), so that
 * cutting 10,000 pages does not hold up the rest of the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { bodyStart, indexableHtml } from './search-terms.ts';

/** Every HTML file under `site`, as paths relative to it (with forward slashes), sorted. */
export function htmlFiles(site: string): string[] {
  return fs
    .readdirSync(site, { recursive: true })
    .map((name) => String(name).split(path.sep).join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))
    .sort();
}

/**
 * Writes the copies of `site`'s pages into `staging`; returns how many it wrote. With `parts`,
 * only every parts-th file from `part` on, so that several workers share the pages.
 */
export function stagePages(site: string, staging: string, part = 0, parts = 1): number {
  const folders = new Set<string>();
  let written = 0;
  for (const file of htmlFiles(site).filter((_, i) => i % parts === part)) {
    const html = fs.readFileSync(path.join(site, file), 'utf8');
    if (bodyStart(html) < 0) continue; // never indexed
    const copy = path.join(staging, file);
    const folder = path.dirname(copy);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(copy, indexableHtml(html));
    written++;
  }
  return written;
}
