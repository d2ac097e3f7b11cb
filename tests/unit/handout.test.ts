import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  distFileOf,
  handoutCacheKey,
  handoutItems,
  handoutPdfUrl,
  handoutUrl,
  pdfDateDigits,
  pinPdf,
  stylesheetsOf,
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

test('a handout PDF carries its lesson date, not the print time, at the same byte offsets', () => {
  const pdf = Buffer.from(
    "<< /Creator (Chromium) /CreationDate (D:20261122041409+00'00') /ModDate (D:20261122041410+00'00') >>\nxref",
    'latin1',
  );
  const pinned = pinPdf(pdf, pdfDateDigits('2026-03-01'));
  expect(pinned.length).toBe(pdf.length);
  expect(pinned.toString('latin1')).toBe(
    "<< /Creator (Chromium) /CreationDate (D:20260301000000+00'00') /ModDate (D:20260301000000+00'00') >>\nxref",
  );
  expect(() => pdfDateDigits('2026-3-1')).toThrow('YYYY-MM-DD');
});

test('tagged-structure ids are numbered afresh in order of appearance, at the same length', () => {
  const pdf = Buffer.from('/ID (node00000415)>> /ID (node00000382)>> /Headers [(node00000415)]', 'latin1');
  const pinned = pinPdf(pdf, '20260301000000');
  expect(pinned.length).toBe(pdf.length);
  expect(pinned.toString('latin1')).toBe(
    '/ID (node00000001)>> /ID (node00000002)>> /Headers [(node00000001)]',
  );
});

test('a handout’s stylesheets are the site’s own linked CSS files', () => {
  const html =
    '<link rel="stylesheet" href="/_astro/a.css"><link rel=stylesheet href=/_astro/b.css?v=1>' +
    '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/a.css">';
  expect(stylesheetsOf(html)).toEqual(['/_astro/a.css', '/_astro/b.css']);
});

test('the cache key of a handout changes with its page, its styles or the printer, and only then', () => {
  const page = { html: '<h1>课</h1>', styles: ['h1{}'], printer: 'Chromium 156' };
  const key = handoutCacheKey(page);
  expect(key).toMatch(/^[0-9a-f]{64}$/);
  expect(handoutCacheKey({ ...page, html: Buffer.from('<h1>课</h1>') })).toBe(key);
  expect(handoutCacheKey({ ...page, html: '<h1>课程</h1>' })).not.toBe(key);
  expect(handoutCacheKey({ ...page, styles: ['h1{color:red}'] })).not.toBe(key);
  expect(handoutCacheKey({ ...page, printer: 'Chromium 157' })).not.toBe(key);
  // Parts are length-prefixed: moving text from one part to the next is a different key.
  expect(handoutCacheKey({ ...page, html: '<h1>课</h1>h1', styles: ['{}'] })).not.toBe(key);
});

test('a path of the site is answered with its file in dist/, a folder with its index.html, and nothing outside dist/', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-file-'));
  fs.mkdirSync(path.join(dist, 'lessons/a/handout'), { recursive: true });
  fs.mkdirSync(path.join(dist, '_astro'));
  fs.writeFileSync(path.join(dist, 'lessons/a/handout/index.html'), '<p>讲义</p>');
  fs.writeFileSync(path.join(dist, '_astro/字体 1.woff2'), 'font');
  fs.writeFileSync(path.join(os.tmpdir(), 'outside.txt'), 'secret');
  try {
    expect(distFileOf(dist, '/lessons/a/handout/')).toBe(path.join(dist, 'lessons/a/handout/index.html'));
    expect(distFileOf(dist, `/_astro/${encodeURIComponent('字体 1.woff2')}`)).toBe(
      path.join(dist, '_astro/字体 1.woff2'),
    );
    expect(distFileOf(dist, '/lessons/a/handout')).toBeUndefined();
    expect(distFileOf(dist, '/lessons/b/handout/')).toBeUndefined();
    expect(distFileOf(dist, '/../outside.txt')).toBeUndefined();
    expect(distFileOf(dist, '/%2e%2e/outside.txt')).toBeUndefined();
    expect(distFileOf(dist, '/%E0%A4%A')).toBeUndefined();
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
