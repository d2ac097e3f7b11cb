import { describe, expect, test } from 'vitest';
import {
  kindOf,
  median,
  pairOrder,
  phasesOf,
  shouldReadPss,
  treeOf,
} from '../../scripts/lib/bench-measure.ts';
import { assetsOfPage, gzipSize } from '../../scripts/lib/bench-weight.ts';
import { pagefindFileKind } from '../../scripts/lib/bench-search-cost.ts';

describe('bench measuring helpers', () => {
  test('a page’s stylesheets, loaded scripts and inline scripts are found; JSON data is not a script', () => {
    const html = `<html><head>
      <link rel="icon" href="/favicon.svg">
      <link rel="stylesheet" href="/_astro/a.css"><link href=/_astro/b.css rel=stylesheet>
      <script type="module" src="/_astro/x.js"></script>
      <script type="application/ld+json">{"a":1}</script>
    </head><body><script>(() => 1)();</script><script is:inline>  </script></body></html>`;
    expect(assetsOfPage(html)).toEqual({
      stylesheets: ['/_astro/a.css', '/_astro/b.css'],
      scripts: ['/_astro/x.js'],
      inlineScripts: ['(() => 1)();'],
    });
    expect(gzipSize('a'.repeat(10000))).toBeLessThan(100);
  });

  test('a process tree holds the root and all its descendants, not its parent or siblings', () => {
    const table = new Map<number, [number, number]>([
      [1, [0, 1000]],
      [10, [1, 100]],
      [11, [10, 20]],
      [12, [11, 3]],
      [13, [1, 7000]],
    ]);
    expect(treeOf(table, 10).sort()).toEqual([10, 11, 12]);
    expect(treeOf(table, 12)).toEqual([12]);
    expect(treeOf(table, 99)).toEqual([]);
  });

  test('the build log is cut into phases, each integration charged up to its own last line after the start-up', () => {
    const log = [
      '   1.0s 04:13:59 [WARN] [site:handouts] 未设置 SITE_URL',
      '   2.0s 04:14:00 [content] Syncing content',
      '   4.0s 04:14:02 [site:content-check] content: 10127 entries checked',
      '   9.5s  generating static routes ',
      '  10.0s 04:10:20   ├─ /cases/a/index.html (+3ms) ',
      '  13.7s 04:10:23 ✓ Completed in 4.22s.',
      '  16.8s 04:10:27 [build] Waiting for integration "site:pagefind", hook "astro:build:done"...',
      '  34.3s 04:10:44 [site:pagefind] search index: 1164 pages',
      '  35.0s 04:10:44 [site:pagefind] done',
      '  40.0s 04:12:07 [site:handouts] handouts: 75 PDF',
      '  40.5s 04:12:17 [build] Complete!',
    ].join('\n');
    expect(phasesOf(log)).toEqual([
      { name: 'start-up (config, content, bundling)', seconds: 9.5 },
      { name: 'pages', seconds: 4.2 },
      { name: 'site:pagefind', seconds: 21.3 },
      { name: 'site:handouts', seconds: 5 },
      { name: 'rest', seconds: 0.5 },
    ]);
  });
});

test('processes are grouped by kind for the memory breakdown', () => {
  expect(
    ['node', 'pagefind_extended', 'pagefind', 'chromium', 'chrome', 'headless_shell', 'sh'].map(kindOf),
  ).toEqual(['node', 'pagefind', 'pagefind', 'chromium', 'chromium', 'chromium', 'other']);
});

describe('timing pairs', () => {
  test('the median is not moved by one slow pair', () => {
    expect(median([1.12, 1.42, 1.1])).toBe(1.12);
    expect(median([1.1, 1.2])).toBeCloseTo(1.15);
    expect(median([1.3])).toBe(1.3);
    expect(() => median([])).toThrow();
  });
  test('the two sides take turns at building first', () => {
    expect([0, 1, 2, 3].map((i) => pairOrder(i)[0])).toEqual(['bare', 'ours', 'bare', 'ours']);
    expect(new Set(pairOrder(1))).toEqual(new Set(['bare', 'ours']));
  });
});

describe('pagefindFileKind', () => {
  test('names each kind of file a search fetches', () => {
    expect(
      [
        'pagefind.js',
        'pagefind-worker.js',
        'pagefind-entry.json',
        'wasm.unknown.pagefind',
        'pagefind.und_3ada3e2db0f.pf_meta',
        'index/und_1a2b3c4.pf_index',
        'fragment/und_9f8e7d6.pf_fragment',
        'filter/und_5a6b7c8.pf_filter',
        'pagefind-ui.css',
      ].map(pagefindFileKind),
    ).toEqual(['library', 'library', 'library', 'wasm', 'metadata', 'index', 'fragment', 'filter', 'other']);
  });
});

test('PSS is read near the peak of RSS, at most once a second', () => {
  expect(shouldReadPss(95, 100, 1000)).toBe(true);
  expect(shouldReadPss(100, 100, 5000)).toBe(true);
  expect(shouldReadPss(80, 100, 5000)).toBe(false);
  expect(shouldReadPss(100, 100, 200)).toBe(false);
});
