import { expect, test } from 'vitest';
import { parseSearchParams, toSearchParams } from '../../src/shared/search-params.ts';

test('query and filters round-trip through the URL', () => {
  const state = { q: '三会一课', filters: { 行业: ['铁路', '电力建设'], 栏目: ['问题与对策案例'] } };
  const params = toSearchParams(state);
  expect(params.toString()).toBe(
    'q=%E4%B8%89%E4%BC%9A%E4%B8%80%E8%AF%BE&collection=%E9%97%AE%E9%A2%98%E4%B8%8E%E5%AF%B9%E7%AD%96%E6%A1%88%E4%BE%8B&sector=%E9%93%81%E8%B7%AF&sector=%E7%94%B5%E5%8A%9B%E5%BB%BA%E8%AE%BE',
  );
  expect(parseSearchParams(params)).toEqual(state);
});

test('blank and repeated values are dropped, unknown parameters ignored', () => {
  const state = parseSearchParams(
    new URLSearchParams('q=%20党小组%20&sector=&sector=铁路&sector=铁路&utm=x'),
  );
  expect(state).toEqual({ q: '党小组', filters: { 行业: ['铁路'] } });
});
