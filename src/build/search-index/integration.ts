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
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  readStagingManifest,
  removeStale,
  type StagedPages,
  type StageResult,
  type StagingManifest,
} from './staging.ts';
import { INDEX_LANGUAGE } from '../../shared/segment.ts';
import { htmlFiles } from '../dist.ts';
import { codeDigest } from '../code-digest.ts';
import { runPagefind } from './pagefind-cli.ts';
import { commonWords, writeCommonWords } from './common-words.ts';

/** Stages the pages for Pagefind in one worker thread per core (src/build/search-index/staging.ts). */
async function stageInWorkers(site: string, staging: string, previous: StagedPages): Promise<StageResult> {
  const parts = os.availableParallelism();
  const files = htmlFiles(site);
  const stage = (part: number) =>
    new Promise<StageResult>((resolve, reject) => {
      const worker = new Worker(new URL('./staging-worker.ts', import.meta.url), {
        workerData: { site, staging, files, part, parts, previous },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => {
        if (code !== 0) reject(new Error(`准备索引页面的线程异常退出（${code}）。`));
      });
    });
  const results = await Promise.all(Array.from({ length: parts }, (_, part) => stage(part)));
  return {
    pages: Object.assign({}, ...results.map((r) => r.pages)) as StagedPages,
    written: results.reduce((sum, r) => sum + r.written, 0),
  };
}

/**
 * What cuts the copies: the cutting code and the ICU data of this Node (Intl.Segmenter's
 * dictionary). A change to either cuts every page again.
 */
function stagingVersion(): string {
  return codeDigest(
    ['../../shared/segment.ts', './staging.ts'].map((file) => new URL(file, import.meta.url)),
    [process.versions.icu ?? '', process.versions.unicode ?? ''],
  );
}

/**
 * Refreshes the cut copies of the pages in `cacheDir`/index-staging/ (one worker thread per core
 * cuts the pages that changed since the last build; the copies of pages gone are removed).
 * The manifest is removed while the folder changes and written again after, so a build stopped
 * half way leaves no manifest and the next build starts the folder afresh.
 */
async function refreshStaging(site: string, cacheDir: string) {
  const staging = path.join(cacheDir, 'index-staging');
  const manifestFile = path.join(cacheDir, 'index-staging.json');
  const version = stagingVersion();
  const previous = readStagingManifest(manifestFile, version);
  fs.rmSync(manifestFile, { force: true });
  if (!previous) fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const { pages, written } = await stageInWorkers(site, staging, previous ?? {});
  removeStale(staging, previous ?? {}, pages);
  const manifest: StagingManifest = { version, pages };
  fs.writeFileSync(`${manifestFile}.tmp`, JSON.stringify(manifest));
  fs.renameSync(`${manifestFile}.tmp`, manifestFile);
  return { staging, written, pages: Object.keys(pages) };
}

/**
 * Indexes the built site in `site` and writes site/pagefind/. Pagefind reads a copy of each
 * indexed page whose text is already cut into words (src/build/search-index/staging.ts), kept in
 * `cacheDir` between builds: the files readers get stay as they are. Beside the index, the list of
 * words on nearly every page (common-words.ts). Returns the number of pages indexed and of pages
 * cut anew, and that list.
 */
async function buildIndex(
  site: string,
  cacheDir: string,
): Promise<{ pages: number; cut: number; common: string[] }> {
  const { staging, written, pages: staged } = await refreshStaging(site, cacheDir);
  // The common words are counted while Pagefind indexes in its own process.
  const [pages, common] = await Promise.all([
    runPagefind({ site: staging, outputPath: path.join(site, 'pagefind'), language: INDEX_LANGUAGE }),
    Promise.resolve().then(() => commonWords(staging, staged)),
  ]);
  writeCommonWords(site, common);
  return { pages, cut: written, common };
}

export default function pagefindIntegration(): AstroIntegration {
  let outDir: string | undefined;
  let cacheDir = '';
  let indexing: { site: string; result: ReturnType<typeof buildIndex> } | undefined;
  return {
    name: 'site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:generated': () => {
        if (!outDir) return;
        const result = buildIndex(outDir, cacheDir);
        // Awaited (and its error thrown) in astro:build:done.
        result.catch(() => {});
        indexing = { site: outDir, result };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { pages, cut, common } =
          indexing?.site === site ? await indexing.result : await buildIndex(site, cacheDir);
        logger.info(
          `search index: ${pages} pages (${cut} cut into words anew, the others unchanged); ` +
            `${common.length} common words left out of queries${common.length ? `: ${common.join(' ')}` : ''}`,
        );
      },
    },
  };
}
