import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  commonWords,
  indexedWords,
  sample,
  writeCommonWords,
} from '../../src/build/search-index/common-words.ts';
import { COMMON_WORDS_FILE, withoutCommonWords, wordQueries } from '../../src/shared/common-words.ts';
import { spaceWords } from '../../src/shared/segment.ts';
import { writeFiles } from '../support/file-tree.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'common-words-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const common = new Set(['党员', '支部']);

describe('the query Pagefind is asked', () => {
  test('common words are left out while a telling word remains', () => {
    expect(withoutCommonWords('党员 分散', common)).toBe('分散');
    expect(withoutCommonWords('支部 党员 发展 对象', common)).toBe('发展 对象');
  });

  test('a query of common words only, or with one character besides, is searched as typed', () => {
    expect(withoutCommonWords('党员', common)).toBe('党员');
    expect(withoutCommonWords('支部 党员', common)).toBe('支部 党员');
    expect(withoutCommonWords('党员 管', common)).toBe('党员 管');
  });

  test('single characters that together make two or more are telling (三会一课 is cut into four)', () => {
    expect(withoutCommonWords('支部 三 会 一 课', common)).toBe('三 会 一 课');
  });

  test('words are compared as the index holds them, in lower case', () => {
    expect(withoutCommonWords('PDF 党员', new Set(['pdf']))).toBe('党员');
  });

  test('with no list every word is searched', () => {
    expect(withoutCommonWords('党员 分散', new Set())).toBe('党员 分散');
  });

  test('a word searched alone that holds nothing telling is dropped while another holds something', () => {
    const spaced = ['党员', '党员分散', '管不过来'].map(spaceWords);
    expect(wordQueries(spaced, common)).toEqual(['分散', spaceWords('管不过来')]);
    // Nothing telling anywhere: every word is searched as it was.
    expect(wordQueries(['党员', '支部'], common)).toEqual(['党员', '支部']);
  });

  test('two words that come down to the same query are searched once', () => {
    expect(wordQueries(['党员 分散', '支部 分散'], common)).toEqual(['分散']);
  });
});

describe('the list, counted on the staged pages', () => {
  test('only the indexed part counts: not the header, scripts, styles or parts Pagefind ignores', () => {
    const html =
      '<header>导航 首页</header><main data-pagefind-body><h1>三会 一课</h1>' +
      '<script>var 脚本 = 1</script><style>p{}</style><aside data-pagefind-ignore>相关 阅读</aside>' +
      '<p>支部 的 <b>Word</b> 活动</p></main>';
    expect([...indexedWords(html)].sort()).toEqual(['word', '一课', '三会', '支部', '活动'].sort());
  });

  test('a page without an indexed part has no words', () => {
    expect(indexedWords('<main><p>支部 活动</p></main>').size).toBe(0);
  });

  test('the sample is spread evenly over the pages and the same every time', () => {
    const pages = Array.from({ length: 10 }, (_, i) => i);
    expect(sample(pages, 4)).toEqual([0, 2, 5, 7]);
    expect(sample(pages, 20)).toEqual(pages);
  });

  test('a word on at least the given share of the pages is common; the list is sorted', () => {
    const staging = path.join(work, 'staging');
    const body = (text: string) => `<main data-pagefind-body><p>${text}</p></main>`;
    const pages = {
      'a/index.html': body('支部 党员 三会 一课'),
      'b/index.html': body('支部 党员 党费'),
      'c/index.html': body('党员 支部 发展'),
      'd/index.html': body('支部 民主 评议'),
    };
    writeFiles(staging, pages);
    const files = Object.keys(pages);
    expect(commonWords(staging, files, 0.9)).toEqual(['支部']);
    expect(commonWords(staging, files, 0.75)).toEqual(['党员', '支部']);
    expect(commonWords(staging, [], 0.9)).toEqual([]);
  });

  test('the list is written where the search page fetches it', () => {
    const site = path.join(work, 'site');
    fs.mkdirSync(path.join(site, 'pagefind'), { recursive: true });
    writeCommonWords(site, ['党员', '支部']);
    expect(JSON.parse(fs.readFileSync(path.join(site, COMMON_WORDS_FILE), 'utf8'))).toEqual({
      words: ['党员', '支部'],
    });
  });
});
