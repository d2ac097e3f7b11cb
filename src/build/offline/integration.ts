/**
 * Offline: after the build (and after the search index and handouts exist), completes the manifest
 * of 离线保存 (save-manifest.ts), bundles src/client/sw.ts with esbuild and lets Workbox write
 * dist/sw.js with the precache list of the finished site, with content hashes as revisions: every
 * page, asset and search-index file while they fit the budget, else the shell (precache.ts).
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { injectManifest } from 'workbox-build';
import { choosePrecache, precacheBudget, type PrecacheMode } from './precache.ts';
import { writeSaveManifest } from './save-manifest.ts';

/** The string in the bundled worker that becomes the precache mode (see src/client/sw.ts). */
const MODE_PLACEHOLDER = '__PRECACHE_MODE__';

/** What readers' phones store: pages, styles, scripts, icons, the search index. Not PDFs. */
export const PRECACHE_GLOBS = [
  '**/*.{html,css,js,json,svg,png,webmanifest,txt,ics}',
  'pagefind/**/*.{pf_meta,pf_index,pf_filter,pf_fragment,pagefind}',
];
/**
 * Pagefind's own UI bundles, which this site does not use, the worker itself, and the manifests of
 * 离线保存 (only of use with a network, when saving).
 */
export const PRECACHE_IGNORES = [
  'sw.js',
  'offline-save/**',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-highlight.js',
];

export default function offline(): AstroIntegration {
  return {
    name: 'site:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const saveItems = writeSaveManifest(dist);
        const budget = precacheBudget();
        let mode: PrecacheMode = 'all';
        let whole = { files: 0, bytes: 0 };
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-'));
        try {
          const swSrc = path.join(tmp, 'sw.js');
          await build({
            entryPoints: [fileURLToPath(new URL('../../client/sw.ts', import.meta.url))],
            bundle: true,
            format: 'iife',
            minify: true,
            target: 'es2020',
            outfile: swSrc,
            define: { 'process.env.NODE_ENV': '"production"' },
            logLevel: 'warning',
          });
          const { count, size, warnings } = await injectManifest({
            swSrc,
            swDest: path.join(dist, 'sw.js'),
            globDirectory: dist,
            globPatterns: PRECACHE_GLOBS,
            globIgnores: PRECACHE_IGNORES,
            maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
            // Astro's hashed assets and Pagefind's hashed index files never change under one name.
            dontCacheBustURLsMatching: /(^_astro\/|\.pf_[a-z]+$)/,
            manifestTransforms: [
              (entries) => {
                const chosen = choosePrecache(entries, budget);
                mode = chosen.mode;
                whole = { files: entries.length, bytes: entries.reduce((sum, e) => sum + e.size, 0) };
                return { manifest: chosen.entries, warnings: [] };
              },
            ],
          });
          const swDest = path.join(dist, 'sw.js');
          fs.writeFileSync(swDest, fs.readFileSync(swDest, 'utf8').replace(MODE_PLACEHOLDER, mode));
          for (const w of warnings) logger.warn(w);
          const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
          // `npm run bench` reads this line.
          logger.info(
            `offline: ${count} files precached, ${mib(size)} (${mode === 'all' ? 'whole site' : `shell only, over the budget of ${mib(budget)}; the whole site is ${whole.files} files, ${mib(whole.bytes)}`}); ${saveItems} items to save offline`,
          );
        } finally {
          fs.rmSync(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}
