import { expect, test } from 'vitest';
import { collectGarbage } from '../../src/build/heap.ts';

test('a full collection on request frees the garbage of the heap', () => {
  let garbage: { i: number; s: string }[] | undefined = Array.from({ length: 1_000_000 }, (_, i) => ({
    i,
    s: `页面${i}`,
  }));
  const before = process.memoryUsage().heapUsed;
  expect(garbage.length).toBe(1_000_000);
  garbage = undefined;
  expect(collectGarbage()).toBe(true);
  // About 80 MB of objects were dropped; the collector freed them now, not when the heap grows.
  expect(process.memoryUsage().heapUsed).toBeLessThan(before - 40 * 1024 * 1024);
});
