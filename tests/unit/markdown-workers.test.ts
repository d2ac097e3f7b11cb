import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { afterAll, expect, test } from 'vitest';
import { pipelineSignature, siteMarkdownOptions } from '../../src/build/markdown/options.ts';
import { RenderPool } from '../../src/build/markdown/render-pool.ts';
import { offerMarkdownWorkers, renderInWorkers } from '../../src/build/markdown/workers.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/markdown');
const spec = {
  glossaryWords: [
    { word: '三会一课', id: 'sanhui-yike', definition: '支部党员大会、支委会、党小组会和党课。' },
    { word: '党小组长', id: 'dangxiaozuzhang', definition: '党小组的负责人。' },
  ],
  digest: 'test',
};
// Astro's defaults for what the renderer is given besides the pipeline.
const shared = { gfm: true, smartypants: true, syntaxHighlight: false, shikiConfig: {}, image: {} };
const pool = new RenderPool(spec, shared, 2);
afterAll(() => pool.stop());

const body = `${fs.readFileSync(path.join(fixtures, 'guide.md'), 'utf8')}

<p onclick="x()">原始 HTML</p>

[链接](javascript:alert(1)) 与 ![图](./a.png)
`;

test('a worker renders a body as the config’s own pipeline does, metadata and all', async () => {
  const filePath = '/site/content/cases/guide.md';
  const own = await satteri(siteMarkdownOptions(spec))
    .createRenderer(shared as never)
    .then((r) => r.render(body, { frontmatter: {}, fileURL: pathToFileURL(filePath) }));
  const [first, second] = await Promise.all([pool.render(body, filePath), pool.render(body, filePath)]);
  expect(first.code).toBe(own.code);
  expect(first.code).toContain('href="/glossary/sanhui-yike/"');
  expect(first.code).not.toContain('onclick');
  expect(first.metadata).toEqual({
    headings: own.metadata.headings,
    localImagePaths: own.metadata.localImagePaths,
    remoteImagePaths: own.metadata.remoteImagePaths,
  });
  expect(first.metadata.headings.length).toBeGreaterThan(0);
  expect(second).toEqual(first);
  // The glossary's own pages are not linked (the plugin reads the file's path).
  expect((await pool.render('三会一课', '/site/content/glossary/x.md')).code).not.toContain('<a');
});

/** A loader that renders one Markdown entry as Astro's glob loader does, from its context. */
const loader = (seen: unknown[]) => ({
  name: 'glob-loader',
  async load(context: { entryTypes: Map<string, { getRenderFunction?: (c: never) => Promise<unknown> }> }) {
    const render = (await context.entryTypes.get('.md')!.getRenderFunction!({} as never)) as (
      e: unknown,
    ) => unknown;
    seen.push(
      await render({
        id: 'a',
        data: { title: '甲' },
        body: '三会一课',
        filePath: '/site/content/cases/a.md',
      }),
    );
  },
});
const astroOwn = { getRenderFunction: async () => async () => 'rendered by Astro' };

test('a build’s loader renders Markdown in the workers, with the shape of Astro’s result', async () => {
  const seen: unknown[] = [];
  offerMarkdownWorkers((b, f) => pool.render(b, f));
  try {
    await renderInWorkers(loader(seen)).load({ entryTypes: new Map([['.md', astroOwn]]) } as never);
  } finally {
    offerMarkdownWorkers(undefined);
  }
  expect(seen).toEqual([
    {
      html: expect.stringContaining('href="/glossary/sanhui-yike/"'),
      metadata: {
        headings: [],
        localImagePaths: [],
        remoteImagePaths: [],
        // Not a second copy of the frontmatter: the store keeps the entry's data.
        frontmatter: {},
        imagePaths: [],
      },
    },
  ]);
});

test('without workers, or while watching files (astro dev), Astro renders', async () => {
  const seen: unknown[] = [];
  await renderInWorkers(loader(seen)).load({ entryTypes: new Map([['.md', astroOwn]]) } as never);
  offerMarkdownWorkers((b, f) => pool.render(b, f));
  try {
    await renderInWorkers(loader(seen)).load({
      entryTypes: new Map([['.md', astroOwn]]),
      watcher: {},
    } as never);
  } finally {
    offerMarkdownWorkers(undefined);
  }
  expect(seen).toEqual(['rendered by Astro', 'rendered by Astro']);
});

test('a pipeline changed by anything else has another signature', () => {
  const options = siteMarkdownOptions(spec);
  expect(pipelineSignature(options)).toBe(pipelineSignature(siteMarkdownOptions(spec)));
  const added = { ...options, hastPlugins: [...options.hastPlugins, { name: 'other' }] };
  expect(pipelineSignature(added)).not.toBe(pipelineSignature(options));
  const features = { ...options, features: { smartPunctuation: true } };
  expect(pipelineSignature(features)).not.toBe(pipelineSignature(options));
});
