import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { htmlFiles } from '../../src/build/dist.ts';
import { afterAll, expect, test } from 'vitest';
import {
  Stager,
  closeStaging,
  openStaging,
  pageDigest,
  readStagingManifest,
  removeStale,
  type StagedPages,
} from '../../src/build/search-index/staging.ts';
import { spaceWords } from '../../src/shared/segment.ts';
import { writeFiles } from '../support/file-tree.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Stages every page of `site`, as the build hands them over one by one. */
function stagePages(site: string, staging: string, previous: StagedPages = {}) {
  const stager = new Stager(staging, previous);
  for (const file of htmlFiles(site)) stager.stage(file, fs.readFileSync(path.join(site, file), 'utf8'));
  return stager.result();
}

test('Pagefind gets a cut copy of every indexed page, and the built pages stay as they are', () => {
  const site = path.join(work, 'site');
  const page = '<header>导航</header><main data-pagefind-body><h1>三会一课</h1></main>';
  const files = {
    'cases/a/index.html': page,
    'lists/index.html': '<header>导航</header><main><h1>列表</h1></main>',
    'pagefind/x.html': page,
    'style.css': 'p{}',
  };
  writeFiles(site, files);
  expect(htmlFiles(site)).toEqual(['cases/a/index.html', 'lists/index.html']);

  const staging = path.join(work, 'staging');
  expect(stagePages(site, staging)).toEqual({
    pages: { 'cases/a/index.html': pageDigest(page) },
    written: 1,
  });
  expect(fs.readdirSync(staging, { recursive: true }).map(String).sort()).toEqual([
    'cases',
    path.join('cases', 'a'),
    path.join('cases', 'a', 'index.html'),
  ]);
  expect(fs.readFileSync(path.join(staging, 'cases/a/index.html'), 'utf8')).toBe(
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' +
      `<main data-pagefind-body><h1>${spaceWords('三会一课')}</h1></main></body></html>`,
  );
  expect(fs.readFileSync(path.join(site, 'cases/a/index.html'), 'utf8')).toBe(page);
});

test('a page that only names data-pagefind-body in its script is not staged', () => {
  const site = path.join(work, 'script-site');
  writeFiles(site, {
    'list/index.html':
      '<main><h1>列表</h1></main><script>document.querySelector("[data-pagefind-body]")</script>',
  });
  expect(stagePages(site, path.join(work, 'script-staging'))).toEqual({ pages: {}, written: 0 });
});

test('a rebuild cuts again only the pages that changed, and drops the copies of pages gone', () => {
  const site = path.join(work, 'rebuild-site');
  const staging = path.join(work, 'rebuild-staging');
  const write = (id: string, text: string) =>
    writeFiles(site, { [`${id}/index.html`]: `<main data-pagefind-body>${text}</main>` });
  write('a', '三会一课');
  write('b', '主题党日');
  write('c', '组织生活会');
  const first = stagePages(site, staging);
  expect(first.written).toBe(3);

  write('b', '主题党日活动');
  fs.rmSync(path.join(site, 'c'), { recursive: true });
  const second = stagePages(site, staging, first.pages);
  expect(second.written).toBe(1);
  expect(Object.keys(second.pages)).toEqual(['a/index.html', 'b/index.html']);
  expect(fs.readFileSync(path.join(staging, 'b/index.html'), 'utf8')).toContain(spaceWords('主题党日活动'));
  expect(removeStale(staging, first.pages, second.pages)).toBe(1);
  expect(fs.existsSync(path.join(staging, 'c/index.html'))).toBe(false);

  // A copy deleted by hand is written again even though its page did not change.
  fs.rmSync(path.join(staging, 'a/index.html'));
  expect(stagePages(site, staging, second.pages).written).toBe(1);
});

test('a page no longer indexed, or forgotten, leaves the staged pages', () => {
  const stager = new Stager(path.join(work, 'forget-staging'));
  stager.stage('a/index.html', '<main data-pagefind-body>三会一课</main>');
  stager.stage('b/index.html', '<main data-pagefind-body>主题党日</main>');
  stager.stage('a/index.html', '<main>三会一课</main>');
  stager.forget('b/index.html');
  expect(stager.result()).toEqual({ pages: {}, written: 2 });
});

test('a staging folder keeps its copies for the next build only once its manifest is written', () => {
  const cache = path.join(work, 'cache');
  const first = openStaging(cache, 'v1');
  expect(first.previous).toEqual({});
  const stager = new Stager(first.dir, first.previous);
  stager.stage('a/index.html', '<main data-pagefind-body>三会一课</main>');
  stager.stage('b/index.html', '<main data-pagefind-body>主题党日</main>');
  closeStaging(first, stager.result().pages);

  // The next build finds the copies; if it stops before closing, the one after starts afresh.
  const second = openStaging(cache, 'v1');
  expect(Object.keys(second.previous)).toEqual(['a/index.html', 'b/index.html']);
  const third = openStaging(cache, 'v1');
  expect(third.previous).toEqual({});
  expect(fs.readdirSync(third.dir)).toEqual([]);

  const again = new Stager(third.dir, third.previous);
  again.stage('a/index.html', '<main data-pagefind-body>三会一课</main>');
  closeStaging(third, again.result().pages);
  expect(Object.keys(openStaging(cache, 'v1').previous)).toEqual(['a/index.html']);
  expect(openStaging(cache, 'v2').previous).toEqual({});
});

test('a manifest counts only for the code and ICU version that wrote it', () => {
  const file = path.join(work, 'manifest.json');
  expect(readStagingManifest(file, 'v1')).toBeUndefined();
  fs.writeFileSync(file, JSON.stringify({ version: 'v1', pages: { 'a/index.html': 'x' } }));
  expect(readStagingManifest(file, 'v1')).toEqual({ 'a/index.html': 'x' });
  expect(readStagingManifest(file, 'v2')).toBeUndefined();
  fs.writeFileSync(file, '{ half a fi');
  expect(readStagingManifest(file, 'v1')).toBeUndefined();
});

test('a page with metadata outside its indexed part fails the staging with its name', () => {
  const site = path.join(work, 'outside-site');
  writeFiles(site, {
    'cases/a/index.html':
      '<head><meta data-pagefind-meta="image[content]" content="/a.png"></head><main data-pagefind-body>三会</main>',
  });
  expect(() => stagePages(site, path.join(work, 'outside-staging'))).toThrow(
    /^cases\/a\/index\.html：页面在 data-pagefind-body 之外用了 data-pagefind-meta/,
  );
});
