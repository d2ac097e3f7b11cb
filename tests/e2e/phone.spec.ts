/**
 * Reading on a phone (375 × 812, touch): a search shows its first result on the first screen and
 * nothing jumps while results and filters load; the filters wait behind a 筛选 button that counts
 * them; the header is one compact bar whose 搜索 and 菜单 buttons open in place; the text size is
 * the reader's choice, kept across pages and reloads and applied before the page paints, and the
 * largest size still fits the screen. Runs under nginx too, where the inline scripts must pass the
 * CSP (playwright.config.ts).
 */
import type { Page } from '@playwright/test';
import { TEXT_SIZES, TEXT_SIZE_KEY } from '../../src/shared/text-size.ts';
import { expect, test } from './fixtures.ts';

const PHONE = { width: 375, height: 812 };
test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

const LARGEST = TEXT_SIZES.at(-1)!;
const filterButton = (page: Page) => page.locator('.filter-panel > summary');
const filters = (page: Page) => page.getByRole('group', { name: '筛选结果' });

test('the first result of 党员分散 starts on the first screen', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党员分散')}`);
  const first = page.locator('.results li').first();
  await expect(first).toBeVisible();
  const box = (await first.boundingBox())!;
  expect(box.y + 80, '第一条结果的标题应在第一屏内').toBeLessThanOrEqual(PHONE.height);
  // One search form on the search page: the header does not repeat it.
  await expect(page.getByRole('searchbox')).toHaveCount(1);
});

test('nothing moves while the results and the filters load', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number };
    w.cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[])
        if (!entry.hadRecentInput) w.cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  await expect(page.locator('.results li').first()).toBeVisible();
  // The filters are filled in after the results (their index loads second).
  await expect(page.locator('.filters input').first()).toBeAttached();
  await expect(page.locator('.more')).toBeVisible();
  // Layout shifts are reported after the frame that made them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
  expect(cls, '累积布局偏移（CLS）').toBeLessThan(0.05);
});

test('the 筛选 button opens the filters in place, filters, and counts what is chosen', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('党员')}`);
  const status = page.getByRole('status');
  await expect(status).toContainText('共找到');
  await expect(filterButton(page)).toHaveText('筛选');
  // Closed, the filters take no room above the results.
  await expect(filters(page)).toBeHidden();
  await filterButton(page).click();
  const box = filters(page).getByRole('checkbox', { name: /问题与对策案例/ });
  await expect(box).toBeVisible();
  const before = await status.textContent();
  await box.check();
  await expect(page).toHaveURL(/collection=/);
  await expect(status).not.toHaveText(before ?? '');
  await expect(filterButton(page)).toHaveText('筛选（已选 1 项）');
  await filterButton(page).click();
  await expect(filters(page)).toBeHidden();
  await expect(filterButton(page)).toHaveText('筛选（已选 1 项）');
  // A link carries the filters: the count is there when the page opens.
  await page.reload();
  await expect(filterButton(page)).toHaveText('筛选（已选 1 项）');
});

test('the header is one bar: 搜索 opens the box with the cursor in it, 菜单 opens the sections', async ({
  page,
}) => {
  await page.goto('/cases/');
  const header = page.getByRole('banner');
  const bar = (await header.boundingBox())!;
  expect(bar.height, '手机上页头只占一行').toBeLessThanOrEqual(80);
  const box = header.getByRole('searchbox', { name: '搜索全站' });
  const nav = header.getByRole('navigation', { name: '栏目' });
  await expect(box).toBeHidden();
  await expect(nav).toBeHidden();
  // No keyboard hint on a touch screen.
  await header.locator('.search-toggle > summary').click();
  await expect(box).toBeFocused();
  await expect(header.locator('.key-hint')).toBeHidden();
  await box.fill('三会一课');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(page.locator('.results li').first()).toBeVisible();

  await page.goto('/cases/');
  await header.locator('.menu > summary').click();
  await expect(nav.getByRole('link', { name: '培训课' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
});

test('the text size is kept across pages and a reload, and set before the page paints', async ({ page }) => {
  await page.goto('/cases/');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const base = await size();
  const control = page.getByRole('group', { name: '文字大小' });
  await page.locator('.menu > summary').click();
  await control.getByRole('button', { name: /A\+/ }).click();
  await control.getByRole('button', { name: /A\+/ }).click();
  expect(await size()).toBeCloseTo(base * 1.3);
  expect(await page.evaluate((key) => localStorage.getItem(key), TEXT_SIZE_KEY)).toBe('130');

  // Another page and a reload open at that size; the size is on <html> before the body is read.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { early: string }).early = getComputedStyle(document.documentElement).fontSize;
    });
  });
  for (const go of [() => page.goto('/lessons/xinren-shuji-rumen/'), () => page.reload()]) {
    await go();
    expect(await size()).toBeCloseTo(base * 1.3);
    expect(await page.evaluate(() => (window as unknown as { early: string }).early)).toBe(`${base * 1.3}px`);
  }

  await page.locator('.menu > summary').click();
  await expect(control.getByRole('button', { name: /^A\s*（默认/ })).toHaveAttribute('aria-pressed', 'false');
  await control.getByRole('button', { name: /^A\s*（默认/ }).click();
  await expect(control.getByRole('button', { name: /^A\s*（默认/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await size()).toBeCloseTo(base);
});

for (const path of [
  '/',
  '/cases/dangyuan-fensan-liudong/',
  '/lessons/xinren-shuji-rumen/',
  '/glossary/',
  '/tools/dangfei/',
  `/search/?q=${encodeURIComponent('党小组')}`,
]) {
  test(`at the largest text size ${decodeURIComponent(path)} fits 375 px and 200 % zoom without sideways scrolling`, async ({
    page,
  }) => {
    await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [TEXT_SIZE_KEY, LARGEST]);
    // 375 px is a phone; 640 px is a 1280 px screen at 200 % zoom.
    for (const width of [375, 640]) {
      await page.setViewportSize({ width, height: 812 });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.dataset['textSize'])).toBe(LARGEST);
      // Against the screen's width: a phone widens its layout viewport (innerWidth) to fit
      // content that overflows, so innerWidth would hide the overflow.
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${width} px 宽时横向溢出`).toBeLessThanOrEqual(width);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header still opens its search box and sections, and shows no text size control', async ({
    page,
  }) => {
    await page.goto('/cases/');
    const header = page.getByRole('banner');
    await header.locator('.search-toggle > summary').click();
    await expect(header.getByRole('searchbox', { name: '搜索全站' })).toBeVisible();
    await header.locator('.menu > summary').click();
    await expect(header.getByRole('link', { name: '培训课' })).toBeVisible();
    await expect(page.getByRole('group', { name: '文字大小' })).toBeHidden();
  });
});
