/**
 * Serves the production build (dist/) on a free port, once per worker, and points every test's
 * baseURL at it. Unknown paths get dist/404.html with status 404, as a static host would.
 */
import { test as base } from '@playwright/test';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** dist/ by default; SITE_DIST points the tests at another build (e.g. `astro build --outDir`). */
const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));

export const test = base.extend<{}, { server: string }>({
  server: [
    async ({}, use) => {
      if (!fs.existsSync(path.join(dist, 'index.html'))) {
        throw new Error('dist/ 里没有构建结果：先运行 npm run build。');
      }
      const notFound = fs.readFileSync(path.join(dist, '404.html'));
      const serve = sirv(dist, { dev: false, etag: true });
      const server = http.createServer((req, res) =>
        serve(req, res, () => {
          res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
          res.end(notFound);
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      await use(`http://127.0.0.1:${port}`);
      await new Promise((resolve) => server.close(resolve));
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server),
});

export { expect } from '@playwright/test';
