/**
 * The copy of a built site that Pagefind indexes: every page with an indexed part
 * (data-pagefind-body), its text cut into words (indexableHtml), at the same relative path.
 * Runs in a worker thread while the pages render (src/build/rendered-pages/), so that cutting
 * 10,000 pages uses the core the rendering leaves idle.
 *
 * The copies are kept between builds (in Astro's cacheDir) with a manifest of the digest of the
 * page each was cut from: a rebuild cuts again only the pages whose HTML changed.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Parser } from 'htmlparser2';
import { spaceWordsEach } from '../../shared/segment.ts';
import { codeDigest } from '../code-digest.ts';
import { readHtml, type HtmlPass, type HtmlReader } from '../html-pass.ts';

/** Pagefind's attributes that carry a page's data; outside an indexed part they would be lost. */
const DATA_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];

/**
 * What Pagefind is given for a built page: only its indexed parts (each element marked
 * data-pagefind-body), their text cut into words (spaceWordsEach), in a bare document with the page's
 * language; tags, attributes (metadata, filters), comments, scripts and styles unchanged. Pagefind
 * reads nothing else of a page that has such a part, so it builds the same index, byte for byte,
 * from a third of the HTML. Undefined for a page without the mark: it is not indexed at all.
 * Throws for a page with metadata, a filter or a sort key outside its indexed parts, which a
 * layout must put inside them.
 */
export function indexableHtml(html: string): string | undefined {
  const cut = indexedPartPass(html);
  readHtml(html, cut.pass);
  return cut.result();
}

/**
 * indexableHtml as a reader for readHtml, so that another reader of the page (the link check's)
 * shares the parse: `result()` once the page is read.
 */
export function indexedPartPass(html: string): { pass: HtmlPass; result: () => string | undefined } {
  let parser: Parser;
  let depth = 0; // elements open
  let bodyDepth = -1; // depth of the indexed part being read, or -1 outside one
  let raw = 0; // inside <script> or <style>
  let lang = '';
  // The indexed parts read so far: their HTML and, at the places in `runs`, their text, to be cut
  // all at once when the page is read.
  const out: string[] = [];
  const runs: number[] = [];
  let copied = 0; // html of the current part before this offset is in `out`
  let text: { start: number; end: number } | undefined; // a run of source text not yet cut
  let found = false;
  let outside: string | undefined; // a data attribute seen outside the indexed parts
  const flush = () => {
    if (!text) return;
    out.push(html.slice(copied, text.start));
    runs.push(out.length);
    out.push(html.slice(text.start, text.end));
    copied = text.end;
    text = undefined;
  };
  const reader: HtmlReader = {
    onopentag(tag, attrs) {
      flush();
      depth++;
      if (tag === 'html' && attrs.lang !== undefined) lang = attrs.lang;
      if (bodyDepth < 0 && 'data-pagefind-body' in attrs) {
        bodyDepth = depth;
        copied = parser.startIndex;
        found = true;
      } else if (bodyDepth < 0) outside ??= DATA_ATTRIBUTES.find((name) => name in attrs);
      if (tag === 'script' || tag === 'style') raw++;
    },
    onclosetag(tag) {
      flush();
      if (tag === 'script' || tag === 'style') raw = Math.max(0, raw - 1);
      if (depth === bodyDepth) {
        out.push(html.slice(copied, parser.endIndex + 1));
        bodyDepth = -1;
      }
      depth--;
    },
    oncomment: () => flush(),
    // The text as written (entities and all), from the source: an entity the parser decodes
    // arrives as text of its own, next to the text around it.
    ontext() {
      if (bodyDepth < 0 || raw) return;
      const start = parser.startIndex;
      const end = parser.endIndex + 1;
      if (text && text.end === start) text.end = end;
      else {
        flush();
        text = { start, end };
      }
    },
  };
  const result = () => {
    if (!found) return undefined;
    if (outside)
      throw new Error(
        `页面在 data-pagefind-body 之外用了 ${outside}：搜索索引只读带 data-pagefind-body 的部分，请把它移到该部分之内。`,
      );
    const parts = out.slice();
    const cut = spaceWordsEach(runs.map((i) => out[i]!));
    runs.forEach((i, k) => (parts[i] = cut[k]!));
    const langAttribute = lang ? ` lang="${lang.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"` : '';
    return `<!DOCTYPE html><html${langAttribute}><head><meta charset="utf-8"></head><body>${parts.join('')}</body></html>`;
  };
  return {
    pass: (p) => {
      parser = p;
      return reader;
    },
    result,
  };
}

