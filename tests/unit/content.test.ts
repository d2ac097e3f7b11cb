/**
 * The real content: it validates, every theme of the brief is covered, every entry cites a
 * source, no glossary term is defined twice, and nothing repeats the source articles word for word.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/build/checks/content-check.ts';
import { findDuplicateTerms, formatProblems } from '../../src/build/checks/integrity.ts';

const root = path.resolve(import.meta.dirname, '../..');
const { entries, problems } = loadContent(path.join(root, 'content'), root);
const keys = new Set(entries.map((e) => `${e.collection}/${e.id}`));

/** Rows of the theme table in content/README.md: | # | theme | entries |. */
function themeTable() {
  const readme = fs.readFileSync(path.join(root, 'content/README.md'), 'utf8');
  return readme
    .split('\n')
    .map((line) => line.match(/^\|\s*(\d+)\s*\|\s*(.+?)\s*\|\s*(.*?)\s*\|$/))
    .filter((m): m is RegExpMatchArray => m !== null)
    .map((m) => ({
      n: Number(m[1]),
      theme: m[2]!,
      entries: m[3]!
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    }));
}

test('all content passes the schema and reference checks', () => {
  expect(problems, formatProblems(problems)).toEqual([]);
});

describe('the theme table', () => {
  const rows = themeTable();
  test('lists the 36 themes of the brief in order', () => {
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
  });
  for (const row of rows) {
    test(`theme ${row.n} (${row.theme.slice(0, 12)}…) is covered by entries that exist`, () => {
      expect(row.entries.length).toBeGreaterThan(0);
      for (const key of row.entries) expect(keys, `${key} 不存在`).toContain(key);
    });
  }
});

test('each collection has at least the agreed number of entries', () => {
  const count = (c: string) => entries.filter((e) => e.collection === c).length;
  expect({
    competencies: count('competencies') >= 14,
    duties: count('duties') >= 8,
    cases: count('cases') >= 12,
    glossary: count('glossary') >= 35,
    lessons: count('lessons') >= 4,
    routines: count('routines') >= 14,
    sources: count('sources') >= 5,
  }).toEqual({
    routines: true,
    competencies: true,
    duties: true,
    cases: true,
    glossary: true,
    lessons: true,
    sources: true,
  });
});

test('every entry cites at least one source or regulation article', () => {
  const cited = (data: Record<string, unknown>) =>
    [data.sources, data.rules].some((list) => Array.isArray(list) && list.length > 0);
  const uncited = entries
    .filter((e) => e.collection !== 'sources')
    .filter((e) => !cited(e.data))
    .map((e) => e.filePath);
  expect(uncited).toEqual([]);
});

test('no glossary term or alias is defined twice', () => {
  expect(findDuplicateTerms(entries.filter((e) => e.collection === 'glossary'))).toEqual([]);
});

test('no passage repeats a source article word for word', () => {
  // The team's shared copy when it is beside the checkout, else the one kept for CI.
  const shared = path.resolve(root, '../shared/tools/seed-overlap.mjs');
  const tool = fs.existsSync(shared)
    ? shared
    : path.join(root, 'tests/fixtures/seed-overlap/tools/seed-overlap.mjs');
  const out = execFileSync(process.execPath, [tool, path.join(root, 'content')], { encoding: 'utf8' });
  expect(out.trim().split('\n').at(-1)).toMatch(/^0 copied passage/);
});
