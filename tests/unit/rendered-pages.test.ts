import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { PageReader, shareOf } from '../../src/build/rendered-pages/reader.ts';
import { distFiles, htmlFiles } from '../../src/build/dist.ts';
import { writeFiles } from '../support/file-tree.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rendered-pages-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const guide = (text: string, link = '/b/') =>
  `<main data-pagefind-body><h1 id="t">${text}</h1><a href="${link}">${text}</a></main>`;

/** A written site, a reader that was handed `handed` as they rendered, and its completion. */
function setUp(name: string, written: Record<string, string>, handed: Record<string, string>) {
  const site = path.join(work, name, 'site');
  writeFiles(site, written);
  const reader = new PageReader(path.join(work, name, 'staging'));
  for (const [file, html] of Object.entries(handed)) reader.add(file, html);
  const fromDisk = reader.complete(site, htmlFiles(site));
  const files = new Set(distFiles(site));
  return { reader, fromDisk, files, staging: path.join(work, name, 'staging') };
}

test('pages handed over as they render are not read again, and the others are read from disk', () => {
  const a = guide('三会一课');
  const { reader, fromDisk, files, staging } = setUp(
    'handed',
    { 'a/index.html': a, 'b/index.html': guide('主题党日', '/a/#t'), '404.html': '<p>找不到</p>' },
    { 'a/index.html': a },
  );
  expect(fromDisk).toBe(2);
  expect(Object.keys(reader.staged().pages).sort()).toEqual(['a/index.html', 'b/index.html']);
  expect(fs.readFileSync(path.join(staging, 'b/index.html'), 'utf8')).toContain('主题');
  expect(reader.linkProblems(files)).toEqual({ pages: 3, problems: [] });
});

test('a page handed over with other bytes than its file is read from the file', () => {
  const { reader, fromDisk, files } = setUp(
    'changed',
    { 'a/index.html': guide('三会一课', '/gone/'), 'b/index.html': guide('主题党日', '/a/') },
    { 'a/index.html': guide('三会一课'), 'b/index.html': guide('主题党日', '/a/') },
  );
  expect(fromDisk).toBe(1);
  expect(reader.linkProblems(files).problems).toEqual([
    { page: '/a/', href: '/gone/', message: '链接“/gone/”指向的 /gone/ 不存在。' },
  ]);
});

test('a page handed over that the build did not write is neither indexed nor checked', () => {
  const { reader, fromDisk, files } = setUp(
    'unwritten',
    { 'a/index.html': guide('三会一课', '/a/') },
    { 'a/index.html': guide('三会一课', '/a/'), 'x/index.html': guide('未写出', '/gone/') },
  );
  expect(fromDisk).toBe(0);
  expect(Object.keys(reader.staged().pages)).toEqual(['a/index.html']);
  expect(reader.linkProblems(files)).toEqual({ pages: 1, problems: [] });
});

test('a page that cannot be staged fails the staging with its name, but not the link check', () => {
  const bad = '<meta data-pagefind-filter="x"><main data-pagefind-body>三会</main>';
  const { reader, files } = setUp('bad', { 'a/index.html': bad }, { 'a/index.html': bad });
  expect(() => reader.staged()).toThrow(
    /^a\/index\.html：页面在 data-pagefind-body 之外用了 data-pagefind-filter/,
  );
  expect(reader.linkProblems(files)).toEqual({ pages: 1, problems: [] });
});

test('readers sharing a site check links into each other’s pages by their ids', () => {
  const site = path.join(work, 'shared', 'site');
  const written = {
    'a/index.html': guide('三会一课', '/b/#t'),
    'b/index.html': guide('主题党日', '/a/#gone'),
  };
  writeFiles(site, written);
  const files = new Set(distFiles(site));
  const readers = [0, 1].map((i) => {
    const reader = new PageReader(path.join(work, 'shared', 'staging'));
    reader.complete(
      site,
      htmlFiles(site).filter((file) => shareOf(file, 2) === i),
    );
    return reader;
  });
  expect(readers.map((r) => Object.keys(r.ids()).length).sort()).toEqual([1, 1]);
  const problems = readers.flatMap((reader, i) => reader.linkProblems(files, readers[1 - i]!.ids()).problems);
  expect(problems).toEqual([
    { page: '/b/', href: '/a/#gone', message: '链接“/a/#gone”指向的锚点“#gone”在 /a/ 上不存在。' },
  ]);
  // Without the other reader's ids the missing fragment would pass unseen.
  expect(readers.flatMap((reader) => reader.linkProblems(files).problems)).toEqual([]);
});

test('each page goes to one reader, the same every time', () => {
  const files = Array.from({ length: 200 }, (_, i) => `cases/c${i}/index.html`);
  const counts = [0, 0];
  for (const file of files) counts[shareOf(file, 2)]!++;
  expect(counts[0]! + counts[1]!).toBe(200);
  expect(Math.min(...counts)).toBeGreaterThan(60);
  expect(files.map((f) => shareOf(f, 2))).toEqual(files.map((f) => shareOf(f, 2)));
  expect(shareOf('a/index.html', 1)).toBe(0);
});
