/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API: one command
 * makes the site and its search. Indexing is in Chinese (every page declares lang="zh-CN"; only
 * the part marked data-pagefind-body is indexed).
 *
 * Indexing starts as soon as the pages are written (astro:build:generated) and runs while the
 * integrations before this one in astro.config.mjs finish; astro:build:done waits for it, so
 * whatever comes after this integration sees the finished index.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

/** Indexes the built site in `site` and writes site/pagefind/; returns the number of pages. */
async function buildIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
  try {
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('；')}`);
    if (added.page_count === 0) throw new Error('Pagefind 没有找到可索引的页面（缺少 data-pagefind-body）。');
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('；')}`);
    return added.page_count;
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
