/**
 * Every collection and where its files live. The schemas themselves, with a comment for each
 * field, are in src/schemas/collections.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { schemas } from './schemas/collections.ts';
import { afterVerdict } from './build/checks/verdict.ts';
import { withCheckedParse } from './build/checks/checked-parse.ts';
import { renderInWorkers } from './build/markdown/workers.ts';

// Zod's own messages (for anything our field builders do not word themselves) in Chinese.
z.config(z.locales.zhCN());

/** content/ by default; tests and the benchmark point SITE_CONTENT_DIR at generated content. */
const contentDir = process.env.SITE_CONTENT_DIR ?? './content';

/**
 * Guides may be plain Markdown or MDX; MDX only where a page uses components. Files are read
 * with the content check's parser; in `astro build` the Markdown renders in worker threads, and
 * a loader that fails stops the build with the content check's report, when it has one.
 */
const pages = (name: string) =>
  afterVerdict(
    renderInWorkers(
      withCheckedParse(glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/${name}`, retainBody: false })),
    ),
  );

/** Spelled out per collection (not looped over the registry) so Astro types each one's data. */
export const collections = {
  routines: defineCollection({ loader: pages('routines'), schema: schemas.routines }),
  competencies: defineCollection({ loader: pages('competencies'), schema: schemas.competencies }),
  duties: defineCollection({ loader: pages('duties'), schema: schemas.duties }),
  cases: defineCollection({ loader: pages('cases'), schema: schemas.cases }),
  lessons: defineCollection({ loader: pages('lessons'), schema: schemas.lessons }),
  glossary: defineCollection({ loader: pages('glossary'), schema: schemas.glossary }),
  sources: defineCollection({
    loader: afterVerdict(
      withCheckedParse(glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/sources` })),
    ),
    schema: schemas.sources,
  }),
} satisfies Record<keyof typeof schemas, unknown>;
