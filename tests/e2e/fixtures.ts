/**
 * Serves the production build (dist/) on a free port, once per worker, and points every test's
 * baseURL at it. Unknown paths get dist/404.html with status 404, as a static host would.
 *
 * The `nginx` project (playwright.config.ts) runs the same tests against Debian's nginx with
 * deploy/nginx.conf and its Content-Security-Policy instead, and there fails any test whose page
 * logs a console error (a CSP violation among them) or throws.
 */
import { test as base, expect } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '../../src/build/static-server.ts';
import { startNginx } from '../support/nginx-server.ts';

/** dist/ by default; SITE_DIST points the tests at another build (e.g. `astro build --outDir`). */
const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));

/** Console errors a test provokes on purpose: a missing page (404) or a request made offline. */
const EXPECTED_ERROR =
  /^Failed to load resource: (the server responded with a status of 404|net::ERR_INTERNET_DISCONNECTED)/;

export const test = base.extend<{ pageProblems: void }, { host: 'node' | 'nginx'; server: string }>({
  host: ['node', { scope: 'worker', option: true }],
  server: [
    async ({ host }, use) => {
      if (!fs.existsSync(path.join(dist, 'index.html'))) {
        throw new Error('dist/ 里没有构建结果：先运行 npm run build。');
      }
      const server = host === 'nginx' ? await startNginx(dist) : await serveStatic(dist);
      await use(server.url);
      await server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server),
  pageProblems: [
    async ({ host, page }, use) => {
      if (host !== 'nginx') return use();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !EXPECTED_ERROR.test(message.text()))
          problems.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      await use();
      expect(problems, '页面在 nginx（带 CSP）下报了错误').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
