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
// Only the part of Workbox this step uses: its index also loads the service-worker generator, with
// Babel and Rollup, on the main thread before the build can start.
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import { distFiles } from '../dist.ts';
import {
  MAX_PRECACHE_FILE_BYTES,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  choosePrecache,
  isPrecacheCandidate,
  precacheBudget,
  type PrecacheMode,
} from './precache.ts';
import { writeSaveManifest } from './save-manifest.ts';

/** The string in the bundled worker that becomes the precache mode (see src/client/sw.ts). */
const MODE_PLACEHOLDER = '__PRECACHE_MODE__';

/** src/client/sw.ts bundled, with the precache list still to be injected. */
async function bundleServiceWorker(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../../client/sw.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

export default function offline(): AstroIntegration {
  let serviceWorker: Promise<string> | undefined;
  return {
    name: 'site:offline',
    hooks: {
      'astro:build:start': () => {
        // Bundled while the site builds; awaited (and its error thrown) once the site is written.
        serviceWorker = bundleServiceWorker();
        serviceWorker.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // One listing of the finished site for the manifests of 离线保存 and the precache.
        const sizes = new Map(distFiles(dist).map((f) => [f, fs.statSync(path.join(dist, f)).size]));
        const saved = writeSaveManifest(dist, sizes);
        for (const [f, size] of saved.written) sizes.set(f, size);
        const budget = precacheBudget();
        // Sizes first: Workbox digests every file it lists, and above the budget it needs to
        // digest only the shell. Exact paths as its patterns, while they hold no glob syntax.
        const candidates = [...sizes]
          .filter(([url, size]) => isPrecacheCandidate(url) && size <= MAX_PRECACHE_FILE_BYTES)
          .map(([url, size]) => ({ url, size }));
        const early = choosePrecache(candidates, budget);
        const exact = early.mode === 'shell' && early.entries.every((e) => /^[\w./-]+$/.test(e.url));
        let mode: PrecacheMode = exact ? 'shell' : 'all';
        let whole = { files: candidates.length, bytes: candidates.reduce((sum, e) => sum + e.size, 0) };
        const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sw-'));
        try {
          const swSrc = path.join(tmp, 'sw.js');
          fs.writeFileSync(swSrc, await (serviceWorker ?? bundleServiceWorker()));
          const { count, size, warnings } = await injectManifest({
            swSrc,
            swDest: path.join(dist, 'sw.js'),
            globDirectory: dist,
            globPatterns: exact ? early.entries.map((e) => e.url) : PRECACHE_GLOBS,
            globIgnores: PRECACHE_IGNORES,
            maximumFileSizeToCacheInBytes: MAX_PRECACHE_FILE_BYTES,
            // Astro's hashed assets and Pagefind's hashed index files never change under one name.
            dontCacheBustURLsMatching: /(^_astro\/|\.pf_[a-z]+$)/,
            manifestTransforms: exact
              ? []
              : [
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
            `offline: ${count} files precached, ${mib(size)} (${mode === 'all' ? 'whole site' : `shell only, over the budget of ${mib(budget)}; the whole site is ${whole.files} files, ${mib(whole.bytes)}`}); ${saved.items} items to save offline`,
          );
        } finally {
          fs.rmSync(tmp, { recursive: true, force: true });
        }
      },
    },
  };
}
