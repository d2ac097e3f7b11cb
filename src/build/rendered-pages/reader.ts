/**
 * Reads each built page once, in one of a few worker threads (worker.ts), each with its share of
 * the pages (shareOf), while the other pages still render: its indexed part is cut into words
 * and staged for Pagefind (src/build/search-index/staging.ts), and its ids and links are kept for
 * the link check (src/build/checks/links.ts), which runs once the whole site is written: each
 * reader checks the links of its pages against the ids of all pages.
 *
 * Pages arrive from the build's middleware. A page that did not pass through it (a redirect
 * Astro writes itself, say) or whose file differs from what passed is read from dist/ instead,
 * so the result is that of reading every page from disk.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathOf } from '../dist.ts';
import { checkLinks, linkPass, stringTable, type HtmlPage, type LinkProblem } from '../checks/links.ts';
import { Stager, type StageResult, type StagedPages } from '../search-index/staging.ts';

/** Which of `parts` readers reads `file`: the same one for a page that renders and for it on disk. */
export function shareOf(file: string, parts: number): number {
  let hash = 0;
  for (let i = 0; i < file.length; i++) hash = (hash * 31 + file.charCodeAt(i)) >>> 0;
  return hash % parts;
}

/** Ids of pages, by site path (`/cases/x/`). */
export type PageIds = Record<string, string[]>;

export class PageReader {
  private readonly stager: Stager;
  /** Parsed pages by file (`cases/x/index.html`), with the byte length of the HTML read. */
  private readonly read = new Map<string, { page: HtmlPage; bytes: number }>();
  private readonly own = stringTable();
  /** The first page that could not be staged, with why: reported when the staging is asked for. */
  private failure: Error | undefined;

  constructor(staging: string, previous: StagedPages = {}) {
    this.stager = new Stager(staging, previous);
  }

  /** Reads one page (`file` relative to the site). */
  add(file: string, html: string): void {
    // The links are read in the staging's parse of the page: one parse for both.
    const links = linkPass(this.own);
    try {
      this.stager.stage(file, html, links.pass);
    } catch (error) {
      this.failure ??= error as Error;
    }
    this.read.set(file, { page: links.page, bytes: Buffer.byteLength(html) });
  }

  /**
   * Makes what was read the site in `site`, whose pages are `files`: pages not read, or read
   * with another length than their file's, are read from disk; pages read that are not in
   * `files` are forgotten. Returns how many pages were read from disk (all of them without the
   * middleware).
   */
  complete(site: string, files: readonly string[]): number {
    const wanted = new Set(files);
    for (const file of this.read.keys()) {
      if (wanted.has(file)) continue;
      this.read.delete(file);
      this.stager.forget(file);
    }
    let fromDisk = 0;
    for (const file of files) {
      const full = path.join(site, file);
      const seen = this.read.get(file);
      if (seen && seen.bytes === fs.statSync(full).size) continue;
      this.add(file, fs.readFileSync(full, 'utf8'));
      fromDisk++;
    }
    return fromDisk;
  }

  /** The staged copies; throws for a page that could not be staged. */
  staged(): StageResult {
    if (this.failure) throw this.failure;
    return this.stager.result();
  }

  /** The ids of the pages read, for the readers of the other pages' links. */
  ids(): PageIds {
    return Object.fromEntries([...this.read].map(([file, { page }]) => [pathOf(file), [...page.ids]]));
  }

  /**
   * Problems of the links of the pages read, against `files` (every file of the site outside
   * pagefind/) and `others`, the ids of the pages other readers read.
   */
  linkProblems(files: ReadonlySet<string>, others: PageIds = {}): { pages: number; problems: LinkProblem[] } {
    const pages = new Map<string, HtmlPage>(
      Object.entries(others).map(([page, ids]) => [page, { ids: new Set(ids), links: [] }]),
    );
    for (const [file, { page }] of this.read) pages.set(pathOf(file), page);
    return { pages: this.read.size, problems: checkLinks(pages, files) };
  }
}
