import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

for (const path of [
  '/',
  '/cases/',
  '/cases/dangyuan-fensan-liudong/',
  '/lessons/xinren-shuji-rumen/',
  '/glossary/',
  '/search/?q=%E5%85%9A%E5%B0%8F%E7%BB%84',
]) {
  test(`at 375 px ${decodeURIComponent(path)} fits the screen without sideways scrolling`, async ({
    page,
  }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const fontSize = await page
      .locator('main p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(14);
  });
}
