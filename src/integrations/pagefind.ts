/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API: one command
 * makes the site and its search. Only the part of a page marked data-pagefind-body is indexed,
 * its Chinese text cut into words the way the browser cuts a query (src/lib/search-terms.ts).
 *
 * Indexing starts as soon as the pages are written (astro:build:generated) and runs while the
 * integrations before this one in astro.config.mjs finish; astro:build:done waits for it, so
 * whatever comes after this integration sees the finished index.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { Worker } from 'node:worker_threads';
import { INDEX_LANGUAGE } from '../lib/search-terms.ts';

/** Stages the pages for Pagefind in one worker thread per core (src/lib/index-staging.ts). */
function stageInWorkers(site: string, staging: string): Promise<number> {
  const parts = os.availableParallelism();
  const stage = (part: number) =>
    new Promise<number>((resolve, reject) => {
      const worker = new Worker(new URL('./index-staging-worker.ts', import.meta.url), {
        workerData: { site, staging, part, parts },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`准备索引页面的线程异常退出（${code}）。`));
      });
    });
  return Promise.all(Array.from({ length: parts }, (_, part) => stage(part))).then((counts) =>
    counts.reduce((a, b) => a + b, 0),
  );
}

/**
 * Indexes the built site in `site` and writes site/pagefind/; returns the number of pages.
 * Pagefind reads a copy of each indexed page whose text is already cut into words
 * (src/lib/index-staging.ts), written to a temporary folder by worker threads: the files readers
 * get stay as they are, and Pagefind's addDirectory parses the copies in parallel (handing pages
 * over one by one through addHTMLFile took 1.6× as long at 10,000 pages).
 */
async function buildIndex(site: string): Promise<number> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'site-index-'));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  try {
    await stageInWorkers(site, staging);
    const added = await index.addDirectory({ path: staging });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('；')}`);
    if (added.page_count === 0) throw new Error('Pagefind 没有找到可索引的页面（缺少 data-pagefind-body）。');
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('；')}`);
    // Pages really indexed (added.page_count also counts files without data-pagefind-body).
    const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  } finally {
    await pagefind.close();
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir: string | undefined;
  let indexing: { site: string; pages: Promise<number> } | undefined;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:generated': () => {
        if (!outDir) return;
        const pages = buildIndex(outDir);
        // Awaited (and its error thrown) in astro:build:done.
        pages.catch(() => {});
        indexing = { site: outDir, pages };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = indexing?.site === site ? await indexing.pages : await buildIndex(site);
        logger.info(`search index: ${pages} pages`);
      },
    },
  };
}
