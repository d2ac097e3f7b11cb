import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { htmlFiles, stagePages } from '../../src/lib/index-staging.ts';
import { spaceWords } from '../../src/lib/search-terms.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'staging-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('Pagefind gets a cut copy of every indexed page, and the built pages stay as they are', () => {
  const site = path.join(work, 'site');
  const page = '<header>导航</header><main data-pagefind-body><h1>三会一课</h1></main>';
  const files = {
    'cases/a/index.html': page,
    'lists/index.html': '<header>导航</header><main><h1>列表</h1></main>',
    'pagefind/x.html': page,
    'style.css': 'p{}',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
    fs.writeFileSync(path.join(site, file), text);
  }
  expect(htmlFiles(site)).toEqual(['cases/a/index.html', 'lists/index.html']);

  const staging = path.join(work, 'staging');
  expect(stagePages(site, staging)).toBe(1);
  expect(fs.readdirSync(staging, { recursive: true }).map(String).sort()).toEqual([
    'cases',
    path.join('cases', 'a'),
    path.join('cases', 'a', 'index.html'),
  ]);
  expect(fs.readFileSync(path.join(staging, 'cases/a/index.html'), 'utf8')).toBe(
    `<header>导航</header><main data-pagefind-body><h1>${spaceWords('三会一课')}</h1></main>`,
  );
  expect(fs.readFileSync(path.join(site, 'cases/a/index.html'), 'utf8')).toBe(page);
});

test('workers sharing the pages write each page once', () => {
  const site = path.join(work, 'shared-site');
  for (const id of ['a', 'b', 'c']) {
    fs.mkdirSync(path.join(site, id), { recursive: true });
    fs.writeFileSync(path.join(site, id, 'index.html'), `<main data-pagefind-body>${id}</main>`);
  }
  const staging = path.join(work, 'shared-staging');
  expect([stagePages(site, staging, 0, 2), stagePages(site, staging, 1, 2)]).toEqual([2, 1]);
  expect(fs.readdirSync(staging).sort()).toEqual(['a', 'b', 'c']);
});

test('a page that only names data-pagefind-body in its script is not staged', () => {
  const site = path.join(work, 'script-site');
  fs.mkdirSync(path.join(site, 'list'), { recursive: true });
  fs.writeFileSync(
    path.join(site, 'list/index.html'),
    '<main><h1>列表</h1></main><script>document.querySelector("[data-pagefind-body]")</script>',
  );
  expect(stagePages(site, path.join(work, 'script-staging'))).toBe(0);
});
