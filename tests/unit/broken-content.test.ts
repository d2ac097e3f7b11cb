/**
 * Every kind of broken content in tests/fixtures/broken/ gets one clear message from the content
 * check: the file, the field or line, and the fix, in Chinese. The message itself is asserted
 * (expected.txt beside each case), not just that the check fails.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/build/checks/content-check.ts';
import { brokenCases, projectWith, siteDir } from '../support/broken-cases.ts';
import { REQUIRED_FIELDS } from '../support/helpers.ts';

const root = path.resolve(import.meta.dirname, '../..');

function check(project: string): string {
  const { problems } = loadContent(path.join(project, 'content'), project);
  return problems.map((p) => `${p.file} ${p.field}：${p.message}\n`).join('');
}

const cases = brokenCases();

test('the fixtures cover at least 30 kinds of mistake, each with its expected message', () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
  expect(cases.filter((c) => !c.expected?.trim()).map((c) => c.name)).toEqual([]);
});

test('the good fixture site on its own has no problems', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'good-'));
  fs.cpSync(siteDir, path.join(project, 'content'), { recursive: true });
  expect(check(project)).toBe('');
  fs.rmSync(project, { recursive: true });
});

describe('each broken case gives exactly its one message', () => {
  for (const kase of cases) {
    test(`${kase.description} (${kase.name})`, () => {
      const project = projectWith(kase);
      try {
        const report = check(project);
        expect(report).toBe(kase.expected);
        expect(report.split('\n').filter((l) => l.startsWith('content/'))).toHaveLength(1);
        // Every message names a file under content/, a field or line, and says what to do.
        expect(report).toMatch(
          /^content\/\S+ [^：\n]+：[\s\S]*(请|是不是|应|只能|要|至少|最多|常见原因|加一行)/,
        );
      } finally {
        fs.rmSync(project, { recursive: true, force: true });
      }
    });
  }
});

/** Removes one top-level field (its line and any indented lines under it) from frontmatter or YAML. */
function withoutField(text: string, key: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start < 0) throw new Error(`${key} not found`);
  let end = start + 1;
  while (end < lines.length && /^\s+\S/.test(lines[end]!)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

describe('every required field, missing in turn, is named with how to add it', () => {
  for (const [collection, fields] of Object.entries(REQUIRED_FIELDS)) {
    const dir = path.join(siteDir, collection);
    const name = fs.readdirSync(dir).sort()[0]!;
    for (const field of fields) {
      test(`${collection}/${name} without ${field}`, () => {
        const project = fs.mkdtempSync(path.join(os.tmpdir(), 'required-'));
        try {
          fs.cpSync(siteDir, path.join(project, 'content'), { recursive: true });
          const file = path.join(project, 'content', collection, name);
          fs.writeFileSync(file, withoutField(fs.readFileSync(file, 'utf8'), field));
          const report = check(project);
          expect(report).toMatch(
            new RegExp(
              `^content/${collection}/${name} ${field}：缺少必填字段「[^」]+」。[\\s\\S]*(例如|请按这样补上)`,
            ),
          );
          expect(report.split('\n').filter((l) => l.startsWith('content/'))).toHaveLength(1);
        } finally {
          fs.rmSync(project, { recursive: true, force: true });
        }
      });
    }
  }
});

describe('npm run check', () => {
  const run = (contentDir: string) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/check.ts'), contentDir], {
      cwd: root,
      encoding: 'utf8',
    });

  test('fails on broken content with the report for authors', () => {
    const kase = cases.find((c) => c.name === 'unknown-sector')!;
    const project = projectWith(kase);
    try {
      const result = run(path.join(project, 'content'));
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('内容检查发现 1 处问题：');
      expect(result.stderr).toContain('cases/fensan.md\n  · sector：「行业」的取值 “石油” 不在可选范围内。');
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  test('passes on good content', () => {
    const result = run(siteDir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^内容检查通过：\d+ 个条目，没有发现问题。/);
  });
});
