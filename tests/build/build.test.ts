/**
 * The production build itself, on a small fixture site: it succeeds on good content and fails,
 * naming the file, the field and the fix, on a broken reference or a bad frontmatter field.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { DATA_STORE_CHUNK_BYTES } from '../../src/build/data-store.ts';
import { readPdf } from '../../src/build/handouts/pdf.ts';
import { spaceWords } from '../../src/shared/segment.ts';
import { astroBuild } from '../support/astro-build.ts';
import { pdfQrCodes, pdfText } from '../support/pdf-read.ts';

const root = path.resolve(import.meta.dirname, '../..');
const fixture = path.join(root, 'tests/fixtures/site');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'build-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

function build(name: string, edit?: (dir: string) => void, env: Record<string, string> = {}) {
  const dir = path.join(work, name);
  if (!fs.existsSync(dir)) fs.cpSync(fixture, path.join(dir, 'content'), { recursive: true });
  edit?.(path.join(dir, 'content'));
  return astroBuild(dir, { content: path.join(dir, 'content'), env });
}

function replaceIn(file: string, from: string, to: string) {
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${from} not in ${file}`);
  fs.writeFileSync(file, text.replace(from, to));
}

test('good content builds pages, backlinks, glossary links and a search index', () => {
  const { status, output, dist } = build('good', undefined, { SITE_URL: '' });
  expect(status, output).toBe(0);
  // Without SITE_URL the build says so, and the handout prints paths and no QR code.
  expect(output).toContain('未设置 SITE_URL');
  const handout = fs.readFileSync(path.join(dist, 'lessons/rumen/handout/index.html'), 'utf8');
  expect(handout).toMatch(/全文：<a href="\/cases\/fensan\/"[^>]*>\/cases\/fensan\/<\/a>/);
  expect(handout).not.toContain('<svg');
  const guide = fs.readFileSync(path.join(dist, 'competencies/zhengzhi/index.html'), 'utf8');
  expect(guide).toContain('href="/cases/fensan/"'); // backlink from the case that names it
  const kase = fs.readFileSync(path.join(dist, 'cases/fensan/index.html'), 'utf8');
  expect(kase).toContain('href="/glossary/sanhui-yike/"');
  expect(fs.existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  // The index and the link check got the pages as they rendered, not by reading dist/ again.
  const pages = Number(output.match(/links: (\d+) pages/)?.[1]);
  const readBack = Number(
    output.match(/pages read back from dist\/ rather than as they rendered: (\d+)/)?.[1],
  );
  expect(pages).toBeGreaterThan(20);
  expect(readBack).toBeLessThan(pages / 10);
  // An old name in `aliases` keeps working: it redirects to the entry.
  const old = fs.readFileSync(path.join(dist, 'competencies/zhengzhi-old/index.html'), 'utf8');
  expect(old).toMatch(/http-equiv="refresh" content="0;\s*url=\/competencies\/zhengzhi\/"/);
  // …and is left out of the sitemap, which lists the entry itself.
  const sitemap = fs.readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/competencies/zhengzhi/</loc>');
  expect(sitemap).not.toContain('zhengzhi-old');
  // The content store is kept in parts, none larger than the limit (src/build/data-store.ts) but
  // for the last character a part ends on.
  const store = path.join(work, 'good/cache/data-store');
  const parts = Object.values(
    JSON.parse(fs.readFileSync(path.join(store, 'manifest.json'), 'utf8')) as Record<string, string[]>,
  ).flat();
  expect(parts.length).toBeGreaterThan(0);
  for (const part of parts)
    expect(fs.statSync(path.join(store, part)).size).toBeLessThan(DATA_STORE_CHUNK_BYTES + 4);
  // …and the page bundle read every part from there rather than holding it.
  expect(Number(output.match(/content store: (\d+) parts read from the cache/)?.[1])).toBe(parts.length);
}, 120_000);

test('two entries claiming one address fail the build', () => {
  const { status, output } = build('url-clash', (c) =>
    fs.writeFileSync(
      path.join(c, 'competencies/zhengzhi-old.md'),
      fs
        .readFileSync(path.join(c, 'competencies/zhengzhi.md'), 'utf8')
        .replace('aliases:\n  - zhengzhi-old\n', ''),
    ),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('网址 /competencies/zhengzhi-old/ 已被');
}, 120_000);

test('a reference to a missing entry fails the build, naming file, field and fix', () => {
  const { status, output } = build('broken-ref', (c) =>
    replaceIn(path.join(c, 'cases/fensan.md'), 'competencies/zhengzhi', 'competencies/zhengzi'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('cases/fensan.md');
  expect(output).toContain(
    'related[0]：引用的条目“competencies/zhengzi”不存在。是不是想写 competencies/zhengzhi？',
  );
}, 120_000);

test('an unknown category fails the build with the Chinese message', () => {
  const { status, output } = build('bad-enum', (c) =>
    replaceIn(path.join(c, 'competencies/zhengzhi.md'), 'category: 政治素质', 'category: 业务素质'),
  );
  expect(status).not.toBe(0);
  expect(output).toContain('zhengzhi');
  expect(output).toContain('「分类」的取值 “业务素质” 不在可选范围内。请改为以下之一：');
}, 120_000);

test('an impossible date without quotes fails the build instead of rolling over to March', () => {
  const { status, output } = build('impossible-date', (c) => {
    const file = path.join(c, 'competencies/zhengzhi.md');
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^updated: .*$/m, 'updated: 2026-02-30'));
  });
  expect(status).not.toBe(0);
  expect(output).toContain('content/competencies/zhengzhi.md');
  expect(output).toContain('「更新日期」不是有效日期：“2026-02-30”。请按“年-月-日”书写');
}, 120_000);

test('a new glossary term is linked in pages that did not change, on the next build', () => {
  const first = build('incremental');
  expect(first.status, first.output).toBe(0);
  const page = () => fs.readFileSync(path.join(first.dist, 'cases/fensan/index.html'), 'utf8');
  expect(page()).not.toContain('href="/glossary/ceshi-zhengwen/"');
  const second = build('incremental', (c) =>
    fs.writeFileSync(
      path.join(c, 'glossary/ceshi-zhengwen.md'),
      '---\nterm: 测试用正文\ndefinition: 构建测试用的术语。\nsources:\n  - huodian-zhibu-jingyan\n---\n',
    ),
  );
  expect(second.status, second.output).toBe(0);
  expect(page()).toContain('href="/glossary/ceshi-zhengwen/"');
}, 120_000);

test('a rebuild cuts into words only the pages that changed, for the search index', () => {
  const env = { HANDOUTS: 'off' };
  const counts = (output: string): [number, number] | undefined => {
    const m = output.match(/search index: (\d+) pages \((\d+) cut into words anew/);
    return m ? [Number(m[1]), Number(m[2])] : undefined;
  };
  const staged = (page: string) => path.join(work, 'index-cache/cache/index-staging', page, 'index.html');
  const first = build('index-cache', undefined, env);
  expect(first.status, first.output).toBe(0);
  const [pages, cut] = counts(first.output)!;
  expect(cut).toBe(pages);

  expect(counts(build('index-cache', undefined, env).output)).toEqual([pages, 0]);

  // One body changes and a duty is added: those two pages are cut, the copies of the rest stay.
  const edited = build(
    'index-cache',
    (c) => {
      fs.appendFileSync(path.join(c, 'cases/fensan.md'), '\n党员积分管理试点。\n');
      fs.writeFileSync(
        path.join(c, 'duties/xiaozuzhang-2.md'),
        fs
          .readFileSync(path.join(c, 'duties/xiaozuzhang.md'), 'utf8')
          .replace(/^title: .*$/m, 'title: 副组长'),
      );
    },
    env,
  );
  expect(edited.status, edited.output).toBe(0);
  const [pagesNow, cutNow] = counts(edited.output)!;
  expect(pagesNow).toBe(pages + 1);
  // The two pages, and the lists and links that name the new duty; not every page.
  expect(cutNow).toBeGreaterThanOrEqual(2);
  expect(cutNow).toBeLessThan(pages);
  expect(fs.readFileSync(staged('cases/fensan'), 'utf8')).toContain(spaceWords('党员积分管理试点'));
  expect(fs.existsSync(staged('duties/xiaozuzhang-2'))).toBe(true);

  // The duty is deleted again: its copy goes too, so Pagefind does not index a page that is gone.
  const removed = build('index-cache', (c) => fs.rmSync(path.join(c, 'duties/xiaozuzhang-2.md')), env);
  expect(removed.status, removed.output).toBe(0);
  expect(counts(removed.output)?.[0]).toBe(pages);
  expect(fs.existsSync(staged('duties/xiaozuzhang-2'))).toBe(false);
  // And its page is gone from dist/, emptied of the last build's output, of which nothing is left
  // beside it (src/build/clear-dist.ts).
  expect(fs.existsSync(path.join(removed.dist, 'duties/xiaozuzhang-2/index.html'))).toBe(false);
  expect(fs.existsSync(path.join(removed.dist, 'duties/xiaozuzhang/index.html'))).toBe(true);
  expect(fs.readdirSync(path.dirname(removed.dist)).filter((name) => name.includes('deleting'))).toEqual([]);
}, 240_000);

test('HANDOUTS=off builds, says handouts were skipped, and offers the print view instead of a PDF', () => {
  const { status, output, dist } = build('no-pdf', undefined, { HANDOUTS: 'off' });
  expect(status, output).toBe(0);
  expect(output).toContain('跳过 PDF 讲义');
  const lesson = fs.readFileSync(path.join(dist, 'lessons/rumen/index.html'), 'utf8');
  expect(lesson).not.toContain('handout.pdf');
  expect(lesson).toContain('href="/lessons/rumen/handout/"');
  expect(fs.existsSync(path.join(dist, 'lessons/rumen/handout/index.html'))).toBe(true);
  expect(fs.existsSync(path.join(dist, 'lessons/rumen/handout.pdf'))).toBe(false);
}, 120_000);

test('a rebuild reuses the PDF handouts whose page did not change and prints the others', () => {
  const env = { HANDOUTS: 'required' };
  const printed = (output: string) =>
    output.match(/handouts: (\d+) PDF \((\d+) printed, (\d+) from the cache\)/)?.slice(1);
  const pdf = (dist: string, id: string) => fs.readFileSync(path.join(dist, `lessons/${id}/handout.pdf`));
  const cache = path.join(work, 'handout-cache/cache/handouts');

  const first = build('handout-cache', undefined, env);
  expect(first.status, first.output).toBe(0);
  expect(printed(first.output)).toEqual(['1', '1', '0']);
  const before = pdf(first.dist, 'rumen');

  const again = build('handout-cache', undefined, env);
  expect(printed(again.output)).toEqual(['1', '0', '1']);
  expect(pdf(again.dist, 'rumen').equals(before)).toBe(true);

  // A new lesson is printed; the unchanged one comes from the cache.
  const added = build(
    'handout-cache',
    (c) =>
      fs.writeFileSync(
        path.join(c, 'lessons/rumen-2.md'),
        fs
          .readFileSync(path.join(c, 'lessons/rumen.md'), 'utf8')
          .replace('title: 入门课', 'title: 入门课（二）'),
      ),
    env,
  );
  expect(printed(added.output)).toEqual(['2', '1', '1']);

  // A guide on both agendas changes its summary: both handouts show it, so both are printed again.
  const edited = build(
    'handout-cache',
    (c) => replaceIn(path.join(c, 'cases/fensan.md'), 'summary: ', 'summary: 已修改。'),
    env,
  );
  expect(edited.status, edited.output).toBe(0);
  expect(printed(edited.output)).toEqual(['2', '2', '0']);
  expect(pdf(edited.dist, 'rumen').equals(before)).toBe(false);
  // The cache keeps only what the last build used.
  expect(fs.readdirSync(cache).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
}, 240_000);

test('with SITE_URL a handout PDF prints each guide’s full address and a QR code that reads as it, embeds no Type 3 font and stays within 80 KB a page', async () => {
  const site = 'https://dangjian.example.cn/';
  const { status, output, dist } = build('site-url', undefined, { SITE_URL: site, HANDOUTS: 'required' });
  expect(status, output).toBe(0);
  expect(output).not.toContain('未设置 SITE_URL');

  const pdf = fs.readFileSync(path.join(dist, 'lessons/rumen/handout.pdf'));
  const { pages, fonts } = await readPdf(pdf);
  expect(pages).toBeGreaterThan(0);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.filter((f) => f.subtype === 'Type3')).toEqual([]);
  expect(pdf.length / pages).toBeLessThanOrEqual(80 * 1024);
  // Only woff2 font files are emitted.
  const fontFiles = fs.readdirSync(path.join(dist, '_astro')).filter((f) => /\.(woff2?|ttf|otf)$/.test(f));
  expect(fontFiles.length).toBeGreaterThan(0);
  expect(fontFiles.filter((f) => !f.endsWith('.woff2'))).toEqual([]);

  // Each guide's full address is printed, and its code, rasterised from the PDF, reads as it.
  const page = fs.readFileSync(path.join(dist, 'lessons/rumen/handout/index.html'), 'utf8');
  const hrefs = [...page.matchAll(/全文：<a href="([^"]+)"/g)].map((m) => m[1]!);
  expect(hrefs[0]).toBe(`${site}cases/fensan/`);
  expect(pdfQrCodes(pdf)).toEqual(hrefs);
  const text = pdfText(pdf).replace(/\s+/g, '');
  for (const href of hrefs) expect(text).toContain(href);
}, 180_000);
