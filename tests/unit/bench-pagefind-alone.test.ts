import { expect, test } from 'vitest';
import { withoutWindowFields } from '../../scripts/lib/bench-pagefind-alone.ts';

test('Pagefind alone indexes the page without the window fields, keeping its other metadata', () => {
  const html =
    '<article data-pagefind-body data-pagefind-meta="collection:案例">' +
    '<span hidden data-pagefind-meta="zh_title:三会一课 会一课 一课 课"></span>' +
    '<span hidden data-pagefind-filter="栏目:案例"></span>' +
    '<span hidden data-pagefind-meta="zh_keywords:走过场 过场 场"></span>' +
    '<h1>三会一课</h1></article>';
  expect(withoutWindowFields(html)).toBe(
    '<article data-pagefind-body data-pagefind-meta="collection:案例">' +
      '<span hidden data-pagefind-filter="栏目:案例"></span><h1>三会一课</h1></article>',
  );
});
