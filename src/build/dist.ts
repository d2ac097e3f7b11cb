/**
 * The listing of a built site, for the build steps that read it (link check, search-index
 * staging, the manifests of 离线保存): one walk of the folder each, shared with the staging
 * workers instead of repeated in every one of them; and the mapping between site paths and files.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Every file under `dir`, as paths relative to it with forward slashes, sorted; folders for which
 * `skip` (given the folder's relative path) is true are not entered. Walked by hand: the paths are
 * built by joining names, where Node's recursive listing joins and relativises each of some 20,000
 * entries, and pagefind/, which Pagefind may still be writing, need not be listed at all.
 */
export function distFiles(dir: string, skip: (folder: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const visit = (folder: string, relative: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (!entry.isDirectory()) files.push(name);
      else if (!skip(name)) visit(path.join(folder, entry.name), name);
    }
  };
  visit(dir, '');
  return files.sort();
}

/** Skips the search bundle (for distFiles), which holds no page. */
export const notPagefind = (folder: string): boolean => folder === 'pagefind';

/** The pages among `files` (or under `dir`): HTML outside pagefind/. */
export function htmlFiles(dir: string, files = distFiles(dir, notPagefind)): string[] {
  return files.filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'));
}

/** The output file a site path is served from: `/a/b/` → `a/b/index.html`. */
export function fileOf(pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** The site path of an output file: `a/b/index.html` → `/a/b/`. */
export function pathOf(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
}
