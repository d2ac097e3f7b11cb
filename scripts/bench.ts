/**
 * `npm run bench [-- --pages N]`: the cost of the full production build at scale.
 *
 * Generates N synthetic guides from the real content (scripts/lib/bench-generate.ts), then builds
 * them from cold caches: with this project (pages, checks, glossary links, search index, PDF
 * handouts), with a bare Astro + Pagefind project (scripts/lib/bench-bare.ts), the floor of this
 * architecture, and with this project again without the PDF handouts (HANDOUTS=off); then
 * `--pairs` interleaved cold pairs of the floor and ours without PDFs, timed only.
 * Reports wall time, pages per second, peak memory of the process tree, output sizes, the weight
 * of a guide page, and the cost of a first and a follow-up search in Chromium. The last line is
 * one JSON object. Everything lives under $BENCH_DIR (default /tmp/bench).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../src/build/chromium.ts';
import { readGlossaryWords } from '../src/build/checks/content-check.ts';
import { serveStatic } from '../src/build/static-server.ts';
import { writeBareProject } from './lib/bench-bare.ts';
import { GUIDE_COLLECTIONS, generateGuides, readCorpus, writeContent } from './lib/bench-generate.ts';
import { folderSize, median, pairOrder, phasesOf, runMeasured, type RunResult } from './lib/bench-measure.ts';
import { bytesByKind, measureSearch, type SearchCost } from './lib/bench-search-cost.ts';
import { gzipSize, pageWeight, precacheWeight } from './lib/bench-weight.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000' },
    only: { type: 'string' },
    pairs: { type: 'string', default: '3' },
  },
});
const pages = Number(values.pages);
if (!Number.isInteger(pages) || pages < 4) throw new Error('--pages 应为不小于 4 的整数，例如 --pages 1000');
const pairs = Number(values.pairs);
if (!Number.isInteger(pairs) || pairs < 0) throw new Error('--pairs 应为不小于 0 的整数，例如 --pairs 3');

const root = path.resolve(import.meta.dirname, '..');
const work = path.resolve(process.env.BENCH_DIR ?? '/tmp/bench');
const contentDir = path.join(work, `content-${pages}`);
const node = process.execPath;
const astroBin = path.join(root, 'node_modules/astro/bin/astro.mjs');

// 1. Content.
const realContent = path.join(root, 'content');
const words = readGlossaryWords(path.join(realContent, 'glossary')).map((w) => w.word);
const files = generateGuides(readCorpus(realContent, words), pages);
writeContent(realContent, contentDir, files);
const totalFiles = files.length + fs.readdirSync(path.join(contentDir, 'glossary')).length;
console.log(`generated ${files.length} guides (+ glossary, sources) in ${contentDir}`);

// 2. Builds, each from a cold cache, then again after one guide changed, with the cache the first
// build left (as a deploy that keeps its cache would); a failed build stops the bench with its output.
interface BuildOptions {
  /** Keep the caches and output the last build of this name left (a rebuild). */
  warm?: boolean;
  env?: Record<string, string>;
  /** Read PSS for the memory figures; timing pairs leave it off (see runMeasured). */
  pss?: boolean;
}
async function build(
  name: string,
  cwd: string,
  outDir: string,
  { warm = false, env = {}, pss = true }: BuildOptions = {},
): Promise<RunResult> {
  const cache = path.join(work, `cache-${name}`);
  // Astro turns on Node's compile cache, in the system's temporary folder unless told otherwise:
  // left there, a "cold" build would reuse what earlier builds of the same content compiled.
  const compileCache = path.join(work, `node-compile-cache-${name}`);
  if (!warm) {
    fs.rmSync(compileCache, { recursive: true, force: true });
    fs.rmSync(cache, { recursive: true, force: true });
    fs.rmSync(outDir, { recursive: true, force: true });
  }
  const label = warm ? `${name}-rebuild` : name;
  console.log(`building ${label} …`);
  const result = await runMeasured(node, [astroBin, 'build', '--outDir', outDir], {
    cwd,
    env: {
      ...process.env,
      SITE_CONTENT_DIR: contentDir,
      SITE_CACHE_DIR: cache,
      NODE_COMPILE_CACHE: compileCache,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    pss,
  });
  fs.writeFileSync(path.join(work, `${label}-build-${pages}.log`), result.output);
  if (result.code !== 0) {
    console.error(result.output);
    throw new Error(`${label} build failed (exit ${result.code})`);
  }
  console.log(
    `  ${result.seconds.toFixed(1)} s, peak ${result.peakRssMB.toFixed(0)} MB ${JSON.stringify(result.peakRssByKindMB)} (log: ${work}/${label}-build-${pages}.log)`,
  );
  return result;
}

const oursDist = path.join(work, `ours-dist-${pages}`);
const bareDir = path.join(work, 'bare');
// Inside the bare project, so its prerender chunks resolve packages through its node_modules link.
const bareDist = path.join(bareDir, `dist-${pages}`);
writeBareProject(bareDir, contentDir, path.join(root, 'node_modules'));
const ours = values.only === 'bare' ? undefined : await build('ours', root, oursDist);
const bare = values.only === 'ours' ? undefined : await build('bare', bareDir, bareDist);
// The same pipeline without printing the PDF handouts (a Typst job the floor does not have).
const oursNoPdf =
  values.only === 'bare'
    ? undefined
    : await build('ours-no-pdf', root, `${oursDist}-no-pdf`, { env: { HANDOUTS: 'off' } });
// An author corrects one guide (a case; the handouts of lessons that use it print again).
const edited = path.join(contentDir, files.find((f) => f.file.startsWith('cases/'))!.file);
fs.appendFileSync(edited, '\n\n本段为基准测试中修改的内容。\n');
const oursAgain = ours && (await build('ours', root, oursDist, { warm: true }));
const bareAgain = bare && (await build('bare', bareDir, bareDist, { warm: true }));

// 3. Sizes and the weight of a guide page (the mean over up to 20 guides of each collection).
const size = (dir: string) => (fs.existsSync(dir) ? folderSize(dir) : { bytes: 0, files: 0 });
const sample = GUIDE_COLLECTIONS.flatMap((c) =>
  files
    .filter((f) => f.file.startsWith(`${c}/`))
    .slice(0, 20)
    .map((f) => f.file.replace(/\.mdx?$/, '')),
);
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
const weights = ours ? sample.map((p) => pageWeight(oursDist, p)) : [];
const weight = ours
  ? {
      html: mean(weights.map((w) => w.html)),
      css: mean(weights.map((w) => w.css)),
      js: mean(weights.map((w) => w.js)),
    }
  : undefined;

// 4. Search in Chromium on our build.
let search: SearchCost | undefined;
if (ours) {
  const server = await serveStatic(oursDist);
  const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath: CHROMIUM_PATH });
  try {
    search = await measureSearch(browser, server.url, oursDist);
  } finally {
    await browser.close();
    await server.close();
  }
}

