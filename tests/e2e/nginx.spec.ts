/**
 * The built site served by Debian's nginx with deploy/nginx.conf (started and stopped here, on a
 * free port): the strict Content-Security-Policy lets every page type, search (Pagefind's worker
 * and WebAssembly) and the offline worker run with no violation and no console error; caching,
 * types, compression, redirects and the 404 page are what the config promises.
 */
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { startNginx } from '../support/nginx-server.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));
const test = base.extend<{}, { nginx: string }>({
  nginx: [
    async ({}, use) => {
      const nginx = await startNginx(dist);
      try {
        await use(nginx.url);
      } finally {
        await nginx.close();
      }
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx),
});

/** Records console errors, uncaught exceptions and CSP violations of a page. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('reportCspViolation', (v: string) => problems.push(`CSP: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  });
  return problems;
}

const PAGES = [
  '/',
  '/competencies/',
  '/duties/',
  '/cases/',
  '/lessons/',
  '/cases/sector/power/',
  '/competencies/zhengzhi-suzhi/',
  '/duties/dangxiaozuzhang-zhize/',
  '/cases/sanhui-yike-liuyu-xingshi/',
  '/lessons/xinren-shuji-rumen/',
  '/glossary/',
  '/glossary/sanhui-yike/',
  '/sources/',
];

test('every page type runs under the Content-Security-Policy with no violation or console error', async ({
  page,
}) => {
  const problems = await watch(page);
  for (const url of PAGES) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  expect(problems).toEqual([]);
});

test('search runs Pagefind (worker and WebAssembly) under the policy and finds results', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`/search/?q=${encodeURIComponent('三会一课')}`);
  await expect(page.locator('.results li').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('共找到');
  await page.getByRole('group', { name: '筛选结果' }).getByRole('checkbox').first().check();
  await expect(page.locator('.results li').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the offline worker installs and precaches the site under the policy', async ({ page }) => {
  test.setTimeout(60_000);
  const problems = await watch(page);
  await page.goto('/');
  await expect(page.locator('.site-notice')).toContainText('已可离线使用', { timeout: 30_000 });
  expect(problems).toEqual([]);
});

test('an unknown address gets the site’s 404 page, with status 404 and the same headers', async ({
  page,
  request,
}) => {
  const problems = await watch(page);
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  expect((await request.get('/cases/no-such-case/')).status()).toBe(404);
  // Chromium logs the 404 of the page itself; nothing else may fail.
  const own = `console: Failed to load resource: the server responded with a status of 404 (Not Found) (${response?.url()})`;
  expect(problems.filter((p) => p !== own)).toEqual([]);
});

test('the policy allows no inline script except by hash, and the other security headers are sent', async ({
  request,
}) => {
  const headers = (await request.get('/')).headers();
  const csp = headers['content-security-policy']!;
  const script = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(script).not.toContain('unsafe-inline');
  expect(script).not.toContain("'unsafe-eval'");
  expect(script).toContain("'wasm-unsafe-eval'");
  expect(script).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('hashed assets are cached for a year, pages and the search entry files are revalidated', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const css = /href="(\/_astro\/[^"]+\.css)"/.exec(html)![1]!;
  const fragment = fs.readdirSync(path.join(dist, 'pagefind/fragment'))[0]!;
  const cache = async (url: string) => (await request.get(url)).headers()['cache-control'];
  expect(await cache(css)).toBe('public, max-age=31536000, immutable');
  expect(await cache(`/pagefind/fragment/${fragment}`)).toBe('public, max-age=31536000, immutable');
  expect(await cache('/')).toBe('no-cache');
  expect(await cache('/cases/')).toBe('no-cache');
  expect(await cache('/pagefind/pagefind.js')).toBe('no-cache');
  expect(await cache('/pagefind/pagefind-entry.json')).toBe('no-cache');
  expect(await cache('/favicon.svg')).toBe('public, max-age=86400');
});

test('files are served with their types; text is compressed, Pagefind’s compressed files are not', async ({
  request,
}) => {
  const gz = { 'accept-encoding': 'gzip' };
  const get = (url: string) => request.get(url, { headers: gz });
  const meta = fs.readdirSync(path.join(dist, 'pagefind')).find((f) => f.endsWith('.pf_meta'))!;
  const wasm = fs.readdirSync(path.join(dist, 'pagefind')).find((f) => f.endsWith('.pagefind'))!;
  const page = await get('/cases/');
  expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers()['content-encoding']).toBe('gzip');
  const js = await get('/pagefind/pagefind.js');
  expect(js.headers()['content-type']).toMatch(/^application\/javascript/);
  expect(js.headers()['content-encoding']).toBe('gzip');
  for (const file of [`/pagefind/${meta}`, `/pagefind/${wasm}`]) {
    const response = await get(file);
    expect(response.headers()['content-type'], file).toBe('application/octet-stream');
    expect(response.headers()['content-encoding'], file).toBeUndefined();
  }
  expect((await get('/manifest.webmanifest')).headers()['content-type']).toMatch(
    /^application\/manifest\+json/,
  );
});

test('an address without its closing slash is redirected on the same host', async ({ request }) => {
  const response = await request.get('/cases', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/cases/');
});
