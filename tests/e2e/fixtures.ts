/**
 * Serves the production build (dist/) on a free port, once per worker, and points every test's
 * baseURL at it. Unknown paths get dist/404.html with status 404, as a static host would.
 */
import { test as base } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../src/lib/static-server.ts';

/** dist/ by default; SITE_DIST points the tests at another build (e.g. `astro build --outDir`). */
const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));

export const test = base.extend<{}, { server: string }>({
  server: [
    async ({}, use) => {
      if (!fs.existsSync(path.join(dist, 'index.html'))) {
        throw new Error('dist/ 里没有构建结果：先运行 npm run build。');
      }
      const server = await serveStatic(dist);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server),
});

export { expect } from '@playwright/test';
