import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/**
 * Astro's content store (every entry's data and rendered Markdown) is written in parts of at most
 * this many bytes (astro.config.mjs). Astro hands each part to the page renderer as a JavaScript
 * module holding one string literal, and V8 compiles a huge literal in far more than linear time;
 * a build now reads the parts from disk instead (storePartsFromDisk, below), which only a store
 * kept in parts allows. `astro dev` still compiles Astro's modules. Figures in
 * docs/performance.md.
 */
export const DATA_STORE_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Astro's module id of a store part once resolved (astro/dist/content/consts.js, which Astro does
 * not export), naming the part's file.
 */
const PART_ID = /^\0astro:data-layer-content-chunk:([a-f0-9]{16}\.txt)\.mjs$/;

/**
 * The module that stands for one store part in the page bundle: it reads the part from Astro's
 * cache when the renderer imports it. Astro's own module holds the part as a string literal,
 * which the bundler parses and writes out again, the whole store once more on every build.
 */
function storePartModule(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default readFileSync(${JSON.stringify(file)}, 'utf8');\n`;
}

/**
 * The Vite plugin that loads the store's parts from disk (`storePartModule`) in a production
 * build. The pages are rendered in this process while the parts are still in the cache, and
 * the server bundle is not published (the site is static), so nothing outside the build ever
 * runs the module. `astro dev` keeps Astro's own modules.
 */
export function storePartsFromDisk(dataStoreDir: string, loaded = new Set<string>()): Plugin {
  return {
    name: 'site:data-store-parts',
    enforce: 'pre',
    apply: 'build',
    load: {
      // Before Astro's own loader of the same ids.
      order: 'pre',
      filter: { id: PART_ID },
      handler(id) {
        const part = PART_ID.exec(id)?.[1];
        if (!part) return null;
        loaded.add(part);
        return { code: storePartModule(path.join(dataStoreDir, part)), map: { mappings: '' } };
      },
    },
  };
}

/**
 * The integration that adds `storePartsFromDisk` for the store in Astro's cache folder, and
 * says how many parts the page bundle read from there (the build test holds it to the store's).
 */
export default function storeParts(): AstroIntegration {
  const loaded = new Set<string>();
  return {
    name: 'site:data-store-parts',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        // Where Astro writes the parts in a build (getDataStoreDir in astro/dist/content/paths.js).
        const dir = fileURLToPath(new URL('data-store/', config.cacheDir));
        updateConfig({ vite: { plugins: [storePartsFromDisk(dir, loaded)] } });
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`content store: ${loaded.size} parts read from the cache by the page bundle`);
      },
    },
  };
}
