/**
 * The offline budget and 离线保存 (src/build/offline/precache.ts, save-manifest.ts and
 * src/shared/offline-save.ts): which files a first visit downloads, and what a saved item holds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { getManifest } from 'workbox-build';
import { distFiles } from '../../src/build/dist.ts';
import {
  PRECACHE_BUDGET_BYTES,
  PRECACHE_GLOBS,
  PRECACHE_IGNORES,
  choosePrecache,
  isPrecacheCandidate,
  isShellFile,
  precacheBudget,
  shellRank,
} from '../../src/build/offline/precache.ts';
import { completeManifest, writeSaveManifest } from '../../src/build/offline/save-manifest.ts';
import { writeFiles } from '../support/file-tree.ts';
import {
  collectionSaveId,
  downloadList,
  formatBytes,
  lessonSaveId,
  parseRecord,
  saveCacheName,
  saveManifestUrl,
} from '../../src/shared/offline-save.ts';

test('the build lists the files Workbox would precache, without asking Workbox to digest them all', async () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'precache-list-'));
  try {
    const names = [
      'index.html',
      '404.html',
      'cases/a/index.html',
      'cases/a/handout/handout.pdf',
      '_astro/x.AbC_1-2.css',
      '_astro/y.js',
      'icons/icon.svg',
      'icons/icon-192.png',
      'manifest.webmanifest',
      'robots.txt',
      'branch-calendar.ics',
      'sw.js',
      'offline-save/index.json',
      'offline-save/lesson-a.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind-highlight.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.und_1.pf_meta',
      'pagefind/index/und_2.pf_index',
      'pagefind/fragment/und_3.pf_fragment',
      'pagefind/filter/und_4.pf_filter',
      'sitemap-index.xml',
      'favicon.ico',
    ];
    writeFiles(dist, Object.fromEntries(names.map((n) => [n, 'x'])));
    const { manifestEntries } = await getManifest({
      globDirectory: dist,
      globPatterns: PRECACHE_GLOBS,
      globIgnores: PRECACHE_IGNORES,
    });
    const workbox = (manifestEntries ?? []).map((e) => e.url).sort();
    expect(workbox.length).toBeGreaterThan(10);
    expect(distFiles(dist).filter(isPrecacheCandidate)).toEqual(workbox);
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

describe('the precache budget', () => {
  test('is 10 MB, and OFFLINE_BUDGET overrides it for tests', () => {
    expect(PRECACHE_BUDGET_BYTES).toBe(10 * 1024 * 1024);
    expect(precacheBudget({})).toBe(PRECACHE_BUDGET_BYTES);
    expect(precacheBudget({ OFFLINE_BUDGET: '' })).toBe(PRECACHE_BUDGET_BYTES);
    expect(precacheBudget({ OFFLINE_BUDGET: '1000' })).toBe(1000);
    expect(() => precacheBudget({ OFFLINE_BUDGET: '10MB' })).toThrow('OFFLINE_BUDGET 应为字节数');
  });

  test('the shell: styles, scripts, home, collection indexes, search, offline page, search library', () => {
    const shell = [
      'index.html',
      '404.html',
      'manifest.webmanifest',
      'favicon.svg',
      'icons/icon-192.png',
      '_astro/global.B1x2.css',
      '_astro/offline-save.C3d4.js',
      'cases/index.html',
      'search/index.html',
      'offline/index.html',
      'wode/index.html',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.und_b540f46fe7d.pf_meta',
      'pagefind/common-words.json',
    ];
    const rest = [
      'cases/fensan/index.html',
      'cases/hangye/nongcun/index.html',
      'lessons/xinren/handout/index.html',
      'offline-save/index.json',
      'pagefind/index/und_1.pf_index',
      'pagefind/fragment/und_2.pf_fragment',
      'pagefind/filter/und_3.pf_filter',
    ];
    expect(shell.filter((f) => !isShellFile(f))).toEqual([]);
    expect(rest.filter((f) => isShellFile(f))).toEqual([]);
  });

  test('a site within the budget is precached whole; above it, only the shell', () => {
    const entries = [
      { url: 'index.html', size: 400 },
      { url: 'cases/fensan/index.html', size: 500 },
      { url: 'pagefind/fragment/und_2.pf_fragment', size: 100 },
    ];
    expect(choosePrecache(entries, 1000)).toEqual({ mode: 'all', entries, total: 1000 });
    expect(choosePrecache(entries, 999)).toEqual({ mode: 'shell', entries: [entries[0]], total: 400 });
  });

  test('above it, collection indexes join the shell smallest first while they fit; the essentials always', () => {
    const entries = [
      { url: 'index.html', size: 300 },
      { url: 'cases/index.html', size: 500 },
      { url: 'cases/fensan/index.html', size: 5000 },
      { url: 'glossary/index.html', size: 200 },
      { url: 'search/index.html', size: 100 },
      { url: 'duties/index.html', size: 300 },
    ];
    expect(shellRank('search/index.html')).toBe(0);
    expect(shellRank('offline/index.html')).toBe(0);
    expect(shellRank('cases/index.html')).toBe(1);
    expect(choosePrecache(entries, 1000)).toEqual({
      mode: 'shell',
      entries: [entries[0], entries[3], entries[4], entries[5]],
      total: 900,
    });
    // The essentials stay even when they alone exceed the budget.
    expect(choosePrecache(entries, 350)).toEqual({
      mode: 'shell',
      entries: [entries[0], entries[4]],
      total: 400,
    });
  });
});

describe('the manifest of 离线保存', () => {
  const sizes = new Map([
    ['lessons/a/index.html', 100],
    ['lessons/a/handout/index.html', 50],
    ['lessons/a/handout.pdf', 1000],
    ['cases/x/index.html', 70],
    ['pagefind/fragment/f1.pf_fragment', 5],
    ['pagefind/fragment/f2.pf_fragment', 7],
    ['pagefind/index/i1.pf_index', 300],
    ['pagefind/filter/t.pf_filter', 20],
    ['pagefind/pagefind.js', 9999],
  ]);
  const fragments = new Map([
    ['/lessons/a/', 'pagefind/fragment/f1.pf_fragment'],
    ['/cases/x/', 'pagefind/fragment/f2.pf_fragment'],
  ]);

  test('a lesson holds its pages, their fragments and the handout, and counts the search index', () => {
    const manifest = completeManifest(
      [
        {
          id: lessonSaveId('a'),
          kind: 'lesson',
          title: '课',
          href: '/lessons/a/',
          pages: ['/lessons/a/', '/lessons/a/handout/', '/cases/x/', '/cases/x/'],
          files: ['/lessons/a/handout.pdf'],
        },
        {
          id: collectionSaveId('cases'),
          kind: 'collection',
          title: '案例',
          href: '/cases/',
          pages: ['/cases/x/', '/cases/gone/'],
          files: ['/lessons/b/handout.pdf'],
        },
      ],
      sizes,
      fragments,
    );
    expect(manifest.search).toEqual({
      urls: ['/pagefind/filter/t.pf_filter', '/pagefind/index/i1.pf_index'],
      bytes: 320,
    });
    const [lesson, cases] = manifest.items;
    expect(lesson!.urls).toEqual([
      '/lessons/a/',
      '/pagefind/fragment/f1.pf_fragment',
      '/lessons/a/handout/',
      '/cases/x/',
      '/pagefind/fragment/f2.pf_fragment',
      '/lessons/a/handout.pdf',
    ]);
    expect(lesson!.bytes).toBe(100 + 5 + 50 + 70 + 7 + 1000 + 320);
    // A page or PDF the build did not make is left out.
    expect(cases!.urls).toEqual(['/cases/x/', '/pagefind/fragment/f2.pf_fragment']);
    expect(cases!.bytes).toBe(70 + 7 + 320);
    expect(downloadList(manifest, cases!)).toEqual([...cases!.urls, ...manifest.search.urls]);
  });

  test('sizes, cache names and records read as expected', () => {
    expect(formatBytes(420 * 1024)).toBe('约 420 KB');
    expect(formatBytes(100)).toBe('约 1 KB');
    expect(formatBytes(1.34 * 1024 * 1024)).toBe('约 1.3 MB');
    expect(saveCacheName(lessonSaveId('a'))).toBe('offline-save:lesson-a');
    expect(saveManifestUrl(collectionSaveId('cases'))).toBe('/offline-save/collection-cases.json');
    const record = { id: 'lesson-a', title: '课', href: '/lessons/a/', bytes: 3 };
    expect(parseRecord(JSON.stringify(record))).toEqual(record);
    expect(parseRecord(JSON.stringify({ ...record, href: 'https://evil.example/' }))).toBeUndefined();
    expect(parseRecord('not json')).toBeUndefined();
  });
});

test('the manifests of 离线保存 are written from one listing, and report what they wrote', () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'save-manifest-'));
  try {
    const page = '<p>课</p>';
    const plan = {
      items: [
        {
          id: lessonSaveId('a'),
          kind: 'lesson',
          title: '课',
          href: '/lessons/a/',
          pages: ['/lessons/a/'],
          files: [],
        },
      ],
    };
    writeFiles(dist, {
      'lessons/a/index.html': page,
      'offline-save/index.json': JSON.stringify(plan),
      'pagefind/index/i.pf_index': 'xx',
    });
    fs.mkdirSync(path.join(dist, 'pagefind/fragment'));
    fs.writeFileSync(
      path.join(dist, 'pagefind/fragment/f.pf_fragment'),
      gzipSync(`pagefind_dcd${JSON.stringify({ url: '/lessons/a/' })}`),
    );
    const sizes = new Map(distFiles(dist).map((f) => [f, fs.statSync(path.join(dist, f)).size]));
    const { items, written } = writeSaveManifest(dist, sizes);
    expect(items).toBe(1);
    const files = [...written.keys()].sort();
    expect(files).toEqual(['offline-save/index.json', `offline-save/${lessonSaveId('a')}.json`].sort());
    for (const f of files) expect(written.get(f)).toBe(fs.statSync(path.join(dist, f)).size);
    const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'offline-save/index.json'), 'utf8'));
    expect(manifest.items[0].urls).toEqual(['/lessons/a/', '/pagefind/fragment/f.pf_fragment']);
    expect(manifest.items[0].bytes).toBe(
      Buffer.byteLength(page) + sizes.get('pagefind/fragment/f.pf_fragment')! + 2,
    );
  } finally {
    fs.rmSync(dist, { recursive: true, force: true });
  }
});
