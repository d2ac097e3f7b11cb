/**
 * The copy of a built site that Pagefind indexes: every page with an indexed part
 * (data-pagefind-body), its text cut into words (indexableHtml), at the same relative path.
 * Runs in worker threads during the build (src/build/search-index/staging-worker.ts), so that
 * cutting 10,000 pages does not hold up the rest of the build.
 *
 * The copies are kept between builds (in Astro's cacheDir) with a manifest of the digest of the
 * page each was cut from: a rebuild cuts again only the pages whose HTML changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { spaceWords } from '../../shared/segment.ts';
import { htmlFiles } from '../dist.ts';

/**
 * What Pagefind is given for a built page: the page with the text of its indexed part (from the
 * element marked data-pagefind-body on) cut into words (spaceWords); tags, attributes (metadata,
 * filters), comments, scripts and styles unchanged. The header before that element is never
 * indexed, so it is not cut. Undefined for a page without the mark: it is not indexed at all.
 */
export function indexableHtml(html: string): string | undefined {
  let body = false;
  let raw = 0; // inside <script> or <style>
  let out = '';
  let copied = 0; // html before this offset is in `out`
  let text: { start: number; end: number } | undefined; // a run of text not yet cut
  const flush = () => {
    if (!text) return;
    out += html.slice(copied, text.start) + spaceWords(html.slice(text.start, text.end));
    copied = text.end;
    text = undefined;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        flush();
        if ('data-pagefind-body' in attrs) body = true;
        if (tag === 'script' || tag === 'style') raw++;
      },
      onclosetag(tag) {
        flush();
        if (tag === 'script' || tag === 'style') raw = Math.max(0, raw - 1);
      },
      oncomment: () => flush(),
      ontext() {
        if (!body || raw) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        if (text && text.end === start) text.end = end;
        else {
          flush();
          text = { start, end };
        }
      },
    },
    { decodeEntities: false },
  );
  parser.end(html);
  flush();
  return body ? out + html.slice(copied) : undefined;
}

/** Staged page (relative path) → digest of the built page it was cut from. */
export type StagedPages = Record<string, string>;

export interface StageResult {
  /** Every staged page of this part, with its digest. */
  pages: StagedPages;
  /** How many of them were cut and written anew (the others were unchanged since `previous`). */
  written: number;
}

export function pageDigest(html: string | Buffer): string {
  return createHash('sha1').update(html).digest('base64url');
}

/**
 * Writes the copies of `site`'s pages into `staging`. A page whose digest is the one in
 * `previous` keeps the copy already there. With `parts`, only every parts-th file from `part` on,
 * so that several workers share the pages; `files` is the site's listing (walked once for them all).
 */
export function stagePages(
  site: string,
  staging: string,
  {
    files = htmlFiles(site),
    part = 0,
    parts = 1,
    previous = {},
  }: { files?: readonly string[]; part?: number; parts?: number; previous?: StagedPages } = {},
): StageResult {
  const folders = new Set<string>();
  const pages: StagedPages = {};
  let written = 0;
  for (const file of files.filter((_, i) => i % parts === part)) {
    const html = fs.readFileSync(path.join(site, file), 'utf8');
    const staged = indexableHtml(html);
    if (staged === undefined) continue; // never indexed
    const digest = pageDigest(html);
    pages[file] = digest;
    const copy = path.join(staging, file);
    if (previous[file] === digest && fs.existsSync(copy)) continue;
    const folder = path.dirname(copy);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(copy, staged);
    written++;
  }
  return { pages, written };
}

/** The manifest of a staging folder: what cut the copies, and from which pages. */
export interface StagingManifest {
  /** Digest of the code and ICU version that cut the copies; another one means cut them all again. */
  version: string;
  pages: StagedPages;
}

/** The pages of the manifest in `file` if it was written by this `version`, else none. */
export function readStagingManifest(file: string, version: string): StagedPages | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as StagingManifest;
    return manifest.version === version ? manifest.pages : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the copies of pages staged before but not now (deleted, or no longer indexed). */
export function removeStale(staging: string, previous: StagedPages, current: StagedPages): number {
  let removed = 0;
  for (const file of Object.keys(previous)) {
    if (file in current) continue;
    fs.rmSync(path.join(staging, file), { force: true });
    removed++;
  }
  return removed;
}
