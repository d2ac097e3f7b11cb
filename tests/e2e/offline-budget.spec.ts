/**
 * A site over the precache budget (src/build/offline/precache.ts): the real content and a few hundred
 * guides made by the bench's generator (scripts/lib/bench-generate.ts), built without PDFs, so
 * that the whole site is well over the real budget. A first visit stores no more than the budget;
 * pages not read stay online-only, with a clear offline page; a lesson saved with 离线保存 reads and
 * searches offline, and 我的学习 lists it and removes it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generateGuides, readCorpus, writeContent } from '../../scripts/lib/bench-generate.ts';
import { readGlossaryWords } from '../../src/build/checks/content-check.ts';
import { PRECACHE_BUDGET_BYTES } from '../../src/build/offline/precache.ts';
import { serveStatic, type StaticServer } from '../../src/build/static-server.ts';
import { astroBuild } from '../support/astro-build.ts';

/** Enough generated guides for the whole site to pass the budget (figures in docs/performance.md). */
const GUIDES = 200;
const BUDGET = PRECACHE_BUDGET_BYTES;
const LESSON = '/lessons/xinren-shuji-rumen/';
const AGENDA_GUIDE = '/competencies/guangrong-zeren-shiming/';

const realContent = path.resolve(import.meta.dirname, '../../content');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-budget-'));
let server: StaticServer;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const content = path.join(work, 'content');
  const words = readGlossaryWords(path.join(realContent, 'glossary')).map((w) => w.word);
  writeContent(realContent, content, generateGuides(readCorpus(realContent, words), GUIDES));
  const { status, output, dist } = astroBuild(work, { content, env: { HANDOUTS: 'off' } });
  if (status !== 0) throw new Error(output);
  const whole = output.match(/shell only, over the budget .+; the whole site is \d+ files, ([\d.]+) MiB/);
  expect(Number(whole?.[1]) * 1024 * 1024).toBeGreaterThan(BUDGET);
  server = await serveStatic(dist);
});
test.afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

/** Every file in Cache Storage, by path, and their bytes together. */
function stored(page: Page) {
  return page.evaluate(async () => {
    let bytes = 0;
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        bytes += (await (await cache.match(request))!.arrayBuffer()).byteLength;
        paths.push(new URL(request.url).pathname);
      }
    }
    return { bytes, paths };
  });
}

async function firstVisit(page: Page, url: string) {
  await page.goto(`${server.url}${url}`);
  await expect(page.locator('.site-notice')).toContainText('已可离线使用', { timeout: 90_000 });
  await expect(page.locator('.site-notice')).toContainText('离线保存');
}

test('a first visit stores no more than the budget: the shell, not the pages', async ({ page, context }) => {
  await firstVisit(page, '/');
  const { bytes, paths } = await stored(page);
  expect(bytes).toBeLessThanOrEqual(BUDGET);
  expect(paths).toContain('/search/index.html');
  expect(paths).toContain('/competencies/index.html');
  expect(paths.filter((p) => /^\/(competencies|cases)\/.+\/index\.html$/.test(p))).toEqual([]);
  expect(paths.filter((p) => p.endsWith('.pf_fragment'))).toEqual([]);

  await context.setOffline(true);
  await page.goto(`${server.url}/competencies/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('书记能力素质');
  await page.goto(`${server.url}${AGENDA_GUIDE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络，这一页还没有保存到手机上');
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('三会一课')}`);
  await expect(page.getByRole('status')).toContainText('离线时只能搜索已保存的内容，结果可能不全。');
});

test('a saved lesson reads and searches offline; 我的学习 lists it and removes it', async ({
  page,
  context,
}) => {
  await firstVisit(page, LESSON);
  // The size first, then the download.
  await page.getByRole('button', { name: '离线保存' }).click();
  const save = page.getByRole('button', { name: /^开始保存（约 [\d.]+ (KB|MB)）$/ });
  await expect(save).toBeVisible();
  await save.click();
  await expect(page.locator('offline-save .status')).toContainText('已保存到这台手机', { timeout: 60_000 });
  await expect(page.getByRole('button', { name: '从手机删除' })).toBeVisible();

  await context.setOffline(true);
  await page.goto(`${server.url}${AGENDA_GUIDE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('书记的光荣感、责任感和使命感');
  await page.goto(`${server.url}${LESSON}handout/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('新任支部书记入门半天课');
  await page.goto(`${server.url}/search/?q=${encodeURIComponent('光荣感')}`);
  await expect(page.locator('.results .title').first()).toContainText('光荣感');

  await page.goto(`${server.url}/wode/`);
  const saved = page.getByRole('region', { name: '离线保存的内容' });
  await expect(saved.getByRole('link', { name: '新任支部书记入门半天课' })).toBeVisible();
  await saved.getByRole('button', { name: '删除已保存的“新任支部书记入门半天课”' }).click();
  await expect(saved.getByRole('listitem')).toHaveCount(0);
  await page.goto(`${server.url}${AGENDA_GUIDE}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络，这一页还没有保存到手机上');
});
