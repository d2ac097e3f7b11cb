import { expect, test } from './fixtures.ts';

test('a reader goes from the home page to a collection, a guide and a related item', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1, name: '基层党支部工作指南' })).toBeVisible();

  await page.getByRole('link', { name: '问题与对策案例' }).click();
  await expect(page).toHaveURL(/\/cases\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '问题与对策案例' })).toBeVisible();

  const first = page.locator('.list article h3 a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  for (const section of ['表现', '原因', '对策', '见效标志']) {
    await expect(page.getByRole('heading', { level: 2, name: section, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('navigation', { name: '本页目录' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '来源' })).toBeVisible();

  const related = page.getByRole('region', { name: '相关内容' }).getByRole('link').first();
  const relatedTitle = (await related.textContent())!.trim();
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);
});

test('a guide lists the guides that link to it (backlinks)', async ({ page }) => {
  // duties/dangxiaozu-dingwei is referenced by other entries; every referrer must show up there.
  await page.goto('/lessons/');
  const lesson = page.locator('main article h3 a').first();
  await lesson.click();
  const agendaLinks = page.locator('.agenda a');
  const target = await agendaLinks.first().getAttribute('href');
  const lessonTitle = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
  await page.goto(target!);
  await expect(
    page.getByRole('region', { name: '相关内容' }).getByRole('link', { name: lessonTitle }),
  ).toBeVisible();
});

test('the contents and heading permalinks lead to their section', async ({ page }) => {
  await page.goto('/competencies/');
  await page.locator('.list article h3 a').first().click();
  const toc = page.getByRole('navigation', { name: '本页目录' });
  await toc.getByRole('link', { name: '自查问题' }).click();
  await expect(page).toHaveURL(/#self-check$/);
  const anchor = page.locator('.prose .heading-wrapper.level-h2 .heading-anchor').nth(1);
  const href = await anchor.getAttribute('href');
  expect(href).toMatch(/^#.+/);
  const id = decodeURIComponent(href!.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
});

test('glossary terms in a guide link to the term’s own page', async ({ page }) => {
  await page.goto('/cases/sanhui-yike-liuyu-xingshi/');
  const term = page.locator('.prose a[href^="/glossary/"]').first();
  const word = (await term.textContent())!.trim();
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const names = [
    await page.getByRole('heading', { level: 1 }).textContent(),
    await page
      .locator('.aliases')
      .textContent()
      .catch(() => ''),
  ];
  expect(names.join(' ')).toContain(word);
});

test('the glossary page has one anchor per term', async ({ page }) => {
  await page.goto('/glossary/#sanhui-yike');
  await expect(page.getByRole('heading', { level: 2, name: '三会一课', exact: true })).toBeInViewport();
  await expect(page.locator('[id="sanhui-yike"]')).toHaveCount(1);
});

test('the static filters narrow a collection', async ({ page }) => {
  await page.goto('/cases/');
  const total = await page.locator('.list article').count();
  await page.getByRole('navigation', { name: '筛选' }).getByRole('link', { name: /^铁路/ }).click();
  await expect(page).toHaveURL(/\/cases\/sector\/railway\/$/);
  const railway = await page.locator('.list article').count();
  expect(railway).toBeGreaterThan(0);
  expect(railway).toBeLessThan(total);
  await expect(page.locator('.list article').filter({ hasNotText: '铁路' })).toHaveCount(0);
});

test('an unknown address shows the 404 page with a search box', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: '找不到这个页面' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
});

test('the 404 page declares no canonical address; a guide declares its own', async ({ page }) => {
  await page.goto('/no/such/page/');
  await expect(page.locator('link[rel="canonical"], meta[property="og:url"]')).toHaveCount(0);
  await page.goto('/cases/dangyuan-fensan-liudong/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    /^https?:\/\/[^/]+\/cases\/dangyuan-fensan-liudong\/$/,
  );
});

test('list pages load no script but 离线保存’s; a guide without quiz or checklist loads neither of their scripts', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/cases/');
  // A collection index offers 离线保存 (its element shows whether the collection is saved); nothing else.
  expect(scripts.filter((s) => !/offline-(save|cache)|OfflineSave/i.test(s))).toEqual([]);
  await page.goto('/duties/dangxiaozuzhang-zhize/');
  expect(scripts.some((s) => s.includes('GuideLayout'))).toBe(true);
  expect(scripts.filter((s) => /quiz|check-?list/i.test(s))).toEqual([]);
});

test('a guide carries its description, OpenGraph tags and last-updated date; the sitemap lists it', async ({
  page,
  request,
}) => {
  await page.goto('/cases/dangyuan-fensan-liudong/');
  const summary = (await page.locator('.guide-header .summary').textContent())!.trim();
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', summary);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /党员分散/);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute(
    'content',
    /\/cases\/dangyuan-fensan-liudong\/$/,
  );
  await expect(page.getByText(/更新于 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemap = index.match(/<loc>[^<]*\/(sitemap-\d+\.xml)<\/loc>/)![1];
  expect(await (await request.get(`/${sitemap}`)).text()).toContain('/cases/dangyuan-fensan-liudong/</loc>');
});
