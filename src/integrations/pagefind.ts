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
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGE, spaceHtml } from '../lib/search-terms.ts';

/** Every HTML file under `site`, as paths relative to it (with forward slashes), sorted. */
function htmlFiles(site: string): string[] {
  return fs
    .readdirSync(site, { recursive: true })
    .map((name) => String(name).split(path.sep).join('/'))
    .filter((name) => name.endsWith('.html') && !name.startsWith('pagefind/'))
    .sort();
}

/**
 * Indexes the built site in `site` and writes site/pagefind/; returns the number of pages.
 * Each page goes to Pagefind with its text already cut into words (spaceHtml, see
 * src/lib/search-terms.ts); the files on disk stay as readers get them.
 */
async function buildIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  try {
    const queue = htmlFiles(site);
    const problems: string[] = [];
    // A few files in flight at once keep Pagefind busy while this process cuts the next ones.
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const content = spaceHtml(await fs.promises.readFile(path.join(site, file), 'utf8'));
        const added = await index.addHTMLFile({ sourcePath: file, content });
        problems.push(...added.errors.map((e) => `${file}：${e}`));
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    if (problems.length) throw new Error(`Pagefind 索引出错：${problems.join('；')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('；')}`);
    const entry = JSON.parse(fs.readFileSync(path.join(site, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
    if (pages === 0) throw new Error('Pagefind 没有找到可索引的页面（缺少 data-pagefind-body）。');
    return pages;
  } finally {
    await pagefind.close();
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
