/**
 * Renders the app icons in public/icons/ from one design with headless Chromium. Run after
 * changing the design: `node scripts/make-icons.ts` (needs Chromium and a Chinese font).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';

const out = path.resolve(import.meta.dirname, '../public/icons');
const icon = (size: number, padding: number) => `<!doctype html><html><body style="margin:0">
<div style="width:${size}px;height:${size}px;background:#b3141b;display:flex;align-items:center;justify-content:center;
border-radius:${padding ? 0 : size * 0.18}px"><span style="color:#fff;font:700 ${size * (padding ? 0.42 : 0.6)}px/1
'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif">支</span></div></body></html>`;

const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(icon(size, maskable ? 1 : 0));
  await page.screenshot({ path: path.join(out, name), omitBackground: true });
}
await browser.close();
