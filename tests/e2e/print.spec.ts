import fs from 'node:fs';
import path from 'node:path';
import { readHandoutPage } from '../../src/build/handouts/handout-model.ts';
import { readPdf } from '../../src/build/handouts/pdf.ts';
import { pdfQrCodes, pdfText } from '../support/pdf-read.ts';
import { expect, test } from './fixtures.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));

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

test('every built handout embeds real font subsets, no Type 3 font, and weighs at most 80 KB a page', async () => {
  const lessons = path.join(dist, 'lessons');
  const pdfs = fs
    .readdirSync(lessons)
    .map((id) => path.join(lessons, id, 'handout.pdf'))
    .filter((file) => fs.existsSync(file));
  expect(pdfs.length, 'the build made PDF handouts').toBeGreaterThan(0);
  for (const file of pdfs) {
    const bytes = fs.readFileSync(file);
    const { pages, fonts } = await readPdf(bytes);
    expect(fonts.length, file).toBeGreaterThan(0);
    expect(fonts.filter((f) => f.subtype === 'Type3').length, `Type 3 fonts in ${file}`).toBe(0);
    expect(bytes.length / pages / 1024, `KB per page of ${file}`).toBeLessThanOrEqual(80);
  }
});

test('every built handout PDF prints each guide’s title, summary and points as its page shows them, and codes that read as their addresses', async () => {
  const lessons = path.join(dist, 'lessons');
  const ids = fs.readdirSync(lessons).filter((id) => fs.existsSync(path.join(lessons, id, 'handout.pdf')));
  expect(ids.length, 'the build made PDF handouts').toBeGreaterThan(0);
  for (const id of ids) {
    const html = path.join(lessons, id, 'handout', 'index.html');
    const doc = readHandoutPage(fs.readFileSync(html, 'utf8'), html);
    expect(doc.guides.items.length, html).toBeGreaterThan(0);
    const pdf = fs.readFileSync(path.join(lessons, id, 'handout.pdf'));
    // Lines wrap where the page's do not: compare without white space.
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const guide of doc.guides.items)
      for (const line of [guide.title, guide.summary, ...guide.points, guide.addressLine])
        expect(text, `${id}: ${line}`).toContain(line.replace(/\s+/g, ''));
    // Codes are printed only under SITE_URL; reading pages for codes is slow, so only then.
    const coded = doc.guides.items.filter((g) => g.qr).map((g) => g.href);
    if (coded.length > 0) expect(pdfQrCodes(pdf), id).toEqual(coded);
  }
});

test('only the handout page downloads a font; a reading page uses the system fonts', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
  });
  await page.goto('/cases/dangyuan-fensan-liudong/');
  await page.goto('/lessons/xinren-shuji-rumen/');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(fonts).toEqual([]);
  await page.goto('/lessons/xinren-shuji-rumen/handout/');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((f) => f.startsWith('/_astro/') && f.endsWith('.woff2'))).toBe(true);
});
