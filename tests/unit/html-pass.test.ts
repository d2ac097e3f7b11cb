import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test, vi } from 'vitest';
import { readHtml } from '../../src/build/html-pass.ts';
import { parseHtml } from '../../src/build/checks/links.ts';
import { PageReader } from '../../src/build/rendered-pages/reader.ts';
import { indexableHtml } from '../../src/build/search-index/staging.ts';

// Counts the parses of pages: the reader should tokenise each page once.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('htmlparser2', async (original) => {
  const m = await original<typeof import('htmlparser2')>();
  class CountingParser extends m.Parser {
    constructor(...args: ConstructorParameters<typeof m.Parser>) {
      super(...args);
      parses.count++;
    }
  }
  return { ...m, Parser: CountingParser };
});

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'html-pass-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const page =
  '<html lang="zh-CN"><head><link rel="stylesheet" href="/a.css"></head><body>' +
  '<nav><a href="/">首页</a></nav>' +
  '<main data-pagefind-body><h1 id="t">三会&amp;一课</h1>' +
  '<p>支部书记&nbsp;职责，见<a href="/glossary/x/#d" title="定义 &quot;甲&quot;">党小组</a>。</p>' +
  '<script>const a = "<a href=\\"/no/\\">";</script></main></body></html>';

test('every pass sees every event, in the order given, with positions in the source', () => {
  const seen: string[] = [];
  const pass = (name: string) => (parser: { startIndex: number; endIndex: number }) => ({
    onopentag: (tag: string) => seen.push(`${name}<${tag}@${parser.startIndex}`),
    onclosetag: (tag: string) => seen.push(`${name}</${tag}@${parser.endIndex}`),
    ontext: (text: string) => seen.push(`${name}:${text}`),
  });
  readHtml('<p>a&amp;b</p>', pass('1'), pass('2'));
  expect(seen).toEqual(['1<p@0', '2<p@0', '1:a', '2:a', '1:&', '2:&', '1:b', '2:b', '1</p@13', '2</p@13']);
});

test('the reader parses a page once and gets what the link check and the cutting get alone', () => {
  const staging = path.join(work, 'staging');
  const reader = new PageReader(staging);
  parses.count = 0;
  reader.add('a/index.html', page);
  expect(parses.count).toBe(1);

  expect(fs.readFileSync(path.join(staging, 'a/index.html'), 'utf8')).toBe(indexableHtml(page));
  expect(reader.ids()).toEqual({ '/a/': [...parseHtml(page).ids] });
  const problems = reader.linkProblems(new Set(['a.css'])).problems.map((p) => p.href);
  expect(problems).toEqual(['/', '/glossary/x/#d']);
});

test('a page whose staged copy stands is parsed once, for its links alone', () => {
  const staging = path.join(work, 'again');
  const first = new PageReader(staging);
  first.add('a/index.html', page);
  const again = new PageReader(staging, first.staged().pages);
  parses.count = 0;
  again.add('a/index.html', page);
  expect(parses.count).toBe(1);
  expect(again.staged().written).toBe(0);
  expect(again.ids()).toEqual({ '/a/': ['t'] });
});
