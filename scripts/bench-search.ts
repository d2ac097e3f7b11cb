/**
 * `npm run bench:search`: search quality and cost on the real index in Chromium.
 * For both suites (terms and phrases, tests/fixtures/search-queries.json; whole questions,
 * tests/fixtures/search-questions.json) prints recall@1/3/5, MRR and zero-result queries for this
 * site's search page and for Pagefind alone (the same pages indexed and queried as Pagefind comes,
 * scripts/lib/bench-pagefind-alone.ts). Then the bytes a first and a follow-up search transfer, and
 * what a 12-character question costs against a two-word query. Needs a build in dist/; the last
 * line is JSON.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../src/build/chromium.ts';
import { serveStatic } from '../src/build/static-server.ts';
import { buildPagefindAlone, runPagefindAlone } from './lib/bench-pagefind-alone.ts';
import { gzippedBytes, measureSearch, type SearchStep } from './lib/bench-search-cost.ts';
import { questionCases, queryCases, rankOf, runQuery, type QueryCase } from './lib/search-run.ts';

/** A question of 12 characters and a query of two words, on different subjects. */
const QUESTION = '新任书记第一个月该做什么';
const TWO_WORDS = '民主评议 党员';
/** The query searched before the measured one when it is measured as a follow-up. */
const WARM_UP = '三会一课';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../dist'));
const server = await serveStatic(dist);
const aloneDir = await buildPagefindAlone(dist);
const alone = await serveStatic(aloneDir);
const browser = await chromium.launch(chromiumLaunchOptions);

interface Row {
  q: string;
  rank: number;
  count: number;
  top: string;
}

async function runSuite(cases: readonly QueryCase[], run: (q: string) => Promise<string[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (const c of cases) {
    const keys = await run(c.q);
    rows.push({ q: c.q, rank: rankOf(keys, c.expect), count: keys.length, top: keys[0] ?? '—' });
  }
  return rows;
}

const round = (x: number) => +x.toFixed(3);
function summary(rows: readonly Row[]) {
  const within = (k: number) => round(rows.filter((r) => r.rank > 0 && r.rank <= k).length / rows.length);
  return {
    queries: rows.length,
    recallAt1: within(1),
    recallAt3: within(3),
    recallAt5: within(5),
    mrr: round(rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length),
    zeroResults: rows.filter((r) => r.count === 0).length,
  };
}

/** Bytes of what a query fetches beyond the library: index chunks and result fragments. */
const dataBytes = (step: SearchStep) =>
  gzippedBytes(
    dist,
    step.files.filter((f) => f.startsWith('index/') || f.startsWith('fragment/')),
  );

try {
  const page = await browser.newPage();
  const alonePage: Page = await browser.newPage();
  const suites = [
    { name: 'terms', cases: queryCases, top: 3 },
    { name: 'questions', cases: questionCases, top: 5 },
  ];
  const results = [];
  for (const suite of suites) {
    const ours = await runSuite(suite.cases, (q) => runQuery(page, server.url, q));
    const bare = await runSuite(suite.cases, (q) => runPagefindAlone(alonePage, alone.url, q));
    results.push({ ...suite, ours, bare });
  }
  await page.close();
  await alonePage.close();

  // Cost: bytes over the wire for a first search in a fresh browser, then a second query; and a
  // question against a two-word query, each as the first search and as a follow-up.
  const cost = await measureSearch(browser, server.url, dist);
  const questionCold = await measureSearch(browser, server.url, dist, QUESTION, WARM_UP);
  const twoCold = await measureSearch(browser, server.url, dist, TWO_WORDS, WARM_UP);
  const questionWarm = await measureSearch(browser, server.url, dist, WARM_UP, QUESTION);
  const twoWarm = await measureSearch(browser, server.url, dist, WARM_UP, TWO_WORDS);

  for (const { name, top, ours, bare } of results) {
    console.log(`\n${name}: rank here / with Pagefind alone`);
    console.log('query'.padEnd(28), 'rank', 'alone', 'results', 'top result');
    ours.forEach((r, i) =>
      console.log(
        r.q.padEnd(28 - [...r.q].length + r.q.length),
        String(r.rank || '—').padStart(4),
        String(bare[i]!.rank || '—').padStart(5),
        String(r.count).padStart(7),
        r.top,
      ),
    );
    const a = summary(ours);
    const b = summary(bare);
    console.log('');
    for (const key of Object.keys(a) as (keyof typeof a)[])
      console.log(`${key.padEnd(19)}${String(a[key]).padEnd(10)}${b[key]}`);
    const misses = ours.filter((r) => r.rank === 0 || r.rank > top);
    console.log(
      `not in top ${top}`.padEnd(19) +
        (misses.length ? misses.map((r) => `${r.q}→${r.rank || '—'}`).join('、') : 'none'),
    );
  }

  const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;
  const step = (label: string, x: SearchStep, what = '') =>
    console.log(
      `${label.padEnd(34)}${kib(x.bytes)} with gzip (${kib(dataBytes(x))} index and fragments), ${x.files.length} files, ${x.ms.toFixed(0)} ms${what}`,
    );
  console.log('');
  step('first search', cost.first, ' until the results show');
  step('  then', cost.afterFirst, ' (results 6–10 and the filter index, for the counts per filter)');
  step('follow-up search', cost.followUp);
  step(`question “${QUESTION}”, first`, questionCold.first);
  step(`two words “${TWO_WORDS}”, first`, twoCold.first);
  step(`question, follow-up`, questionWarm.followUp);
  step(`two words, follow-up`, twoWarm.followUp);
  const ratio = (a: SearchStep, b: SearchStep) => round(a.bytes / b.bytes);
  console.log(
    `question / two words (bytes)      first ${ratio(questionCold.first, twoCold.first)}×, follow-up ${ratio(questionWarm.followUp, twoWarm.followUp)}×`,
  );
  const costOf = (x: SearchStep) => ({
    bytes: x.bytes,
    dataBytes: dataBytes(x),
    files: x.files.length,
    ms: Math.round(x.ms),
  });
  console.log(
    JSON.stringify({
      ...Object.fromEntries(
        results.map(({ name, ours, bare }) => [name, { ours: summary(ours), pagefindAlone: summary(bare) }]),
      ),
      firstSearch: costOf(cost.first),
      afterFirstSearch: costOf(cost.afterFirst),
      followUp: costOf(cost.followUp),
      question: { q: QUESTION, first: costOf(questionCold.first), followUp: costOf(questionWarm.followUp) },
      twoWords: { q: TWO_WORDS, first: costOf(twoCold.first), followUp: costOf(twoWarm.followUp) },
    }),
  );
} finally {
  await browser.close();
  await server.close();
  await alone.close();
  fs.rmSync(aloneDir, { recursive: true, force: true });
}
