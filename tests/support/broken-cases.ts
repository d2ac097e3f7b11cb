/**
 * The broken-content fixtures (tests/fixtures/broken/<case>/): each folder holds the files that,
 * laid over the good fixture site (tests/fixtures/site), make exactly one mistake. `case.txt`
 * says what the mistake is; `expected.txt` is the exact report `npm run check` must give.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
export const siteDir = path.join(root, 'tests/fixtures/site');
export const brokenDir = path.join(root, 'tests/fixtures/broken');
const META = new Set(['case.txt', 'expected.txt']);

export interface BrokenCase {
  name: string;
  description: string;
  dir: string;
  expected: string | undefined;
}

export function brokenCases(): BrokenCase[] {
  return fs
    .readdirSync(brokenDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(brokenDir, d.name);
      const [description = ''] = fs.readFileSync(path.join(dir, 'case.txt'), 'utf8').split('\n');
      const expectedFile = path.join(dir, 'expected.txt');
      const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, 'utf8') : undefined;
      return { name: d.name, description, dir, expected };
    });
}

/**
 * A project folder whose content/ is the good site with one case laid over it. A case's `public/`
 * folder (images a body shows) goes to the project's public/ instead.
 */
export function projectWith(kase: BrokenCase): string {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), `broken-${kase.name}-`));
  const content = path.join(project, 'content');
  fs.cpSync(siteDir, content, { recursive: true });
  for (const name of fs.readdirSync(kase.dir, { recursive: true }).map(String)) {
    const from = path.join(kase.dir, name);
    if (META.has(name) || fs.statSync(from).isDirectory()) continue;
    const to = name.startsWith(`public${path.sep}`) ? path.join(project, name) : path.join(content, name);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
  }
  return project;
}
