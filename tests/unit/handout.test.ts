import { expect, test } from 'vitest';
import {
  handoutCacheKey,
  handoutItems,
  handoutPdfUrl,
  handoutUrl,
} from '../../src/build/handouts/handout.ts';

const guides = {
  'cases/a': {
    collection: 'cases' as const,
    id: 'a',
    data: { title: '甲', summary: '摘要甲', countermeasures: ['对策一'] },
  },
  'competencies/b': {
    collection: 'competencies' as const,
    id: 'b',
    data: { title: '乙', summary: '摘要乙', keyPoints: ['要点一'] },
  },
};

test('each agenda item carries its guide’s summary and take-home list', () => {
  const items = handoutItems(
    [
      { title: '导入', minutes: 10 },
      { title: '案例', minutes: 20, guide: { collection: 'cases', id: 'a' } },
      { title: '素质', minutes: 30, guide: { collection: 'competencies', id: 'b' } },
    ],
    (ref) => guides[`${ref.collection}/${ref.id}` as keyof typeof guides],
  );
  expect(items).toEqual([
    { step: '导入', minutes: 10 },
    {
      step: '案例',
      minutes: 20,
      guide: { title: '甲', url: '/cases/a/', summary: '摘要甲', pointsLabel: '对策', points: ['对策一'] },
    },
    {
      step: '素质',
      minutes: 30,
      guide: {
        title: '乙',
        url: '/competencies/b/',
        summary: '摘要乙',
        pointsLabel: '要点',
        points: ['要点一'],
      },
    },
  ]);
});

test('handout addresses', () => {
  expect(handoutUrl('x')).toBe('/lessons/x/handout/');
  expect(handoutPdfUrl('x')).toBe('/lessons/x/handout.pdf');
});

test('the cache key of a handout changes with its page or the printer, and only then', () => {
  const page = { html: '<h1>课</h1>', printer: 'typst 0.7.0' };
  const key = handoutCacheKey(page);
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  expect(handoutCacheKey({ ...page, html: Buffer.from('<h1>课</h1>') })).toBe(key);
  expect(handoutCacheKey({ ...page, html: '<h1>课程</h1>' })).not.toBe(key);
  expect(handoutCacheKey({ ...page, printer: 'typst 0.7.1' })).not.toBe(key);
  // Parts are length-prefixed: moving text from one part to the next is a different key.
  expect(handoutCacheKey({ html: '0<h1>课</h1>', printer: 'typst 0.7.' })).not.toBe(key);
});
