import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 180_000 });

test('after one visit, pages never opened before and search work with the network off', async ({
  page,
  context,
}) => {
  await page.goto('/');
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
