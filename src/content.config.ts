/**
 * Every collection and where its files live. The schemas themselves, with a comment for each
 * field, are in src/schemas/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  caseSchema,
  competencySchema,
  dutySchema,
  glossarySchema,
  lessonSchema,
  sourceSchema,
} from './schemas/collections.ts';

// Zod's own messages (for anything our field builders do not word themselves) in Chinese.
z.config(z.locales.zhCN());

/** content/ by default; tests and the benchmark point SITE_CONTENT_DIR at generated content. */
const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

/** Guides may be plain Markdown or MDX; MDX only where a page uses components. */
const pages = (name: string) =>
  glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${name}`, retainBody: false });

export const collections = {
  competencies: defineCollection({ loader: pages('competencies'), schema: competencySchema }),
  duties: defineCollection({ loader: pages('duties'), schema: dutySchema }),
  cases: defineCollection({ loader: pages('cases'), schema: caseSchema }),
  lessons: defineCollection({ loader: pages('lessons'), schema: lessonSchema }),
  glossary: defineCollection({ loader: pages('glossary'), schema: glossarySchema }),
  sources: defineCollection({
    loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/sources` }),
    schema: sourceSchema,
  }),
};
