/**
 * Builds the Pagefind search index as the last step of `astro build`, through Pagefind's Node
 * API: one command makes the site and its search. Indexing is in Chinese (every page declares
 * lang="zh-CN"; only the part marked data-pagefind-body is indexed).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
        if (!index) throw new Error(`Pagefind 无法创建索引：${errors.join('；')}`);
        try {
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind 索引出错：${added.errors.join('；')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind 没有找到可索引的页面（缺少 data-pagefind-body）。');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind 写入索引出错：${written.errors.join('；')}`);
          logger.info(`search index: ${added.page_count} pages`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
