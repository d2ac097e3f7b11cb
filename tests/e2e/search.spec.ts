import { expect, test } from './fixtures.ts';

test('searching 三会一课 from the header lists the case on 三会一课 first', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: '搜索全站' });
  await box.fill('三会一课');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  const results = page.locator('.results li');
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('共找到');
  const titles = await page.locator('.results .title').allTextContents();
  expect(titles.slice(0, 5).join('｜')).toContain('三会一课');
  await expect(results.first().locator('mark').first()).toBeVisible();
});

test('a search sent as a link opens with its query and results', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党小组长')}`);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue('党小组长');
  await expect(page.locator('.results .title').first()).toBeVisible();
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await expect(page.locator('.results li').first()).toBeVisible();
  const status = page.getByRole('status');
  const count = async () => Number((await status.textContent())?.match(/共找到 (\d+) 条/)?.[1]);
  await expect.poll(count).toBeGreaterThan(0);
  const before = await count();
  await page
    .getByRole('group', { name: '筛选结果' })
    .getByRole('checkbox', { name: /问题与对策案例/ })
    .check();
  await expect(page).toHaveURL(/collection=/);
  await expect.poll(count).toBeLessThan(before);
  expect(await count()).toBeGreaterThan(0);
  for (const meta of await page.locator('.results .meta').allTextContents()) {
    expect(meta).toContain('问题与对策案例');
  }
});

test('search loads Pagefind only on the search page', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/competencies/');
  expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
  await page.goto(`/search/?q=${encodeURIComponent('书记')}`);
  await expect(page.locator('.results li').first()).toBeVisible();
  expect(requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});
