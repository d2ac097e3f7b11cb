import { expect, test } from 'vitest';
import { Dispatch } from '../../src/build/rendered-pages/dispatch.ts';
import { shareOf } from '../../src/build/rendered-pages/reader.ts';

const page = (i: number) => ({ file: `cases/c${i}/index.html` });

/** A dispatch over `readers` readers, recording what each was handed. */
function setUp(readers: number, active: number, window: number) {
  const handed: string[][] = Array.from({ length: readers }, () => []);
  const dispatch = new Dispatch<{ file: string }>(readers, active, (r, p) => handed[r]!.push(p.file), window);
  return { dispatch, handed };
}

test('a reader is handed no more than its window; each page it reads makes room for one more', () => {
  const { dispatch, handed } = setUp(1, 1, 3);
  for (let i = 0; i < 10; i++) dispatch.push(page(i));
  expect(handed[0]).toHaveLength(3);
  expect(dispatch.waitingPages).toBe(7);
  dispatch.read(0);
  expect(handed[0]).toEqual([0, 1, 2, 3].map((i) => page(i).file));
});

test('once the rendering is done, the reader that waited and the others share every page left at once', () => {
  const { dispatch, handed } = setUp(2, 1, 4);
  for (let i = 0; i < 101; i++) dispatch.push(page(i));
  expect(handed.map((h) => h.length)).toEqual([4, 0]);
  dispatch.flush();
  // Beyond the windows, each page handed to one reader only, the readers' shares even.
  expect(dispatch.waitingPages).toBe(0);
  expect(handed[0]!.length + handed[1]!.length).toBe(101);
  expect(Math.abs(handed[0]!.length - handed[1]!.length)).toBeLessThanOrEqual(1);
  expect(new Set([...handed[0]!, ...handed[1]!]).size).toBe(101);
  for (const [reader, files] of handed.entries())
    for (const file of files) expect(dispatch.ownerOf(file)).toBe(reader);
  // Pages read later make no reader take more: none are left.
  dispatch.read(0);
  expect(handed[0]!.length + handed[1]!.length).toBe(101);
});

test('a page never handed over belongs to its share among all readers, the ones yet to join too', () => {
  const { dispatch } = setUp(3, 2, 4);
  const files = Array.from({ length: 30 }, (_, i) => page(i).file);
  expect(files.map((f) => dispatch.ownerOf(f))).toEqual(files.map((f) => shareOf(f, 3)));
});

test('a closed dispatch drops the pages waiting and those still to come', () => {
  const { dispatch, handed } = setUp(1, 1, 1);
  dispatch.push(page(0));
  dispatch.push(page(1));
  expect(dispatch.waitingPages).toBe(1);
  dispatch.close();
  dispatch.push(page(2));
  dispatch.read(0);
  dispatch.flush();
  expect(dispatch.waitingPages).toBe(0);
  expect(handed[0]).toEqual([page(0).file]);
});
