import fs from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from 'satteri';
import { expect, test } from 'vitest';
import { glossaryLinks } from '../../src/build/markdown/glossary-links.ts';
import { headingAnchors } from '../../src/build/markdown/heading-anchors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/markdown');
const words = [
  { word: '三会一课', id: 'sanhui-yike', definition: '支部党员大会、支委会、党小组会和党课。' },
  { word: '民主评议党员', id: 'minzhu-pingyi-dangyuan', definition: '党员之间评议。' },
  { word: '民主评议', id: 'minzhu-pingyi-dangyuan', definition: '党员之间评议。' },
  { word: '党小组长', id: 'dangxiaozuzhang', definition: '党小组的负责人。' },
];

async function render(file: string, fileURL = new URL(`file:///site/content/cases/${file}`)) {
  const source = fs.readFileSync(path.join(fixtures, file), 'utf8');
  const result = await markdownToHtml(source, {
    fileURL,
    mdastPlugins: [glossaryLinks(words)],
    hastPlugins: [headingAnchors()],
  });
  return result.html;
}

test('a guide renders with glossary links and heading permalinks', async () => {
  await expect(await render('guide.md')).toMatchFileSnapshot('../fixtures/markdown/guide.html');
});

test('each term is linked once, never inside headings, links or code', async () => {
  const html = await render('guide.md');
  expect(html.match(/href="\/glossary\/sanhui-yike\/"/g)).toHaveLength(1);
  expect(html).toContain('href="/glossary/#sanhui-yike"'); // the author's own link is left alone
  expect(html).toContain('<code>三会一课</code>');
  expect(html).not.toMatch(/<h2[^>]*>[^<]*<a href="\/glossary/);
});

test('repeated headings get distinct ids and matching permalinks', async () => {
  const html = await render('guide.md');
  const ids = [...html.matchAll(/<h[234] id="([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(ids).size).toBe(ids.length);
  for (const id of ids) expect(html).toContain(`href="#${id}"`);
});

test('the glossary’s own pages are not linked to themselves', async () => {
  const html = await render('guide.md', new URL('file:///site/content/glossary/sanhui-yike.md'));
  expect(html).not.toContain('title="支部党员大会');
});

test('GitHub-flavoured Markdown renders through Sätteri: tables, strikethrough, task lists, autolinks', async () => {
  const html = await render('gfm.md');
  expect(html).toMatch(/<table>\s*<thead>\s*<tr>\s*<th>会议<\/th>/);
  expect(html).toMatch(/<td[^>]*>每月<\/td>/);
  expect(html).toContain('<del>每月召开一次党员大会</del>');
  expect(html.match(/<input[^>]*type="checkbox"/g)).toHaveLength(2);
  expect(html).toMatch(/<input[^>]*checked[^>]*>\s*会前通知/);
  expect(html).toContain('<a href="https://www.12371.cn/">https://www.12371.cn/</a>');
});
