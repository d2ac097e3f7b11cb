/**
 * Reading on a desk (1280 × 800): the sidebar lists the collection in the groups of its index and
 * marks the current page, previous/next stay in the group, the contents stay beside the text and
 * follow the section being read, and all of it works with the keyboard. A phone keeps the inline
 * contents and shows no sidebar.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A routine in the middle of its group (会议与组织生活), with body headings below the fixed sections. */
const GUIDE = '/routines/dangxiaozu-hui/';
const TITLE = '党小组会';

test.use({ viewport: { width: 1280, height: 800 } });

const sidebar = (page: Page) => page.getByRole('navigation', { name: '支部工作规程' });

test('the sidebar lists the collection in the groups of its index and marks the current page', async ({
  page,
}) => {
  await page.goto('/routines/');
  const indexGroups = await page.locator('main section h2').allTextContents();
  const indexTitles = await page.locator('main section article h3').allTextContents();
  expect(indexGroups.length).toBeGreaterThan(1);

  await page.goto(GUIDE);
  const nav = sidebar(page);
  await expect(nav).toBeVisible();
  const summaries = (await nav.locator('summary').allTextContents()).map((s) => s.replace(/\s*\d+$/, ''));
  expect(summaries).toEqual(indexGroups.map((g) => g.trim()));
  const titles = await nav.locator('details a').allTextContents();
  expect(titles.map((t) => t.trim())).toEqual(indexTitles.map((t) => t.trim()));

  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText(TITLE);
  await expect(current).toBeVisible();
  // Only the current page's group is open, so the list stays short.
  await expect(nav.locator('details[open]')).toHaveCount(1);
  await expect(nav.locator('details[open] summary')).toContainText('会议与组织生活');
});

test('previous and next lead to the neighbours in the same group of the sidebar', async ({ page }) => {
  await page.goto(GUIDE);
  const group = sidebar(page).locator('details[open] a');
  const hrefs = await group.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const here = hrefs.indexOf(GUIDE);
  expect(here).toBeGreaterThan(0);
  expect(here).toBeLessThan(hrefs.length - 1);
  const prevNext = page.getByRole('navigation', { name: '会议与组织生活：上一篇和下一篇' });
  await expect(prevNext.locator('a[rel="prev"]')).toHaveAttribute('href', hrefs[here - 1]!);
  await expect(prevNext.locator('a[rel="next"]')).toHaveAttribute('href', hrefs[here + 1]!);

  // At the edges of a group previous/next stop, even where another group comes before or after.
  const second = sidebar(page).locator('details').nth(1).locator('a').first();
  await page.goto((await second.getAttribute('href'))!);
  await expect(
    page.getByRole('navigation', { name: /上一篇和下一篇$/ }).locator('a[rel="prev"]'),
  ).toHaveCount(0);
  await page.goto(hrefs[hrefs.length - 1]!);
  await expect(
    page.getByRole('navigation', { name: /上一篇和下一篇$/ }).locator('a[rel="next"]'),
  ).toHaveCount(0);
});

test('the contents stay beside the text and mark the section being read', async ({ page }) => {
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: '本页目录' });
  const links = toc.getByRole('link');

  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  // The script comes with the first scroll; then each heading that reaches the top marks its link.
  for (const href of [hrefs[4]!, hrefs[1]!, hrefs[hrefs.length - 3]!, hrefs[0]!]) {
    await page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`).evaluate((h) => {
      h.scrollIntoView({ block: 'start' });
    });
    await expect(toc.locator('a[aria-current="location"]')).toHaveAttribute('href', href);
    await expect(toc.locator('a[aria-current]')).toHaveCount(1);
    await expect(toc).toBeInViewport();
  }
});

test('the sidebar and the contents work with the keyboard alone', async ({ page }) => {
  await page.goto(GUIDE);
  const nav = sidebar(page);
  const groups = nav.locator('details');
  const firstClosed = await groups.evaluateAll((ds) => ds.findIndex((d) => !(d as HTMLDetailsElement).open));
  const closed = groups.nth(firstClosed);
  const label = (await closed.locator('summary').textContent())!.replace(/\s*\d+$/, '').trim();
  const firstHref = await closed.locator('a').first().getAttribute('href');

  // Tab from the top of the page until the closed group's summary has focus.
  const focusedSummary = () =>
    page.evaluate(() => document.activeElement?.tagName === 'SUMMARY' && document.activeElement.textContent);
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = ((await focusedSummary()) || '').includes(label);
  }
  expect(reached, `Tab 没有到达侧栏的分组“${label}”`).toBe(true);
  await page.keyboard.press('Enter');
  await expect(closed).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('href', firstHref!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${firstHref}$`));
  await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveAttribute('href', firstHref!);

  // A contents link is reached by Tab and takes the reader to its section.
  await page.goto(GUIDE);
  const toc = page.getByRole('navigation', { name: '本页目录' });
  const target = toc.getByRole('link', { name: '常见问题' });
  let onTarget = false;
  for (let i = 0; i < 100 && !onTarget; i++) {
    await page.keyboard.press('Tab');
    onTarget = await target.evaluate((a) => a === document.activeElement);
  }
  expect(onTarget, 'Tab 没有到达本页目录').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#mistakes$/);
  await expect(toc.locator('a[aria-current="location"]')).toHaveText('常见问题');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the contents stay above the text, unmarked, and there is no sidebar', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(GUIDE);
    await expect(sidebar(page)).toBeHidden();
    const toc = page.getByRole('navigation', { name: '本页目录' });
    const tocBox = (await toc.boundingBox())!;
    const firstSection = (await page.getByRole('heading', { level: 2, name: '基本要求' }).boundingBox())!;
    expect(tocBox.y).toBeLessThan(firstSection.y);
    await page.getByRole('heading', { level: 2, name: '常见问题' }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 2000);
    await expect(page.getByRole('navigation', { name: /上一篇和下一篇$/ })).toBeAttached();
    await expect(toc.locator('a[aria-current]')).toHaveCount(0);
    expect(
      scripts.filter((s) => s.includes('page-toc')),
      '手机上不应加载本页目录的脚本',
    ).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the contents are plain links and the sidebar still marks the page', async ({ page }) => {
    await page.goto(GUIDE);
    const toc = page.getByRole('navigation', { name: '本页目录' });
    await expect(toc.getByRole('link').first()).toHaveAttribute('href', /^#/);
    await expect(toc.locator('a[aria-current]')).toHaveCount(0);
    await expect(sidebar(page).locator('a[aria-current="page"]')).toHaveText(TITLE);
  });
});
