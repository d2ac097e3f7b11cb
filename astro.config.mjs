// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { readGlossaryWords } from './src/lib/content-files.ts';
import { glossaryLinks } from './src/markdown/glossary-links.ts';
import { headingAnchors } from './src/markdown/heading-anchors.ts';
import pagefind from './src/integrations/pagefind.ts';

const glossaryWords = readGlossaryWords(new URL('./content/glossary/', import.meta.url).pathname);

export default defineConfig({
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
