import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { runPagefind } from '../../src/build/search-index/pagefind-cli.ts';
import { writeFiles } from '../support/file-tree.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-cli-test-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const site = (name: string, files: Record<string, string>) => writeFiles(path.join(work, name), files);

test('the CLI indexes the pages of a folder and reports how many it indexed', async () => {
  const dir = site('two', {
    'a/index.html': '<html><body><main data-pagefind-body><h1>三会 一课</h1></main></body></html>',
    'b/index.html': '<html><body><main data-pagefind-body><h1>党费 收缴</h1></main></body></html>',
  });
  const out = path.join(work, 'two-index');
  expect(await runPagefind({ site: dir, outputPath: out, language: 'und' })).toBe(2);
  const entry = JSON.parse(fs.readFileSync(path.join(out, 'pagefind-entry.json'), 'utf8'));
  expect(Object.keys(entry.languages)).toEqual(['und']);
  expect(fs.readdirSync(path.join(out, 'fragment'))).toHaveLength(2);
});

test('a folder with nothing to index fails the build with what Pagefind said', async () => {
  const dir = site('empty', { 'style.css': 'p{}' });
  await expect(
    runPagefind({ site: dir, outputPath: path.join(work, 'empty-index'), language: 'und' }),
  ).rejects.toThrow(/Pagefind 索引出错（退出码 1）：.*not able to build an index/s);
});
