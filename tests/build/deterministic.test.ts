/**
 * Two production builds of the same sources are byte-identical: every page, asset and search
 * index file, so a deploy only uploads what really changed and a build can be reproduced.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'deterministic-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** A fresh build (its own empty cache) of the real content; returns every file's hash. */
function build(name: string): Map<string, string> {
  // PDFs are part of the comparison: without the Typst compiler the build fails here instead of skipping them.
  const { status, output, dist } = astroBuild(path.join(work, name), { env: { HANDOUTS: 'required' } });
  if (status !== 0) throw new Error(output);
  const hashes = new Map<string, string>();
  for (const file of fs.readdirSync(dist, { recursive: true }).map(String).sort()) {
    const full = path.join(dist, file);
    if (fs.statSync(full).isFile())
      hashes.set(file, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
  }
  return hashes;
}

test('two production builds of the same commit are byte-identical', () => {
  const first = build('a');
  const second = build('b');
  expect(first.size).toBeGreaterThan(100);
  expect([...first.keys()].filter((f) => f.endsWith('handout.pdf')).length).toBeGreaterThan(0);
  expect([...second.keys()]).toEqual([...first.keys()]);
  const differing = [...first].filter(([file, hash]) => second.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
}, 300_000);
