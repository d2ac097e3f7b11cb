/**
 * `npm run bench:lighthouse`: Lighthouse (mobile, simulated throttling) on the pages of
 * LIGHTHOUSE_PAGES, served by nginx with deploy/nginx.conf as in production. Runs each page
 * LIGHTHOUSE_RUNS times (default 3) and keeps the median of each figure: the performance score and
 * LCP, TBT and CLS, with the other categories' scores. Writes docs/bench/lighthouse-latest.json and
 * prints a table; the goal is a performance score of at least 95 on every page. Needs a build in
 * dist/ (the npm script builds first). Figures depend on how busy the machine is.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNginx } from '../tests/support/nginx-server.ts';
import { LIGHTHOUSE_PAGES, startLighthouse, type LighthouseResult } from './lib/lighthouse-run.ts';

const GOAL = 95;
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../dist'));
const out = path.resolve(import.meta.dirname, '../docs/bench/lighthouse-latest.json');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const server = await startNginx(dist);
const lighthouse = await startLighthouse();
const pages = [];
try {
  for (const { name, path: pagePath } of LIGHTHOUSE_PAGES) {
    const results: LighthouseResult[] = [];
    for (let i = 0; i < runs; i++)
      results.push(
        await lighthouse.run(`${server.url}${pagePath}`, [
          'performance',
          'accessibility',
          'best-practices',
          'seo',
        ]),
      );
    const m = (pick: (r: LighthouseResult) => number | undefined) =>
      median(results.map((r) => pick(r) ?? NaN));
    pages.push({
      name,
      path: pagePath,
      performance: m((r) => r.scores.performance),
      performanceRuns: results.map((r) => r.scores.performance),
      lcpMs: Math.round(m((r) => r.lcpMs)),
      tbtMs: Math.round(m((r) => r.tbtMs)),
      cls: Number(m((r) => r.cls).toFixed(3)),
      accessibility: m((r) => r.scores.accessibility),
      bestPractices: m((r) => r.scores['best-practices']),
      seo: m((r) => r.scores.seo),
      benchmarkIndex: Math.round(m((r) => r.benchmarkIndex)),
    });
    const p = pages.at(-1)!;
    console.log(
      `${name.padEnd(14)} performance ${String(p.performance).padStart(3)} (${p.performanceRuns.join(', ')})  ` +
        `LCP ${p.lcpMs} ms  TBT ${p.tbtMs} ms  CLS ${p.cls}  a11y ${p.accessibility}  BP ${p.bestPractices}  SEO ${p.seo}  ` +
        `benchmarkIndex ${p.benchmarkIndex}`,
    );
  }
} finally {
  await lighthouse.close();
  await server.close();
}

const report = {
  date: new Date().toISOString(),
  lighthouse: JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, '../node_modules/lighthouse/package.json'), 'utf8'),
  ).version,
  chromium: lighthouse.version,
  formFactor: 'mobile',
  throttling: 'simulated (Lighthouse default)',
  server: 'nginx with deploy/nginx.conf',
  runs,
  // How busy the machine was: figures from a loaded machine are lower than a reader's phone would see.
  loadAverageAtEnd: os.loadavg().map((x) => Number(x.toFixed(1))),
  cores: os.cpus().length,
  goal: { performance: GOAL },
  pages,
};
fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
const below = pages.filter((p) => p.performance < GOAL);
console.log(
  below.length
    ? `performance below ${GOAL}: ${below.map((p) => `${p.name} ${p.performance}`).join(', ')}`
    : `performance ≥ ${GOAL} on every page`,
);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
