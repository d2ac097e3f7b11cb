/**
 * The secretary's tools in a browser: the dues calculator, the membership dates and the branch
 * calendar's download (read back with ical.js). Also runs under nginx's CSP (playwright.config.ts):
 * each tool's script must be a file, and a Blob download must pass the policy.
 */
import fs from 'node:fs';
import ICAL from 'ical.js';
import { expect, test } from './fixtures.ts';

/** Every day each event of an .ics text falls on, by title. */
function daysByTitle(text: string): Record<string, string[]> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return Object.fromEntries(
    calendar.getAllSubcomponents('vevent').map((v: ICAL.Component) => {
      const event = new ICAL.Event(v);
      const days: string[] = [];
      const it = event.iterator();
      for (let next = it.next(); next && days.length < 20; next = it.next()) days.push(next.toString());
      return [event.summary, days];
    }),
  );
}

test('the dues calculator gives the right dues for several incomes, with its articles', async ({ page }) => {
  await page.goto('/tools/dangfei/');
  const category = page.getByLabel('党员类别');
  const income = page.getByLabel(/计算基数/);
  const result = page.locator('dues-calculator output');
  const cases: [string, string, string, string][] = [
    ['按月领取工资的在职党员', '6000', '每月应交 90元', '第一条、第二条'],
    ['按月领取工资的在职党员', '5400', '每月应交 81元', '第一条、第二条'],
    ['按月领取工资的在职党员', '6500', '每月应交 97.5元', '第一条、第二条'],
    ['按月领取工资的在职党员', '3000', '每月应交 15元', '第一条、第二条'],
    ['离退休干部、职工中的党员', '5000', '每月应交 25元', '第五条'],
  ];
  for (const [who, amount, dues, articles] of cases) {
    await category.selectOption({ label: who });
    await income.fill(amount);
    await page.getByRole('button', { name: '计算' }).click();
    await expect(result).toContainText(dues);
    await expect(result.getByRole('link')).toHaveText(
      `《关于中国共产党党费收缴、使用和管理的规定》${articles}`,
    );
  }
  await category.selectOption({ label: '学生党员' });
  await expect(income).toBeHidden();
  await page.getByRole('button', { name: '计算' }).click();
  await expect(result).toContainText('每月应交 0.2元');
});

test('the dates tool gives the end of probation and the range of an extension for 31 August', async ({
  page,
}) => {
  await page.goto('/tools/fazhan-riqi/');
  await page.getByLabel('支部大会通过为预备党员的日期').fill('2025-08-31');
  await page.getByLabel('支委会确定为入党积极分子的日期').fill('2024-03-10');
  await page.getByRole('button', { name: '列出日期' }).click();
  const result = page.locator('membership-dates output');
  await expect(result).toContainText('培养考察满一年，可以讨论列为发展对象：2025年3月10日');
  await expect(result).toContainText('预备期满；按期转正的，党龄从这一天算起：2026年8月31日');
  await expect(result).toContainText('2027年2月28日至2027年8月31日');
  await expect(result.getByRole('link', { name: '《中国共产党章程》第七条' }).first()).toBeVisible();
});

test('the calendar downloads as an .ics file that a calendar parser reads', async ({ page }) => {
  await page.goto('/tools/rili/');
  await page.getByLabel('年份').fill('2027');
  await page.getByLabel('每月几日').selectOption({ label: '15日' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '生成并下载日历' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('zhibu-gongzuo-rili-2027.ics');
  const days = daysByTitle(fs.readFileSync((await download.path())!, 'utf8'));
  expect(days['党小组会']).toHaveLength(12);
  expect(days['党小组会']![11]).toBe('2027-12-15');
  expect(days['支部党员大会']).toEqual(['2027-01-15', '2027-04-15', '2027-07-15', '2027-10-15']);
  await expect(page.locator('branch-calendar output')).toContainText('已生成2027年的日历');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the tools show their worked tables, and the calendar of this year downloads', async ({
    page,
    request,
  }) => {
    await page.goto('/tools/dangfei/');
    await expect(page.getByRole('button', { name: '计算' })).toBeHidden();
    await expect(page.getByRole('row', { name: /6000元在.*＝90元/ })).toBeVisible();
    await page.goto('/tools/fazhan-riqi/');
    await expect(page.getByRole('row', { name: /预备期满.*2026年8月31日/ })).toBeVisible();
    await page.goto('/tools/rili/');
    // The tools' scripts are files (astro.config.mjs), not inline modules the CSP would need hashes for.
    await expect(page.locator('script[type="module"]:not([src])')).toHaveCount(0);
    await expect(page.locator('script[type="module"][src^="/_astro/"]')).toHaveCount(1);
    const link = page.getByRole('link', { name: /年支部工作日历（\.ics 文件）/ });
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.ok()).toBe(true);
    const days = daysByTitle(await response.text());
    expect(Object.keys(days)).toEqual(expect.arrayContaining(['党小组会', '支委会会议', '支部党员大会']));
  });
});
