import { expect, test } from './fixtures.ts';

test('a lesson shows audience, duration, minutes per agenda item with each guide’s summary, and its PDF handout', async ({
  page,
  request,
}) => {
  await page.goto('/lessons/xinren-shuji-rumen/');
  await expect(page.getByText(/培训对象：新任支部书记\s+时长：\d+ 分钟/)).toBeVisible();
  const agenda = page.locator('.agenda li');
  expect(await agenda.count()).toBeGreaterThan(3);
  await expect(agenda.first().locator('.minutes')).toHaveText(/\d+ 分钟/);
  const withGuide = agenda.filter({ has: page.locator('.guide a') }).first();
  await expect(withGuide.locator('.guide')).toContainText('——');
  const pdf = page.getByRole('link', { name: '下载讲义 (PDF)' });
  const href = (await pdf.getAttribute('href'))!;
  const response = await request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('the handout includes the summary and key points of every guide on the agenda', async ({ page }) => {
  await page.goto('/lessons/dangxiaozuzhang-peixun/');
  const guides = await page.locator('.agenda .guide a').allTextContents();
  expect(guides.length, 'the lesson links guides on its agenda').toBeGreaterThan(1);
  await page.getByRole('link', { name: '打开打印版讲义' }).click();
  await expect(page).toHaveURL(/\/handout\/$/);
  const sections = page.locator('.handout .guide');
  expect(await sections.count()).toBe(guides.length);
  for (const title of guides) {
    const section = sections
      .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })
      .first();
    await expect(section.locator('p').first()).not.toBeEmpty();
    expect(await section.locator('li').count()).toBeGreaterThan(0);
  }
});

test('printed, a guide drops the header, navigation and search, and prints where links go', async ({
  page,
}) => {
  await page.goto('/cases/dangyuan-fensan-liudong/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '本页目录' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const related = page.locator('.related a[href^="/"]').first();
  const href = await related.getAttribute('href');
  const after = await related.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain(href!);
});

test('the lessons index groups lessons by audience', async ({ page }) => {
  await page.goto('/lessons/');
  const groups = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(groups.length).toBeGreaterThan(1);
  const order = ['新任支部书记', '支部书记', '党小组长', '党务干部'];
  const positions = groups.map((g) => order.indexOf(g.trim()));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});
