/**
 * The page budget, on the real build: a guide page costs at most 30 KB gzip of HTML + CSS and
 * 5 KB gzip of JavaScript (every script it loads or inlines) until the reader opens search, and
 * loads nothing of Pagefind. The heaviest built page of each guide collection is checked, and a
 * page with a quiz and a checklist; a page without MDX components loads none of their scripts.
 *
 * The service worker is blocked here: it runs apart from the page and precaches the site in the
 * background (src/build/offline/integration.ts); `npm run bench` reports its size separately.
 */
import { GUIDE_COLLECTION_KEYS } from '../../src/model/registry.ts';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../../scripts/lib/bench-weight.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));
const HTML_CSS_BUDGET = 30 * 1024;
const JS_BUDGET = 5 * 1024;
/** A page with a quiz and a checklist, and one with no MDX component. */
const QUIZ_PAGE = '/routines/dangxiaozu-hui/';
const PLAIN_PAGE = '/routines/zhiwei-hui/';

/** The guide page of a collection with the largest HTML file. */
function heaviestPage(collection: string): string {
  const dir = path.join(dist, collection);
  const pages = fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => ({ id: d.name, size: fs.statSync(path.join(dir, d.name, 'index.html')).size }))
    .sort((a, b) => b.size - a.size);
  if (!pages[0]) throw new Error(`${dist}/${collection}/ 里没有页面：先运行 npm run build。`);
  return `/${collection}/${pages[0].id}/`;
}

test.use({ serviceWorkers: 'block' });

/** Checks one page against the budget: HTML + CSS, scripts until search, nothing of Pagefind. */
async function expectWithinBudget(page: Page, url: string) {
  const bytes = { document: 0, stylesheet: 0, script: 0 };
  const other: string[] = [];
  const pending: Promise<void>[] = [];
  page.context().on('requestfinished', (request) => {
    const type = request.resourceType();
    const { pathname } = new URL(request.url());
    if (type !== 'document' && type !== 'stylesheet' && type !== 'script') {
      if (pathname.startsWith('/pagefind/') || type === 'fetch' || type === 'xhr') other.push(pathname);
      return;
    }
    if (pathname.startsWith('/pagefind/')) other.push(pathname);
    pending.push(
      request
        .response()
        .then((response) => response?.body())
        .then((body) => {
          if (body) bytes[type] += gzipSize(body);
        }),
    );
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? '')
      .join('\n'),
  );
  const js = bytes.script + (inline.trim() ? gzipSize(inline) : 0);
  const htmlCss = bytes.document + bytes.stylesheet;
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

  expect(bytes.document, `${url} 没有加载到 HTML`).toBeGreaterThan(0);
  expect(other, `${url} 在读者打开搜索之前就请求了这些文件，搜索代码应在使用时再加载`).toEqual([]);
  expect(
    htmlCss,
    `${url} 的 HTML + CSS（gzip）为 ${kb(htmlCss)}，超出预算 ${kb(HTML_CSS_BUDGET)}：请精简页面结构或样式`,
  ).toBeLessThanOrEqual(HTML_CSS_BUDGET);
  expect(
    js,
    `${url} 在搜索前加载或内联的脚本（gzip）为 ${kb(js)}，超出预算 ${kb(JS_BUDGET)}：只保留主题脚本和按需加载器`,
  ).toBeLessThanOrEqual(JS_BUDGET);
}

for (const collection of GUIDE_COLLECTION_KEYS) {
  test(`the heaviest ${collection} page stays within the page budget before search`, async ({ page }) => {
    await expectWithinBudget(page, heaviestPage(collection));
  });
}

test('a guide page with a quiz and a checklist stays within the page budget', async ({ page }) => {
  await expectWithinBudget(page, QUIZ_PAGE);
  const defined = await page.evaluate(() => ['self-quiz', 'check-list'].map((n) => !!customElements.get(n)));
  expect(defined).toEqual([true, true]);
});

test('a guide page without components loads no component script', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto(PLAIN_PAGE);
  await page.waitForLoadState('networkidle');
  await expect(page.getByRole('button', { name: '收藏本页' })).toBeVisible();
  const defined = await page.evaluate(() => ['self-quiz', 'check-list'].map((n) => !!customElements.get(n)));
  expect(defined, `${PLAIN_PAGE} 没有自测和清单，却加载了它们的脚本：${scripts.join('、')}`).toEqual([
    false,
    false,
  ]);
});
