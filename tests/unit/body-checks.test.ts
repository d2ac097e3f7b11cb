import { markdownToMdast } from 'satteri';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import {
  checkBody,
  checkLinkTarget,
  headingIds,
  mdxError,
  parseBody,
  sitePages,
} from '../../src/build/checks/body-checks.ts';
import type { CheckedEntry } from '../../src/build/checks/integrity.ts';

const entry = (collection: string, id: string, ext = '.md'): CheckedEntry => ({
  collection,
  id,
  filePath: `content/${collection}/${id}${ext}`,
  data: {},
});

test('heading ids follow the permalink plugin: github-slugger over h2–h4, Chinese kept', () => {
  expect(headingIds(markdownToMdast('# 题目\n\n## 背景\n\n### 怎样 落实\n\n## 背景\n\n##### 不算'))).toEqual([
    '背景',
    '怎样-落实',
    '背景-1',
  ]);
});

describe('checkLinkTarget', () => {
  const pages = sitePages([
    parseBody(entry('cases', 'fensan'), '\n## 背景\n', 1).parsed,
    { entry: entry('sources', 'huodian'), firstLine: 1 },
    parseBody(entry('glossary', 'sanhui-yike'), '\n', 1).parsed,
  ]);
  test.each([
    ['/cases/fensan/', undefined],
    ['/cases/fensan/#背景', undefined],
    ['/cases/fensan/#%E8%83%8C%E6%99%AF', undefined],
    ['/cases/fensan/#causes', undefined],
    ['/glossary/#sanhui-yike', undefined],
    ['/sources/#huodian', undefined],
    ['/cases/sector/power/', undefined],
    ['https://www.12371.cn/', undefined],
    ['/images/a.png', undefined],
  ])('%s resolves', (url, expected) => expect(checkLinkTarget(url, '/cases/fensan/', pages)).toBe(expected));
  test.each([
    ['/cases/fensan/#yuanyin', '小节“#yuanyin”在 /cases/fensan/ 上不存在'],
    ['/glossary/#dangke', '小节“#dangke”在 /glossary/ 上不存在'],
    ['/duties/x/', '页面 /duties/x/ 不存在'],
    ['/cases/fensan', '末尾少了“/”'],
    ['fensan/', '要写成以“/”开头'],
  ])('%s is reported', (url, message) =>
    expect(checkLinkTarget(url, '/cases/fensan/', pages)).toContain(message),
  );
});

test('MDX parser errors become a line and a Chinese reason', () => {
  expect(mdxError('9:1: Expected a closing tag for `<div>` (7:1) (mdx-jsx:unexpected-character)')).toEqual({
    line: 7,
    reason: '标签 <div> 没有闭合',
  });
  expect(
    mdxError(
      '4:1: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
      'a\n{b\n\n',
    ),
  ).toEqual({ line: 2, reason: '花括号“{”没有对应的“}”' });
});

test('components listed in the registry are allowed, their props validated with zod', () => {
  const components = {
    Aside: z.strictObject({ type: z.enum(['note', 'tip'], { error: '请写 note 或 tip' }) }),
  };
  const body =
    '\n<Aside type="tip">好</Aside>\n\n<Aside type="oops">坏</Aside>\n\n<Aside type={x}>坏</Aside>\n';
  const { parsed, problems } = parseBody(entry('cases', 'x', '.mdx'), body, 10);
  expect(problems).toEqual([]);
  expect(checkBody(parsed, new Map(), components).map((p) => `${p.field}：${p.message}`)).toEqual([
    '第 13 行：<Aside> 的 type：请写 note 或 tip',
    '第 15 行：<Aside> 的属性 type 请写成带引号的文字，例如 type="…"，不要用 {…}。',
  ]);
});
