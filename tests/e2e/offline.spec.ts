import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));

test.describe.configure({ timeout: 180_000 });

test('after one visit, pages never opened before and search work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
  // The whole site is downloaded first: on a busy machine that takes a while.
  await expect(page.locator('.site-notice')).toContainText('已可离线使用', { timeout: 90_000 });
  await context.setOffline(true);

  await page.goto('/duties/dangxiaozu-huafen/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('怎样划分党小组');

  await page.goto('/glossary/qiaotoubao/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('桥头堡');

  await page.goto(`/search/?q=${encodeURIComponent('党员分散管不过来')}`);
  await expect(page.locator('.results .title').first()).toContainText('党员分散');
  await page.getByRole('main').getByRole('searchbox').fill('三会一课');
  await page.getByRole('main').getByRole('button', { name: '搜索' }).click();
  await expect(page.locator('.results .title').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('“三会一课”共找到');

  const missing = await page.goto('/no/such/page/');
  expect(missing?.ok()).toBe(true); // served from the precache: the 404 page
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
});

test('while the site fits the budget, the worker precaches every page of the build', async ({ request }) => {
  const sw = await (await request.get('/sw.js')).text();
  const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]));
  const pages = fs
    .readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'));
  expect(pages.length).toBeGreaterThan(100);
  expect(pages.filter((p) => !precached.has(p))).toEqual([]);
});

test('the site can be installed: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await request.get(href!)).json()) as {
    icons: { src: string; sizes: string }[];
    lang: string;
  };
  expect(manifest.lang).toBe('zh-CN');
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size)!;
    expect((await request.get(icon.src)).headers()['content-type']).toBe('image/png');
  }
});

test('a heading’s permalink copies the section address and opens at that heading', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/competencies/zhengzhi-suzhi/');
  const anchor = page.locator('.prose .heading-wrapper.level-h2 .heading-anchor').first();
  await anchor.click();
  await expect(page.locator('.site-notice')).toContainText('已复制本节链接');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/competencies\/zhengzhi-suzhi\/#.+/);
  const fresh = await context.newPage();
  await fresh.goto(copied);
  const id = decodeURIComponent(new URL(copied).hash.slice(1));
  await expect(fresh.locator(`[id="${id}"]`)).toBeInViewport();
});

test('离线保存 on a lesson shows its size, saves it and 我的学习 removes it', async ({ page }) => {
  await page.goto('/lessons/xinren-shuji-rumen/');
  // The size first, then the download.
  await page.getByRole('button', { name: '离线保存' }).click();
  const save = page.getByRole('button', { name: /^开始保存（约 [\d.]+ (KB|MB)）$/ });
  await save.click();
  await expect(page.locator('offline-save .status')).toContainText('已保存到这台手机', { timeout: 60_000 });
  await page.goto('/wode/');
  const saved = page.getByRole('region', { name: '离线保存的内容' });
  await saved.getByRole('button', { name: '删除已保存的“新任支部书记入门半天课”' }).click();
  await expect(saved.getByRole('listitem')).toHaveCount(0);
  await expect(saved.getByText('还没有保存。')).toBeVisible();
});

test('a collection index offers 离线保存 and shows its size before downloading; its code loads at the first press', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/lessons/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('培训课');
  const box = page.locator('offline-save');
  await expect(box.getByRole('status')).toHaveText('保存后，没有网络时也能阅读和搜索本栏目的全部内容。');
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => s.includes('offline-save-actions'))).toEqual([]);

  await box.getByRole('button', { name: '离线保存' }).click();
  await expect(box.getByRole('button', { name: /^开始保存（约 [\d.]+ (KB|MB)）$/ })).toBeVisible();
  await expect(box.getByRole('status')).toContainText(/^将下载约 [\d.]+ (KB|MB)。/);
  expect(scripts.filter((s) => s.includes('offline-save-actions'))).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a collection index shows no 离线保存 button', async ({ page }) => {
    await page.goto('/cases/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('问题与对策案例');
    await expect(page.getByRole('button', { name: /离线保存/ })).toHaveCount(0);
  });
});