// 5. Timing pairs: the budget without PDFs is close to this machine's noise, so its ratio is the
// median of interleaved cold pairs, the floor and ours without PDFs taking turns at going first,
// timed without reading PSS (which slows the build with the larger heap more).
const pairRatios: number[] = [];
if (values.only === undefined) {
  const timingBare = path.join(bareDir, `dist-timing-${pages}`);
  const timingOurs = path.join(work, `ours-dist-timing-${pages}`);
  for (let i = 0; i < pairs; i++) {
    const seconds: Record<string, number> = {};
    for (const side of pairOrder(i)) {
      const r =
        side === 'bare'
          ? await build(`timing-${i + 1}-bare`, bareDir, timingBare, { pss: false })
          : await build(`timing-${i + 1}-ours-no-pdf`, root, timingOurs, {
              env: { HANDOUTS: 'off' },
              pss: false,
            });
      seconds[side] = r.seconds;
    }
    pairRatios.push(seconds.ours! / seconds.bare!);
    console.log(`  pair ${i + 1}: ours without PDFs / bare ${pairRatios.at(-1)!.toFixed(3)}`);
  }
}
const pairMedian = pairRatios.length ? median(pairRatios) : undefined;

// 6. Report.
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
const row = (label: string, a: string, b = '') =>
  console.log(`${label.padEnd(40)}${a.padStart(16)}${b.padStart(16)}`);
console.log('');
console.log(
  `machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`,
);
console.log(`pages: ${files.length} guides + ${totalFiles - files.length} glossary terms`);
row('', 'ours', 'bare floor');
const runRow = (label: string, f: (r: RunResult) => string) =>
  row(label, ours ? f(ours) : '—', bare ? f(bare) : '—');
runRow('wall time', (r) => `${r.seconds.toFixed(1)} s`);
runRow('CPU time (user + system)', (r) => `${r.cpuSeconds.toFixed(1)} s`);
runRow('pages per second', (r) => (totalFiles / r.seconds).toFixed(0));
runRow('ms per page', (r) => ((r.seconds * 1000) / totalFiles).toFixed(1));
runRow('peak memory (process tree)', (r) => `${r.peakRssMB.toFixed(0)} MB`);
runRow('peak memory, PSS (shared pages once)', (r) => `${r.peakPssMB.toFixed(0)} MB`);
for (const kind of ['node', 'pagefind', 'chromium'])
  runRow(`  of which ${kind} (its own peak)`, (r) => `${r.peakRssByKindMB[kind] ?? 0} MB`);
