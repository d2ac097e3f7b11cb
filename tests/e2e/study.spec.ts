/**
 * Self-check quizzes, checklists, bookmarks and 我的学习 in Chromium, on the production build:
 * state kept on the phone survives a reload and works offline; a quiz works by keyboard alone;
 * quiz text is found by search. The nginx project runs these under the site's CSP.
 */
import fs from 'node:fs';
import { expect, test } from './fixtures.ts';

test.describe.configure({ timeout: 60_000 });

const ROUTINE = '/routines/dangxiaozu-hui/';

test('a question answered wrongly is in 我的学习 after a reload and with the network off', async ({
  page,
  context,
}) => {
  await page.goto(ROUTINE);
  await expect(page.locator('.site-notice')).toContainText('已可离线使用', { timeout: 30_000 });
  const question = page.getByRole('group', { name: /生产任务重/ });
  await question.getByRole('radio', { name: /可以代替/ }).check();
  await question.getByRole('button', { name: '核对答案' }).click();
  await expect(question.getByRole('status')).toHaveText(/^回答错误，正确答案是 B。/);
  await expect(question.locator('details')).toHaveAttribute('open', '');

  await page.reload();
  await context.setOffline(true);
  await page.goto('/wode/');
  const wrong = page.getByRole('region', { name: '错题本' }).getByRole('link', { name: /生产任务重/ });
  await expect(wrong).toBeVisible();
  await wrong.click();
  await expect(page).toHaveURL(/\/routines\/dangxiaozu-hui\/#ti-shengchan-mang$/);
  const again = page.getByRole('group', { name: /生产任务重/ });
  await expect(again).toBeInViewport();

  // Answered rightly, it leaves the 错题本.
  await again.getByRole('radio', { name: /照常开小组会/ }).check();
  await again.getByRole('button', { name: '核对答案' }).click();
  await expect(again.getByRole('status')).toHaveText(/^回答正确/);
  await page.goto('/wode/');
  await expect(page.getByRole('region', { name: '错题本' }).getByRole('listitem')).toHaveCount(0);
  await expect(page.getByText('还没有错题')).toBeVisible();
});

test('a quiz can be answered with the keyboard alone, and the result is announced', async ({ page }) => {
  await page.goto('/competencies/zhengzhi-suzhi/');
  const question = page.getByRole('group', { name: /背得很熟/ });
  await question.getByRole('radio', { name: '对' }).focus();
  await page.keyboard.press('ArrowDown'); // arrows move through a radio group and select
  await expect(question.getByRole('radio', { name: '错' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: '核对答案' })).toBeFocused();
  await page.keyboard.press('Enter');
  const status = question.getByRole('status');
  await expect(status).toHaveText(/^回答正确/);
  await page.keyboard.press('Tab');
  await expect(question.getByText('答案和解析')).toBeFocused();
});

test('a ticked checklist item is still ticked after a reload; 清空勾选 clears it', async ({ page }) => {
  await page.goto(ROUTINE);
  const checklist = page.getByRole('group', { name: '党小组会记录清单' });
  const item = checklist.getByRole('checkbox', { name: '每名党员的发言要点' });
  await item.check();
  await page.reload();
  await expect(item).toBeChecked();
  await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await checklist.getByRole('button', { name: '清空勾选' }).click();
  await page.reload();
  await expect(item).not.toBeChecked();
});

test('bookmarks and pages read are listed in 我的学习, exported, cleared and imported back', async ({
  page,
}) => {
  await page.goto('/competencies/zhengzhi-suzhi/');
  await page.getByRole('button', { name: '收藏本页' }).click();
  await expect(page.getByRole('button', { name: '已收藏（点此取消）' })).toBeVisible();
  await page.goto(ROUTINE);

  await page.goto('/wode/');
  const bookmarks = page.getByRole('region', { name: '收藏' });
  const read = page.getByRole('region', { name: '读过的指南' });
  await expect(bookmarks.getByRole('link')).toHaveText(['政治素质']);
  await expect(read.getByRole('link')).toHaveText(['党小组会', '政治素质']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出学习记录' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('wode-xuexi.json');
  const file = await download.path();
  expect(JSON.parse(fs.readFileSync(file, 'utf8')).bookmarks).toEqual([
    { path: '/competencies/zhengzhi-suzhi/', title: '政治素质' },
  ]);

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: '清除全部记录' }).click();
  await expect(page.getByRole('status')).toHaveText('已清除本机的全部学习记录。');
  await expect(bookmarks.getByRole('link')).toHaveCount(0);

  await page.getByLabel('导入学习记录').setInputFiles(file);
  await expect(page.getByRole('status')).toContainText('已导入：错题 0 道，收藏 1 篇，读过的指南 2 篇');
  await page.reload();
  await expect(bookmarks.getByRole('link')).toHaveText(['政治素质']);
});

test('search finds a quiz by the words of its explanation', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('两种会不能互相代替')}`);
  // Pagefind loads its index on first search: slow on a loaded machine.
  await expect(page.locator('.results .title')).toContainText(['党小组会'], { timeout: 20_000 });
});
