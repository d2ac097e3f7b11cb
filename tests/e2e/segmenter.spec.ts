/**
 * The index is built in Node and queried in Chromium; both cut Chinese with Intl.Segmenter.
 * If their dictionaries disagreed on our vocabulary, search would silently get worse.
 */
import path from 'node:path';
import { loadContent } from '../../src/build/checks/content-check.ts';
import { segment } from '../../src/shared/segment.ts';
import { questionCases, queryCases } from '../../scripts/lib/search-run.ts';
import { expect, test } from './fixtures.ts';

test('Node and Chromium segment our vocabulary the same way', async ({ page }) => {
  const root = path.resolve(import.meta.dirname, '../..');
  const { entries } = loadContent(path.join(root, 'content'), root);
  const vocabulary = new Set<string>([...queryCases, ...questionCases].map((c) => c.q));
  for (const e of entries) {
    for (const field of ['title', 'term'])
      if (typeof e.data[field] === 'string') vocabulary.add(e.data[field] as string);
    for (const field of ['aliases', 'keywords'])
      for (const w of (e.data[field] as string[] | undefined) ?? []) vocabulary.add(w);
  }
  const words = [...vocabulary];
  expect(words.length).toBeGreaterThan(300);
  const node = words.map((w) => segment(w).join('|'));
  await page.goto('/');
  const chromium = await page.evaluate(
    (list) =>
      list.map((w) =>
        [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(w)]
          .filter((s) => s.isWordLike)
          .map((s) => s.segment)
          .join('|'),
      ),
    words,
  );
  const differ = words.flatMap((w, i) =>
    node[i] === chromium[i] ? [] : [`${w}: ${node[i]} ≠ ${chromium[i]}`],
  );
  expect(differ).toEqual([]);
});