const againRow = (label: string, f: (r: RunResult) => string) =>
  row(label, oursAgain ? f(oursAgain) : '—', bareAgain ? f(bareAgain) : '—');
againRow('rebuild after one changed guide (wall)', (r) => `${r.seconds.toFixed(1)} s`);
againRow('rebuild: peak memory (RSS; PSS)', (r) => `${r.peakRssMB.toFixed(0)}; ${r.peakPssMB.toFixed(0)} MB`);
const handoutLine = (r?: RunResult) =>
  r?.output.match(/handouts: \d+ PDF \((\d+) printed, (\d+) from the cache\)/);
const printedAgain = handoutLine(oursAgain);
if (printedAgain)
  row('rebuild: handouts printed / from the cache', `${printedAgain[1]} / ${printedAgain[2]}`);
// Sizes only of what this run built (an --only run leaves the other side's old output alone).
const sizes = (r: RunResult | undefined, dir: string) =>
  r ? { all: size(dir), index: size(path.join(dir, 'pagefind')) } : undefined;
const oursSizes = sizes(ours, oursDist);
const bareSizes = sizes(bare, bareDist);
const sizeRow = (label: string, f: (s: NonNullable<typeof oursSizes>) => string) =>
  row(label, oursSizes ? f(oursSizes) : '—', bareSizes ? f(bareSizes) : '—');
