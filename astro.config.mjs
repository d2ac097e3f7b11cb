// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readGlossaryWords } from './src/build/checks/content-check.ts';
import { codeDigest } from './src/build/code-digest.ts';
import storeParts, { DATA_STORE_CHUNK_BYTES } from './src/build/data-store.ts';
import { siteUrl } from './src/build/site-url.ts';
import { siteMarkdownOptions } from './src/build/markdown/options.ts';
import markdownWorkers from './src/build/markdown/render-pool.ts';
import pagefind from './src/build/search-index/integration.ts';
import handouts from './src/build/handouts/integration.ts';
import offline from './src/build/offline/integration.ts';
import sitemap from '@astrojs/sitemap';
import linkCheck from './src/build/checks/link-check-integration.ts';
import contentCheck from './src/build/checks/content-check-integration.ts';
import renderedPages from './src/build/rendered-pages/integration.ts';
import clearDist from './src/build/clear-dist.ts';

// content/ by default; tests and the benchmark point SITE_CONTENT_DIR at generated content.
const contentDir = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  process.env.SITE_CONTENT_DIR ?? 'content',
);
const glossaryWords = readGlossaryWords(path.join(contentDir, 'glossary'));
// The content check, run beside the content sync; it also lists the old addresses of renamed or
// merged entries (frontmatter `aliases`), whose pages (src/pages/[collection]/[old].astro) the
// sitemap leaves out.
const check = contentCheck({ contentDir, root: fileURLToPath(new URL('.', import.meta.url)) });
// Each page is read once as it renders, for the search index and the link check.
const rendered = renderedPages();

// Astro caches rendered Markdown and re-renders only when a file or the (serialisable part of the)
// config changes: the digest of the glossary and of our plugins' code goes into the config
// (src/build/markdown/options.ts), so a new term, or a changed plugin, re-renders every page.
const markdownDigest = codeDigest(
  [
    'src/build/markdown/glossary-links.ts',
    'src/build/markdown/heading-anchors.ts',
    'src/build/markdown/heading-slugs.ts',
    'src/build/markdown/html-policy.ts',
    'src/build/markdown/options.ts',
    'src/build/markdown/safe-html.ts',
    'src/shared/glossary-matcher.ts',
  ].map((f) => new URL(f, import.meta.url)),
  [JSON.stringify(glossaryWords)],
).slice(0, 16);
const markdownSpec = { glossaryWords, digest: markdownDigest };

export default defineConfig({
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  experimental: {
    // The content store in parts (why in src/build/data-store.ts).
    collectionStorage: { type: 'chunked', chunkSize: DATA_STORE_CHUNK_BYTES },
  },
  // The public address (SITE_URL), for the sitemap, canonical and OpenGraph links and the handouts.
  site: siteUrl(),
  trailingSlash: 'always',
  // Four pages render at once: a page's render waits on files and promises, so the main thread
  // idles at one a time (figures in docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // Page scripts (search, the tools) stay files, however small: the CSP (deploy/) allows them as
  // 'self' without a hash, and the browser caches them. Other assets keep Vite's default limit.
  // The handouts' font files stay files too: a handout loads only the subsets its text needs.
  vite: {
    build: {
      assetsInlineLimit: (file) => (file.endsWith('.js') || file.endsWith('.woff2') ? false : undefined),
    },
  },
  // Glossary links, heading anchors and the HTML allowlist (src/build/markdown/options.ts).
  markdown: { processor: satteri(siteMarkdownOptions(markdownSpec)) },
  integrations: [
    check,
    // The content sync's Markdown renders in worker threads, with the same pipeline.
    markdownWorkers(markdownSpec),
    mdx(),
    // The page bundle reads the content store's parts from Astro's cache instead of holding them.
    storeParts(),
    rendered,
    sitemap({
      filter: (page) => !page.includes('/handout/') && !check.oldAddresses().has(new URL(page).pathname),
    }),
    handouts(),
    // The link check (of the pages as read while they rendered, and of the PDFs) runs while
    // Pagefind, started the moment the pages were written, is still indexing in its own process;
    // no page links into pagefind/.
    linkCheck(rendered),
    // Waits for the index: offline() lists its files.
    pagefind(rendered),
    offline(),
    // The last build's output, renamed aside as the config loads, is deleted while this one builds.
    clearDist(),
  ],
});
