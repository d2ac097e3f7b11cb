// @ts-check
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readGlossaryWords } from './src/lib/content-files.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import pagefind from './src/integrations/pagefind.ts';

// content/ by default; tests and the benchmark point SITE_CONTENT_DIR at generated content.
const contentDir = path.resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  process.env.SITE_CONTENT_DIR ?? 'content',
);
const glossaryWords = readGlossaryWords(path.join(contentDir, 'glossary'));

export default defineConfig({
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  site: 'https://zhinan.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      mdastPlugins: [glossaryLinks(glossaryWords)],
      hastPlugins: [headingAnchors()],
      // Straight quotes stay as written: Chinese text uses full-width “” directly.
      features: { smartPunctuation: false },
    }),
  },
  integrations: [mdx(), pagefind()],
});
