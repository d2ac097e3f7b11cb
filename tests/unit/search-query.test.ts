import { describe, expect, test } from 'vitest';
import {
  containsPhrases,
  excerptAround,
  highlightWords,
  markWords,
  parseQuery,
  suggestTerms,
  withHighlight,
} from '../../src/shared/search-query.ts';
import { segment, windowField, windows } from '../../src/shared/segment.ts';

describe('parseQuery', () => {
  test('quoted phrases in ASCII, Chinese and corner quotes', () => {
    expect(parseQuery('"党费收缴"')).toEqual({ text: '党费收缴', phrases: ['党费收缴'] });
    expect(parseQuery('“三会一课” 走过场')).toEqual({ text: '三会一课 走过场', phrases: ['三会一课'] });
    expect(parseQuery('「一人念大家听」')).toEqual({ text: '一人念大家听', phrases: ['一人念大家听'] });
  });
  test('an unquoted query has no phrases and tidy spacing', () => {
    expect(parseQuery('  党小组   长 ')).toEqual({ text: '党小组 长', phrases: [] });
  });
});

test('phrases match page text regardless of punctuation', () => {
  expect(containsPhrases('学习就是“一人念、大家听”。', ['一人念大家听'])).toBe(true);
  expect(containsPhrases('一人念，没人听', ['一人念大家听'])).toBe(false);
});

describe('marking', () => {
  test('the longest word wins and matching ignores case', () => {
    expect(markWords('落实三会一课制度', ['三会', '三会一课'])).toEqual([
      '落实',
      { mark: '三会一课' },
      '制度',
    ]);
    expect(markWords('PDF 讲义', ['pdf'])).toEqual([{ mark: 'PDF' }, ' 讲义']);
  });
  test('words to highlight include the typed parts and, for long ones, their pieces', () => {
    const words = highlightWords('党员分散管不过来 三会一课');
    expect(words).toContain('党员分散管不过来');
    expect(words).toContain('三会一课');
    expect(words).toContain('党员');
    expect(words.every((w, i) => i === 0 || w.length <= words[i - 1]!.length)).toBe(true);
  });
});

test('an excerpt is cut around the first match', () => {
  const content = '甲'.repeat(100) + '三会一课' + '乙'.repeat(100);
  const excerpt = excerptAround(content, ['三会一课'], 40);
  expect(excerpt).toContain('三会一课');
  expect(excerpt.startsWith('…')).toBe(true);
  expect(excerpt.endsWith('…')).toBe(true);
});

test('suggestions prefer terms sharing the most characters', () => {
  const terms = [
    { term: '三会一课', aliases: [], url: '/glossary/sanhui-yike/' },
    { term: '民主评议党员', aliases: ['党员评议'], url: '/glossary/minzhu-pingyi-dangyuan/' },
    { term: '桥头堡', aliases: [], url: '/glossary/qiaotoubao/' },
  ];
  expect(suggestTerms('述职评议', terms)).toEqual([
    { term: '民主评议党员', url: '/glossary/minzhu-pingyi-dangyuan/' },
  ]);
  expect(suggestTerms('！？', terms)).toEqual([]);
});

test('a result link carries the words to highlight, before any fragment', () => {
  expect(withHighlight('/cases/a/#背景', ['三会一课', '走过场'])).toBe(
    `/cases/a/?hl=${encodeURIComponent('三会一课 走过场')}#背景`,
  );
  expect(withHighlight('/cases/a/', [])).toBe('/cases/a/');
});

describe('index-time windows', () => {
  test('one window per character of each run, capped in length', () => {
    expect(windows('民主评议党员', 4)).toEqual(['民主评议', '主评议党', '评议党员', '议党员', '党员', '员']);
    expect(windows('三会一课，走过场', 6)).toEqual([
      '三会一课',
      '会一课',
      '一课',
      '课',
      '走过场',
      '过场',
      '场',
    ]);
  });
  test('a character outside the Basic Multilingual Plane counts as one character', () => {
    // 𠀀 (U+20000) takes two UTF-16 code units; a window never ends between them.
    expect(windows('甲𠀀乙丙', 2)).toEqual(['甲𠀀', '𠀀乙', '乙丙', '丙']);
    expect(windows('ＡＢ党员', 3)).toEqual(['ａｂ党', 'ｂ党员', '党员', '员']);
  });
  test('a metadata field never contains a comma', () => {
    expect(windowField('zh_title', ['党建，业务', 'a,b'])).not.toMatch(/,/);
  });
  test('every piece the segmenter makes of a title is the prefix of one window', () => {
    const title = '施工繁忙、党员分散流动，活动难开展';
    const index = windows(title);
    for (const word of segment('党员分散流动活动难开展')) {
      expect(
        index.some((w) => w.startsWith(word)),
        word,
      ).toBe(true);
    }
  });
});
