/**
 * Builds the Pagefind search index during `astro build`, with Pagefind's CLI: one command
 * makes the site and its search. Only the part of a page marked data-pagefind-body is indexed,
 * its Chinese text cut into words the way the browser cuts a query (src/shared/segment.ts).
 *
 * Indexing starts as soon as the pages are written (astro:build:generated) and runs while the
 * integrations before this one in astro.config.mjs finish; astro:build:done waits for it, so
 * whatever comes after this integration sees the finished index.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_LANGUAGE } from '../../shared/segment.ts';
import type { RenderedPages } from '../rendered-pages/integration.ts';
import { runPagefind } from './pagefind-cli.ts';
import { commonWords, writeCommonWords } from './common-words.ts';

/**
 * Indexes the built site in `site` and writes site/pagefind/. Pagefind reads a copy of each
 * indexed page whose text is already cut into words (src/build/search-index/staging.ts), staged
 * while the pages rendered (src/build/rendered-pages/) and kept in Astro's cacheDir between
 * builds: the files readers get stay as they are. Beside the index, the list of words on nearly
 * every page (common-words.ts). Returns the number of pages indexed and of pages cut anew, and
 * that list.
 */
async function buildIndex(
  site: string,
  rendered: RenderedPages,
): Promise<{ pages: number; cut: number; fromDisk: number; common: string[] }> {
  const { staging, written, pages: staged, fromDisk } = await rendered.staged(site);
  // The common words are counted while Pagefind indexes in its own process.
  const [pages, common] = await Promise.all([
    runPagefind({ site: staging, outputPath: path.join(site, 'pagefind'), language: INDEX_LANGUAGE }),
    Promise.resolve().then(() => commonWords(staging, staged)),
  ]);
  writeCommonWords(site, common);
  return { pages, cut: written, fromDisk, common };
}

export default function pagefindIntegration(rendered: RenderedPages): AstroIntegration {
  let outDir: string | undefined;
  let indexing: { site: string; result: ReturnType<typeof buildIndex> } | undefined;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:generated': () => {
        if (!outDir) return;
        const result = buildIndex(outDir, rendered);
        // Awaited (and its error thrown) in astro:build:done.
        result.catch(() => {});
        indexing = { site: outDir, result };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { pages, cut, fromDisk, common } =
          indexing?.site === site ? await indexing.result : await buildIndex(site, rendered);
        logger.info(
          `search index: ${pages} pages (${cut} cut into words anew, the others unchanged); ` +
            `pages read back from dist/ rather than as they rendered: ${fromDisk}; ` +
            `${common.length} common words left out of queries${common.length ? `: ${common.join(' ')}` : ''}`,
        );
      },
    },
  };
}
