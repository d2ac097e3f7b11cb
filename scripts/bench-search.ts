/**
 * `npm run bench:search`: search quality and cost on the real index in Chromium.
 * Prints recall@1/3/5, MRR and zero-result queries over tests/fixtures/search-queries.json,
 * then the bytes a first search and a follow-up search transfer. Needs a build in dist/.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveStatic } from '../src/build/static-server.ts';
import { measureSearch, type SearchStep } from './lib/bench-search-cost.ts';
import { queryCases, rankOf, runQuery } from './lib/search-run.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../dist'));
const server = await serveStatic(dist);
const base = server.url;
const browser = await chromium.launch(chromiumLaunchOptions);

try {
  // Quality.
  const page = await browser.newPage();
  const rows: { q: string; rank: number; count: number; top: string }[] = [];
  for (const c of queryCases) {
    const keys = await runQuery(page, base, c.q);
    rows.push({ q: c.q, rank: rankOf(keys, c.expect), count: keys.length, top: keys[0] ?? '—' });
  }
  await page.close();
  const n = rows.length;
  const within = (k: number) => rows.filter((r) => r.rank > 0 && r.rank <= k).length / n;
  const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / n;
  const zero = rows.filter((r) => r.count === 0);
  const misses = rows.filter((r) => r.rank === 0 || r.rank > 3);

  // Cost: bytes over the wire for a first search in a fresh browser, then a second query.
  const cost = await measureSearch(browser, base, dist);
  const pct = (x: number) => x.toFixed(3);
  console.log('query'.padEnd(24), 'rank', 'results', 'top result');
  for (const r of rows)
    console.log(
      r.q.padEnd(24 - [...r.q].length + r.q.length),
      String(r.rank || '—').padStart(4),
      String(r.count).padStart(7),
      r.top,
    );
  console.log('');
  console.log(`queries            ${n}`);
  console.log(`recall@1           ${pct(within(1))}`);
  console.log(`recall@3           ${pct(within(3))}`);
  console.log(`recall@5           ${pct(within(5))}`);
  console.log(`MRR                ${pct(mrr)}`);
  console.log(
    `zero-result        ${zero.length}${zero.length ? ` (${zero.map((r) => r.q).join('、')})` : ''}`,
  );
  console.log(
    `not in top 3       ${misses.length ? misses.map((r) => `${r.q}→${r.rank || '—'}`).join('、') : 'none'}`,
  );
  const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;
  const step = (label: string, x: SearchStep, what: string) =>
    console.log(`${label.padEnd(19)}${kib(x.bytes)} with gzip, ${x.files.length} files${what}`);
  step('first search', cost.first, ' until the results show (library, worker, wasm, index, fragments)');
  step('  then', cost.afterFirst, ' (filter index, for the counts per filter)');
  step('follow-up search', cost.followUp, '');
  console.log(
    JSON.stringify({
      queries: n,
      recallAt1: +pct(within(1)),
      recallAt3: +pct(within(3)),
      recallAt5: +pct(within(5)),
      mrr: +pct(mrr),
      zeroResults: zero.length,
      firstSearchBytes: cost.first.bytes,
      afterFirstSearchBytes: cost.afterFirst.bytes,
      followUpBytes: cost.followUp.bytes,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
