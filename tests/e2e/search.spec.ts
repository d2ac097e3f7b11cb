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

test('results come ten at a time; 显示更多 adds the next ones and moves focus to them', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('先显示前 10 条');
  const total = Number((await status.textContent())?.match(/共找到 (\d+) 条/)?.[1]);
  expect(total).toBeGreaterThan(10);
  const results = page.locator('.results li');
  await expect(results).toHaveCount(10);
  const more = page.getByRole('button', { name: `显示更多结果（还有 ${total - 10} 条）` });
  await more.click();
  await expect(results).toHaveCount(Math.min(20, total));
  await expect(results.nth(10).locator('a').first()).toBeFocused();
  if (total <= 20) await expect(page.locator('.more')).toBeHidden();
  else await expect(page.locator('.more')).toHaveText(`显示更多结果（还有 ${total - 20} 条）`);
});

test('the first five results show before the fragments of the next five are fetched', async ({
  page,
  context,
}) => {
  // Answer the first five fragment requests and hold the others until five results are on screen.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = 0;
  await context.route('**/pagefind/fragment/**', async (route) => {
    if (++requested > 5) await released;
    await route.continue();
  });
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  const results = page.locator('.results li');
  await expect(results).toHaveCount(5);
  await expect(page.getByRole('status')).toContainText('先显示前 10 条');
  release();
  await expect(results).toHaveCount(10);
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

test('results show before the filter index loads; the counts per filter follow', async ({
  page,
  context,
}) => {
  // Hold every filter file until the results are on screen.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await context.route('**/pagefind/filter/**', async (route) => {
    held.push(route.request().url());
    await released;
    await route.continue();
  });
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await expect(page.locator('.results li').first()).toBeVisible();
  await expect(page.getByRole('status')).toContainText('共找到');
  await expect.poll(() => held.length).toBeGreaterThan(0);
  const filters = page.getByRole('group', { name: '筛选结果' });
  await expect(filters).toBeHidden();
  release();
  await expect(filters.getByRole('checkbox', { name: /问题与对策案例 \(\d+\)/ })).toBeVisible();
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

test('a query with no result offers glossary terms and the collections instead of a blank', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('高铁票价')}`);
  await expect(page.getByRole('status')).toContainText('没有找到');
  const hint = page.locator('.hint');
  await expect(hint.getByRole('link', { name: '问题与对策案例' })).toBeVisible();
  await expect(hint.locator('.suggestions').first().getByRole('link').first()).toBeVisible();
});

test('a single character searches and suggests longer terms', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('堡')}`);
  await expect(page.getByRole('status')).toContainText('共找到');
  await expect(page.locator('.hint')).toContainText('只输入一个字');
  await expect(page.locator('.hint').getByRole('link', { name: '桥头堡' })).toBeVisible();
});

test('a quoted phrase only lists pages containing it as written', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('"最后一公里"')}`);
  await expect(page.getByRole('status')).toContainText('共找到');
  for (const text of await page.locator('.results li').allTextContents())
    expect(text).toContain('最后一公里');
});

test('when no page has every word, pages with most of them are listed and the reader is told', async ({
  page,
}) => {
  await page.goto(`/search/?q=${encodeURIComponent('学习材料太枯燥没人看')}`);
  await expect(page.getByRole('status')).toContainText('只含部分词语');
  await expect(page.locator('.results li').first()).toBeVisible();
});

test('pressing / focuses the header search box', async ({ page }) => {
  await page.goto('/cases/');
  await page.keyboard.press('/');
  await expect(page.getByRole('banner').getByRole('searchbox')).toBeFocused();
});

test('a result opens its page with the matched words marked and in view', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('桥头堡')}`);
  const first = page.locator('.results .title').first();
  await expect(first.locator('mark')).toHaveText('桥头堡');
  await first.click();
  await expect(page).toHaveURL(/hl=/);
  const mark = page.locator('article mark').first();
  await expect(mark).toHaveText('桥头堡');
  await expect(mark).toBeInViewport();
});

test('the search page can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox').focus();
  await page.keyboard.type('党小组长');
  await page.keyboard.press('Enter');
  await expect(page.locator('.results li').first()).toBeVisible();
  // The filters come after the results (their index loads second).
  const firstFilter = page.getByRole('group', { name: '筛选结果' }).getByRole('checkbox').first();
  await expect(firstFilter).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('button', { name: '搜索' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(firstFilter).toBeFocused();
  const name = await firstFilter.getAttribute('name');
  const value = await firstFilter.getAttribute('value');
  const status = page.getByRole('main').locator('.status');
  const before = await status.textContent();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/collection=|category=|who=|sector=|problem=/);
  // The filters are drawn anew with the narrower results; the ticked box keeps the focus.
  await expect(status).not.toHaveText(before ?? '');
  const ticked = page.locator(`.filters input[name="${name}"][value="${value}"]`);
  await expect(ticked).toBeChecked();
  await expect(ticked).toBeFocused();
});

test.describe('words the build lists as on nearly every page', () => {
  // The list is fetched by the page itself: no service worker may answer before the route does.
  test.use({ serviceWorkers: 'block' });
  const total = async (page: import('@playwright/test').Page, q: string) => {
    await page.goto(`/search/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status')).toContainText('共找到');
    return Number((await page.getByRole('status').textContent())?.match(/共找到 (\d+) 条/)?.[1]);
  };

  test('are left out of the query while another word remains, and still marked on the pages', async ({
    page,
  }) => {
    const alone = await total(page, '三会一课');
    const both = await total(page, '三会一课 生产');
    expect(both).toBeLessThan(alone);
    // Listed as common, 生产 no longer narrows the results: they are those of 三会一课 alone.
    await page.route('**/pagefind/common-words.json', (route) =>
      route.fulfill({ json: { words: ['生产'] } }),
    );
    expect(await total(page, '三会一课 生产')).toBe(alone);
    // The reader's words are still marked on the page a result opens.
    const href = await page.locator('.results .title').first().getAttribute('href');
    expect(new URL(href!, page.url()).searchParams.get('hl')?.split(' ')).toContain('生产');
    // A common word searched alone still finds its pages.
    expect(await total(page, '生产')).toBeGreaterThan(0);
  });
});
