/**
 * Accessibility sweep: axe-core over every page type, in light and dark colour schemes, must find
 * no WCAG 2.1 A/AA violation; every control is reachable with Tab and visibly focused.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const pages: { name: string; path: string; ready?: (page: Page) => Promise<void> }[] = [
  { name: 'home', path: '/' },
  { name: 'routines index', path: '/routines/' },
  { name: 'a routine', path: '/routines/dangfei-shoujiao/' },
  { name: 'competencies index', path: '/competencies/' },
  { name: 'duties index', path: '/duties/' },
  { name: 'cases index', path: '/cases/' },
  { name: 'lessons index', path: '/lessons/' },
  { name: 'a filter page', path: '/cases/sector/power/' },
  { name: 'a competency', path: '/competencies/zhengzhi-suzhi/' },
  { name: 'a duty', path: '/duties/dangxiaozuzhang-zhize/' },
  { name: 'a case', path: '/cases/sanhui-yike-liuyu-xingshi/' },
  { name: 'a lesson', path: '/lessons/xinren-shuji-rumen/' },
  { name: 'the glossary', path: '/glossary/' },
  { name: 'a glossary term', path: '/glossary/sanhui-yike/' },
  { name: 'the sources', path: '/sources/' },
  { name: 'the tools', path: '/tools/' },
  { name: 'the dues calculator', path: '/tools/dangfei/' },
  { name: 'the membership dates', path: '/tools/fazhan-riqi/' },
  { name: 'the branch calendar', path: '/tools/rili/' },
  {
    name: 'search with results and filters open',
    path: `/search/?q=${encodeURIComponent('三会一课')}`,
    ready: async (page) => {
      await expect(page.locator('.results li').first()).toBeVisible();
      await expect(page.getByRole('group', { name: '筛选结果' })).toBeVisible();
    },
  },
  {
    name: 'search with no result',
    path: `/search/?q=${encodeURIComponent('高铁票价')}`,
    ready: async (page) => {
      await expect(page.getByRole('status')).toContainText('没有找到');
    },
  },
  { name: '404', path: '/no-such-page/' },
];

// One scan per page and colour scheme, each with room to spare: axe over the glossary (the
// largest page) took more than 30 s on a loaded 2-core machine.
for (const { name, path, ready } of pages) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name} has no WCAG 2.1 AA violations in ${colorScheme} colours`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await ready?.(page);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(
        violations.map((v) => `${v.id}（${v.help}）：${v.nodes.map((n) => n.target.join(' ')).join('，')}`),
      ).toEqual([]);
    });
  }
}

/** Tabs through the page; returns a description of every element that got focus. */
async function tabThrough(page: Page, max = 400) {
  const seen: { key: string; outlined: boolean; visible: boolean }[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      const outlined =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return {
        key: `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? el.getAttribute('name') ?? el.id ?? ''} ${(el.textContent ?? '').trim().slice(0, 20)}`,
        outlined,
        visible: rect.width > 0 && rect.height > 0,
      };
    });
    if (!focus) break;
    if (seen.some((s) => s.key === focus.key) && seen[0]!.key === focus.key) break;
    seen.push(focus);
  }
  return seen;
}

for (const { name, path, ready } of pages.filter((p) =>
  ['home', 'a case', 'a lesson', 'search with results and filters open'].includes(p.name),
)) {
  test(`on ${name}, every control is reached with Tab and shows where focus is`, async ({ page }) => {
    await page.goto(path);
    await ready?.(page);
    const controls = await page
      .locator(
        'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      )
      // What a closed <details> holds is reached once its summary opens it (the sidebar's groups).
      .evaluateAll(
        (els) =>
          els.filter(
            (el) =>
              ((el as HTMLElement).offsetParent !== null || el.tagName === 'A') &&
              (el.tagName === 'SUMMARY' || !el.closest('details:not([open])')),
          ).length,
      );
    const focused = await tabThrough(page);
    expect(focused.length).toBeGreaterThanOrEqual(controls);
    expect(focused.filter((f) => !f.outlined || !f.visible).map((f) => f.key)).toEqual([]);
  });
}