/** Staged page (relative path) → digest of the built page it was cut from. */
export type StagedPages = Record<string, string>;

export interface StageResult {
  /** Every staged page, with the digest of the built page it was cut from. */
  pages: StagedPages;
  /** How many of them were cut and written anew (the others were unchanged since `previous`). */
  written: number;
}

export function pageDigest(html: string | Buffer): string {
  return createHash('sha1').update(html).digest('base64url');
}

/**
 * Writes the cut copies of built pages into `staging`, one page at a time as the build hands them
 * over (src/build/rendered-pages/). A page whose digest is the one in `previous` keeps the copy
 * already there.
 */
export class Stager {
  /** Every page staged so far, with its digest. */
  readonly pages: StagedPages = {};
  /** How many of them were cut and written anew. */
  written = 0;
  private readonly folders = new Set<string>();
  private readonly staging: string;
  private readonly previous: StagedPages;

  constructor(staging: string, previous: StagedPages = {}) {
    this.staging = staging;
    this.previous = previous;
  }

  /**
   * Stages one built page (`file` relative to the site); a page without an indexed part is
   * skipped. `riders` read the page in the same parse (or alone, when its copy stands).
   */
  stage(file: string, html: string, ...riders: HtmlPass[]): void {
    const digest = pageDigest(html);
    const copy = path.join(this.staging, file);
    // Cut from the same HTML by the same code (the manifest's version): the copy stands.
    if (this.previous[file] === digest && fs.existsSync(copy)) {
      if (riders.length) readHtml(html, ...riders);
      this.pages[file] = digest;
      return;
    }
    const cut = indexedPartPass(html);
    readHtml(html, cut.pass, ...riders);
    let staged: string | undefined;
    try {
      staged = cut.result();
    } catch (error) {
      throw new Error(`${file}：${(error as Error).message}`, { cause: error });
    }
    if (staged === undefined) {
      this.forget(file); // a page that was indexed and no longer is
      return;
    }
    this.pages[file] = digest;
    const folder = path.dirname(copy);
    if (!this.folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
    fs.writeFileSync(copy, staged);
    this.written++;
  }

  /** Drops a page staged earlier in this build (one the build did not write after all). */
  forget(file: string): void {
    delete this.pages[file];
  }

  result(): StageResult {
    return { pages: { ...this.pages }, written: this.written };
  }
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

/**
 * What cuts the copies: the cutting code and the ICU data of this Node (Intl.Segmenter's
 * dictionary). A change to either cuts every page again.
 */
export function stagingVersion(): string {
  return codeDigest(
    ['../../shared/segment.ts', './staging.ts'].map((file) => new URL(file, import.meta.url)),
    [process.versions.icu ?? '', process.versions.unicode ?? ''],
  );
}

/** The staging folder of one build, in Astro's cacheDir, and what the last build staged there. */
export interface StagingFolder {
  dir: string;
  manifestFile: string;
  version: string;
  previous: StagedPages;
}

/**
 * Opens `cacheDir`/index-staging/ for a build. The manifest is removed while the folder changes
 * and written again by closeStaging, so a build stopped half way leaves no manifest and the next
 * build starts the folder afresh.
 */
export function openStaging(cacheDir: string, version = stagingVersion()): StagingFolder {
  const dir = path.join(cacheDir, 'index-staging');
  const manifestFile = path.join(cacheDir, 'index-staging.json');
  const previous = readStagingManifest(manifestFile, version);
  fs.rmSync(manifestFile, { force: true });
  if (!previous) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  return { dir, manifestFile, version, previous: previous ?? {} };
}

/** Removes the copies of pages gone since the last build and writes the manifest of this one. */
export function closeStaging(folder: StagingFolder, pages: StagedPages): void {
  removeStale(folder.dir, folder.previous, pages);
  const manifest: StagingManifest = { version: folder.version, pages };
  fs.writeFileSync(`${folder.manifestFile}.tmp`, JSON.stringify(manifest));
  fs.renameSync(`${folder.manifestFile}.tmp`, folder.manifestFile);
}
