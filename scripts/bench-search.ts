/**
 * `npm run bench:search`: search quality and cost on the real index in Chromium.
 * Prints recall@1/3/5, MRR and zero-result queries over tests/fixtures/search-queries.json,
 * then the bytes a first search and a follow-up search transfer. Needs a build in dist/.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/lib/chromium.ts';
import { serveStatic } from '../src/lib/static-server.ts';
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
  // Pagefind fetches from a worker, so requests are counted on the context, which sees those too.
  const context = await browser.newContext();
  const probe = await context.newPage();
  let bytes = 0;
  const files: string[] = [];
  const pending: Promise<void>[] = [];
  context.on('requestfinished', (request) => {
    if (!request.url().includes('/pagefind/')) return;
    files.push(new URL(request.url()).pathname.replace(/^\/pagefind\//, ''));
    pending.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
      }),
    );
  });
  const settle = async () => {
    await probe.waitForLoadState('networkidle');
    await Promise.all(pending);
  };
  await runQuery(probe, base, '党员分散管不过来');
  await settle();
  const first = bytes;
  const firstFiles = files.length;
  bytes = 0;
  await probe.getByRole('main').getByRole('searchbox').fill('三会一课');
  await probe.getByRole('main').getByRole('button', { name: '搜索' }).click();
  await probe
    .locator('.status')
    .filter({ hasText: /“三会一课”/ })
    .waitFor();
  await settle();
  const followUp = bytes;
  const followUpFiles = files.length - firstFiles;
  await context.close();

  // What a host that gzips text and wasm sends (Pagefind's index chunks are gzipped already).
  const gzipped = (list: string[]) =>
    list.reduce((sum, f) => {
      const data = fs.readFileSync(path.join(dist, 'pagefind', f));
      return (
        sum + (/\.(js|css|json|pagefind)$/.test(f) ? zlib.gzipSync(data, { level: 9 }).length : data.length)
      );
    }, 0);
  const firstGzip = gzipped(files.slice(0, firstFiles));
  const followUpGzip = gzipped(files.slice(firstFiles));
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
  console.log(
    `first search       ${kib(firstGzip)} with gzip, ${kib(first)} as served here, ${firstFiles} files (library, worker, wasm, index, filters, fragments)`,
  );
  console.log(
    `follow-up search   ${kib(followUpGzip)} with gzip, ${kib(followUp)} as served here, ${followUpFiles} files`,
  );
  console.log(
    JSON.stringify({
      queries: n,
      recallAt1: +pct(within(1)),
      recallAt3: +pct(within(3)),
      recallAt5: +pct(within(5)),
      mrr: +pct(mrr),
      zeroResults: zero.length,
      firstSearchBytes: firstGzip,
      followUpBytes: followUpGzip,
      firstSearchBytesUncompressed: first,
    }),
  );
} finally {
  await browser.close();
  await server.close();
}
