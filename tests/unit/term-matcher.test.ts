import { expect, test } from 'vitest';
import { createTermMatcher } from '../../src/shared/glossary-matcher.ts';

const matcher = createTermMatcher([
  { word: '民主评议', id: 'pingyi', definition: '评议' },
  { word: '民主评议党员', id: 'pingyi', definition: '评议' },
  { word: '三会一课', id: 'sanhui', definition: '制度' },
  { word: '党小组', id: 'xiaozu', definition: '小组' },
  { word: '党小组长', id: 'zuzhang', definition: '组长' },
]);

test('text without terms stays one string', () => {
  expect(matcher.split('今天开会')).toEqual(['今天开会']);
});

test('the longest term starting at a position wins', () => {
  expect(matcher.split('开展民主评议党员工作')).toEqual([
    '开展',
    { text: '民主评议党员', id: 'pingyi', definition: '评议' },
    '工作',
  ]);
  expect(matcher.split('党小组长带头')[0]).toMatchObject({ id: 'zuzhang' });
});

test('only the first mention of an entry is linked', () => {
  const seen = new Set<string>();
  const first = matcher.split('落实三会一课', seen);
  const second = matcher.split('三会一课要有记录', seen);
  expect(first).toHaveLength(2);
  expect(second).toEqual(['三会一课要有记录']);
});

test('an already linked longer word is not re-linked through a shorter term inside it', () => {
  const seen = new Set(['zuzhang']);
  expect(matcher.split('党小组长', seen)).toEqual(['党小组长']);
});
