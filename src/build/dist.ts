/**
 * The listing of a built site, for the build steps that read it (link check, search-index
 * staging, the manifests of 离线保存): one walk of the folder each, shared with the staging
 * workers instead of repeated in every one of them; and the mapping between site paths and files.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function distFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The pages among `files` (or under `dir`): HTML outside pagefind/. */
export function htmlFiles(dir: string, files = distFiles(dir)): string[] {
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
