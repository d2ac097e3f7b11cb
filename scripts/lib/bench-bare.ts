/**
 * The floor of this architecture for `npm run bench`: a minimal Astro 7 project that builds the
 * same content folder with one glob collection per folder (no schema), one page template per
 * collection (title + body in a minimal `<html lang="zh-CN">` layout, `data-pagefind-body`), and
 * Pagefind's CLI at the end of the build, with its own Chinese indexing. It borrows the project's
 * node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { COLLECTION_KEYS } from '../../src/model/registry.ts';
import { pagefindLauncher } from '../../src/build/search-index/pagefind-cli.ts';

const COLLECTIONS = COLLECTION_KEYS.filter((c) => c !== 'sources');

/** The files of the bare project, by path inside it. */
export function bareProjectFiles(contentDir: string): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }),
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const pagefindCli = ${JSON.stringify(pagefindLauncher())};

export default defineConfig({
  ...(process.env.SITE_CACHE_DIR ? { cacheDir: process.env.SITE_CACHE_DIR } : {}),
  build: { format: 'directory' },
  integrations: [
    {
      name: 'bare-pagefind',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const site = fileURLToPath(dir);
          execFileSync(process.execPath, [pagefindCli, '--site', site, '--output-path', path.join(site, 'pagefind'), '--force-language', 'zh-cn', '--quiet'], { stdio: 'inherit' });
          logger.info('search index written');
        },
      },
    },
  ],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = ${JSON.stringify(contentDir)};
const pages = (name: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: base + '/' + name, retainBody: false }) });

export const collections = {
${COLLECTIONS.map((c) => `  ${c}: pages('${c}'),`).join('\n')}
};
`,
    'src/layouts/Layout.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main><article data-pagefind-body><h1>{title}</h1><slot /></article></main></body>
</html>
`,
  };
  for (const c of COLLECTIONS) {
    const title = c === 'glossary' ? 'entry.data.term' : 'entry.data.title';
    files[`src/pages/${c}/[id].astro`] = `---
import { getCollection, render } from 'astro:content';
import Layout from '../../layouts/Layout.astro';
export async function getStaticPaths() {
  return (await getCollection('${c}')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={${title}}><Content /></Layout>
`;
  }
  return files;
}

/** Writes the bare project into `dir`, with node_modules a link to the project's. */
export function writeBareProject(dir: string, contentDir: string, nodeModules: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(bareProjectFiles(contentDir))) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}
