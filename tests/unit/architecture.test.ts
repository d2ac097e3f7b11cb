/**
 * The layout is the architecture: code shared with the browser imports nothing from Node or from
 * build code, and browser code imports nothing from build code. A misplaced import fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function importsIn(dir: string): { file: string; spec: string }[] {
  return fs
    .readdirSync(path.join(root, dir), { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|astro)$/.test(f))
    .flatMap((f) => {
      const text = fs.readFileSync(path.join(root, dir, f), 'utf8');
      return [
        ...text.matchAll(
          /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
        ),
      ].map((m) => ({ file: path.join(dir, f), spec: (m[1] ?? m[2])! }));
    });
}

const resolvesInto = (file: string, spec: string, folder: string) =>
  spec.startsWith('.') &&
  path.resolve(root, path.dirname(file), spec).startsWith(path.join(root, folder) + path.sep);

test('src/shared imports nothing from Node, Astro or build code', () => {
  const bad = importsIn('src/shared').filter(
    ({ file, spec }) =>
      spec.startsWith('node:') ||
      spec.startsWith('astro') ||
      !spec.startsWith('.') ||
      resolvesInto(file, spec, 'src/build'),
  );
  expect(bad).toEqual([]);
});

test('src/client imports nothing from Node or build code', () => {
  const bad = importsIn('src/client').filter(
    ({ file, spec }) => spec.startsWith('node:') || resolvesInto(file, spec, 'src/build'),
  );
  expect(bad).toEqual([]);
});

test('src/model/registry.ts, read by the browser too, imports only the taxonomy', () => {
  expect(
    importsIn('src/model')
      .filter((i) => i.file.endsWith('registry.ts'))
      .map((i) => i.spec),
  ).toEqual(['./taxonomy.ts']);
});
