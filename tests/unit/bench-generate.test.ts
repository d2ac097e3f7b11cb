import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent, readGlossaryWords } from '../../src/build/checks/content-check.ts';
import {
  benchId,
  generateGuides,
  makeData,
  makeTitle,
  planCounts,
  readCorpus,
  seededRandom,
  splitSentences,
  termsIn,
  writeContent,
} from '../../scripts/lib/bench-generate.ts';

const content = path.resolve(import.meta.dirname, '../../content');
const words = readGlossaryWords(path.join(content, 'glossary')).map((w) => w.word);

describe('bench content generator', () => {
  test('splits a Markdown body into sentences of eight characters or more, without headings, list marks or links', () => {
    const body =
      '## 背景情况说明一下\n\n党员分散在各个工地。活动常常难以开展起来！怎么办？\n\n1. 先画一张党员[分布表](/x/)。\n- 短句。';
    expect(splitSentences(body)).toEqual([
      '党员分散在各个工地。',
      '活动常常难以开展起来！',
      '先画一张党员分布表。',
    ]);
    expect(splitSentences('他说：“要按时开会。”然后散会了。')).toEqual(['他说：“要按时开会。”']);
  });

  test('plans the requested total in the real proportions, with every collection present', () => {
    const real = { routines: 14, competencies: 21, duties: 11, cases: 17, lessons: 4 };
    const counts = planCounts(1000, real);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1000);
    expect(counts.competencies).toBeGreaterThan(counts.cases);
    const sum = Object.values(real).reduce((a, b) => a + b, 0);
    expect(counts.lessons).toBeGreaterThanOrEqual(Math.floor((1000 * real.lessons) / sum));
    const small = planCounts(5, real);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBe(5);
    expect(Math.min(...Object.values(small))).toBeGreaterThanOrEqual(1);
  });

  test('the random source is deterministic for a seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, seededRandom(8))).not.toEqual(xs);
  });

  test('titles stay within the schema limit and are numbered', () => {
    const title = makeTitle(
      '一个很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的标题',
      12345,
    );
    expect([...title].length).toBeLessThanOrEqual(40);
    expect(title.endsWith('（12345）')).toBe(true);
    expect(benchId('cases', 42)).toBe('bench-cases-00042');
  });

  test('a lesson keeps its minutes and points its agenda at generated guides', () => {
    const refs = ['cases/a', 'duties/b', 'cases/c'];
    let i = 0;
    const data = makeData(
      {
        title: 'x',
        duration: 30,
        agenda: [
          { title: '导入', minutes: 10 },
          { title: '案例', minutes: 20, guide: 'cases/real' },
        ],
      },
      '新标题',
      () => refs[i++ % refs.length]!,
      () => 0,
    );
    expect(data.title).toBe('新标题');
    expect(data.related).toEqual(['cases/a', 'duties/b']);
    expect(data.agenda).toEqual([
      { title: '导入', minutes: 10 },
      { title: '案例', minutes: 20, guide: 'cases/c' },
    ]);
  });

  test('generated content passes the real schemas and reference checks, with glossary terms in every page', () => {
    const corpus = readCorpus(content, words);
    const files = generateGuides(corpus, 60);
    expect(files).toHaveLength(60);
    expect(generateGuides(corpus, 60)).toEqual(files);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-content-'));
    try {
      writeContent(content, path.join(dir, 'content'), files);
      const { entries, problems } = loadContent(path.join(dir, 'content'), dir);
      expect(problems).toEqual([]);
      expect(entries.filter((e) => e.id.startsWith('bench-'))).toHaveLength(60);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    for (const f of files) {
      const body = f.text.slice(f.text.indexOf('\n---\n') + 5);
      expect(termsIn(body, words), f.file).not.toEqual([]);
      expect(body).toMatch(/^## /m);
    }
  });
});