sizeRow('dist', (s) => mb(s.all.bytes));
sizeRow('dist files', (s) => String(s.all.files));
sizeRow('search index (pagefind/)', (s) => mb(s.index.bytes));
sizeRow('pagefind/ files', (s) => String(s.index.files));
if (weight) {
  row('guide page HTML (gzip, mean)', kb(weight.html));
  row('guide page CSS (gzip, mean)', kb(weight.css));
  row('guide page JS before search (gzip)', kb(weight.js));
}
const swPath = path.join(oursDist, 'sw.js');
const serviceWorker = ours && fs.existsSync(swPath) ? gzipSize(fs.readFileSync(swPath)) : undefined;
const precache = ours?.output.match(/offline: (\d+) files precached, ([\d.]+) MiB/);
// Above the budget only the shell is precached; the line then gives the whole site's size too.
const wholeSite = ours?.output.match(/the whole site is (\d+) files, ([\d.]+) MiB/);
const precacheGzip = ours && fs.existsSync(swPath) ? precacheWeight(oursDist) : undefined;
if (serviceWorker !== undefined) row('service worker sw.js (gzip)', kb(serviceWorker));
if (precache) row('offline precache (first visit)', `${precache[2]} MiB`, `${precache[1]} files`);
if (precacheGzip !== undefined) row('  over the network (gzip)', mb(precacheGzip));
if (wholeSite) row('  the whole site, above the budget', `${wholeSite[2]} MiB`, `${wholeSite[1]} files`);
if (search) {
  row('first search', `${kb(search.first.bytes)}`, `${search.first.files.length} files`);
  row('first search time', `${search.first.ms.toFixed(0)} ms`);
  for (const [kind, bytes] of Object.entries(bytesByKind(oursDist, search.first.files)))
    row(`  of which ${kind}`, kb(bytes));
  row(
    '  then: results 6–10, filter counts',
    `${kb(search.afterFirst.bytes)}`,
    `${search.afterFirst.files.length} files`,
  );
  row('follow-up search', `${kb(search.followUp.bytes)}`, `${search.followUp.files.length} files`);
  row('follow-up search time', `${search.followUp.ms.toFixed(0)} ms`);
}
const ratio = ours && bare ? ours.seconds / bare.seconds : undefined;
const noPdfRatio = oursNoPdf && bare ? oursNoPdf.seconds / bare.seconds : undefined;
const cpuRatio = ours && bare ? ours.cpuSeconds / bare.cpuSeconds : undefined;
const rebuildRatio = oursAgain && bareAgain ? oursAgain.seconds / bareAgain.seconds : undefined;
if (ratio && cpuRatio) {
  row('ratio ours / bare (wall)', ratio.toFixed(2));
  row('ratio ours / bare (CPU)', cpuRatio.toFixed(2));
}
if (noPdfRatio && oursNoPdf) {
  row('cold build without PDF handouts (wall)', `${oursNoPdf.seconds.toFixed(1)} s`);
  row(
    '  its peak memory (RSS; PSS)',
    `${oursNoPdf.peakRssMB.toFixed(0)}; ${oursNoPdf.peakPssMB.toFixed(0)} MB`,
  );
  row('ratio ours without PDFs / bare (wall)', noPdfRatio.toFixed(2));
}
if (pairMedian !== undefined) {
  row(`  timing pairs (${pairRatios.length}), each`, pairRatios.map((r) => r.toFixed(2)).join(' '));
  row('  timing pairs, median', pairMedian.toFixed(2));
}
if (rebuildRatio) row('ratio ours / bare, rebuild (wall)', rebuildRatio.toFixed(2));
for (const [name, r] of [
  ['ours', ours],
  ['bare', bare],
  ['ours without PDFs', oursNoPdf],
  ['ours, rebuild', oursAgain],
  ['bare, rebuild', bareAgain],
] as const) {
  if (!r) continue;
  console.log(`\nwhere the time went (${name}, wall seconds from the build log):`);
  for (const p of phasesOf(r.output)) row(`  ${p.name}`, `${p.seconds.toFixed(1)} s`);
}
console.log(
  JSON.stringify({
    pages: files.length,
    totalPages: totalFiles,
    oursSeconds: ours && +ours.seconds.toFixed(2),
    bareSeconds: bare && +bare.seconds.toFixed(2),
    ratio: ratio && +ratio.toFixed(3),
    oursCpuSeconds: ours && +ours.cpuSeconds.toFixed(2),
    bareCpuSeconds: bare && +bare.cpuSeconds.toFixed(2),
    cpuRatio: cpuRatio && +cpuRatio.toFixed(3),
    peakRssMB: ours && Math.round(ours.peakRssMB),
    barePeakRssMB: bare && Math.round(bare.peakRssMB),
    peakPssMB: ours && Math.round(ours.peakPssMB),
    barePeakPssMB: bare && Math.round(bare.peakPssMB),
    rebuildPeakPssMB: oursAgain && Math.round(oursAgain.peakPssMB),
    peakRssByKindMB: ours?.peakRssByKindMB,
    barePeakRssByKindMB: bare?.peakRssByKindMB,
    noPdfSeconds: oursNoPdf && +oursNoPdf.seconds.toFixed(2),
    noPdfRatio: noPdfRatio && +noPdfRatio.toFixed(3),
    noPdfPeakPssMB: oursNoPdf && Math.round(oursNoPdf.peakPssMB),
    noPdfPairRatios: pairRatios.length ? pairRatios.map((r) => +r.toFixed(3)) : undefined,
    noPdfPairMedianRatio: pairMedian && +pairMedian.toFixed(3),
    rebuildSeconds: oursAgain && +oursAgain.seconds.toFixed(2),
    bareRebuildSeconds: bareAgain && +bareAgain.seconds.toFixed(2),
    rebuildRatio: rebuildRatio && +rebuildRatio.toFixed(3),
    rebuildPeakRssMB: oursAgain && Math.round(oursAgain.peakRssMB),
    rebuildHandoutsPrinted: printedAgain ? Number(printedAgain[1]) : undefined,
    oursMsPerPage: ours && +((ours.seconds * 1000) / totalFiles).toFixed(2),
    bareMsPerPage: bare && +((bare.seconds * 1000) / totalFiles).toFixed(2),
    phases: ours && Object.fromEntries(phasesOf(ours.output).map((p) => [p.name, p.seconds])),
    distBytes: oursSizes?.all.bytes,
    distFiles: oursSizes?.all.files,
    searchIndexBytes: oursSizes?.index.bytes,
    searchIndexFiles: oursSizes?.index.files,
    bareDistBytes: bareSizes?.all.bytes,
    bareSearchIndexBytes: bareSizes?.index.bytes,
    guideHtmlGzip: weight?.html,
    guideCssGzip: weight?.css,
    guideJsGzip: weight?.js,
    serviceWorkerGzip: serviceWorker,
    precacheMiB: precache ? Number(precache[2]) : undefined,
    precacheFiles: precache ? Number(precache[1]) : undefined,
    precacheGzipBytes: precacheGzip,
    precacheShellOnly: precache ? !!wholeSite : undefined,
    wholeSiteMiB: wholeSite ? Number(wholeSite[2]) : undefined,
    wholeSiteFiles: wholeSite ? Number(wholeSite[1]) : undefined,
    firstSearchBytes: search?.first.bytes,
    firstSearchMs: search && Math.round(search.first.ms),
    firstSearchBytesByKind: search && bytesByKind(oursDist, search.first.files),
    afterFirstSearchBytes: search?.afterFirst.bytes,
    followUpBytes: search?.followUp.bytes,
    followUpMs: search && Math.round(search.followUp.ms),
  }),
);
