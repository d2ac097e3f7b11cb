/**
 * “Pagefind alone” for `npm run bench:search`: the same built pages indexed by Pagefind as it comes
 * (its own Chinese word cutting for `lang="zh-CN"`, none of our window fields), queried as typed
 * with its default ranking. What this site's search adds is measured against it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import * as pagefind from 'pagefind';
import type { Page } from 'playwright-core';
import { htmlFiles } from '../../src/build/dist.ts';
import { keyOfUrl } from './search-run.ts';

/** `html` without the hidden window fields (`<span hidden data-pagefind-meta="zh_…">`) of SearchMeta. */
export function withoutWindowFields(html: string): string {
  const cuts: { start: number; end: number }[] = [];
  let open: number | undefined;
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (tag === 'span' && attrs['data-pagefind-meta']?.startsWith('zh_')) open = parser.startIndex;
    },
    onclosetag(tag) {
      if (tag === 'span' && open !== undefined) {
        cuts.push({ start: open, end: parser.endIndex + 1 });
        open = undefined;
      }
    },
  });
  parser.end(html);
  return cuts.reduceRight((out, { start, end }) => out.slice(0, start) + out.slice(end), html);
}

/** Indexes the pages of `dist` with Pagefind alone; returns a folder holding the index in pagefind/. */
export async function buildPagefindAlone(dist: string): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-alone-'));
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  try {
    for (const file of htmlFiles(dist)) {
      const content = withoutWindowFields(fs.readFileSync(path.join(dist, file), 'utf8'));
      const url = `/${file.replace(/index\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length) throw new Error(`${file}：${added.errors.join('；')}`);
    }
    const wrote = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
    if (wrote.errors.length) throw new Error(wrote.errors.join('；'));
  } finally {
    await pagefind.close();
  }
  return out;
}

/** The first `max` result keys for `q`, from the Pagefind-alone index served at `base`. */
export async function runPagefindAlone(page: Page, base: string, q: string, max = 10): Promise<string[]> {
  if (!page.url().startsWith(base)) await page.goto(`${base}/`);
  const urls = await page.evaluate(
    async ({ q, max }) => {
      const url = '/pagefind/pagefind.js';
      const pf = (await import(url)) as {
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const { results } = await pf.search(q);
      return Promise.all(results.slice(0, max).map(async (r) => (await r.data()).url));
    },
    { q, max },
  );
  return urls.map(keyOfUrl);
}
