import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { clearAside } from '../../src/build/clear-dist.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'clear-dist-'));
afterEach(() => {
  for (const name of fs.readdirSync(work)) fs.rmSync(path.join(work, name), { recursive: true, force: true });
});

const dist = path.join(work, 'dist');
const beside = () => fs.readdirSync(work).sort();

function oldBuild(dir: string): void {
  fs.mkdirSync(path.join(dir, 'cases/a'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'cases/a/index.html'), '<p>旧</p>');
  fs.writeFileSync(path.join(dir, 'sw.js'), '');
}

test('the output folder is gone at once, and its files are deleted in the background', async () => {
  oldBuild(dist);
  const deletion = clearAside(dist);
  expect(deletion).toBeInstanceOf(Promise);
  expect(fs.existsSync(dist)).toBe(false);
  expect(beside()).toEqual([expect.stringMatching(/^\.dist-deleting-\d+-\d+$/)]);
  await deletion;
  expect(beside()).toEqual([]);
});

test('what an earlier, interrupted build left aside is deleted too, with or without an output folder', async () => {
  oldBuild(path.join(work, '.dist-deleting-1-1'));
  await clearAside(dist);
  expect(beside()).toEqual([]);

  oldBuild(path.join(work, '.dist-deleting-1-2'));
  oldBuild(dist);
  fs.mkdirSync(path.join(work, 'other'));
  await clearAside(dist);
  expect(beside()).toEqual(['other']);
});

test('an output folder kept in git is left to Astro, which keeps .git', () => {
  oldBuild(dist);
  fs.mkdirSync(path.join(dist, '.git'));
  expect(clearAside(dist)).toBeUndefined();
  expect(fs.existsSync(path.join(dist, 'sw.js'))).toBe(true);
});

test('an output folder that is a link to another folder is left to Astro, the link kept', () => {
  const target = path.join(work, 'elsewhere');
  oldBuild(target);
  fs.symlinkSync(target, dist);
  expect(clearAside(dist)).toBeUndefined();
  expect(fs.lstatSync(dist).isSymbolicLink()).toBe(true);
  expect(fs.existsSync(path.join(target, 'sw.js'))).toBe(true);
});

test('nothing to delete: done at once; no parent folder: left to Astro', async () => {
  await expect(clearAside(dist)).resolves.toBeUndefined();
  expect(clearAside(path.join(work, 'missing/dist'))).toBeUndefined();
});
