import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadContent, parseFrontmatter, redirectsOf } from '../../src/build/checks/content-check.ts';

describe('parseFrontmatter', () => {
  test('splits frontmatter and body', () => {
    expect(parseFrontmatter('---\ntitle: 甲\n---\n正文', 'a.md')).toEqual({
      data: { title: '甲' },
      body: '\n正文',
      front: 'title: 甲\n',
    });
  });
  test('an unclosed block says where to close it', () => {
    expect(parseFrontmatter('---\ntitle: 甲\n正文', 'a.md')).toMatchInlineSnapshot(`
      {
        "field": "第 1 行",
        "file": "a.md",
        "message": "frontmatter 没有结束：在最后一个字段之后加一行“---”，正文写在它下面。",
      }
    `);
  });
  test('a file without frontmatter says how to start one', () => {
    expect(parseFrontmatter('# 标题', 'a.md')).toMatchObject({ field: '第 1 行' });
  });
  test('broken YAML names the line', () => {
    const parsed = parseFrontmatter('---\ntitle: 甲\nsummary: a: b\n---\n', 'a.md');
    expect(parsed).toMatchObject({ field: '第 3 行第 11 列' });
    expect((parsed as { message: string }).message).toContain('引号');
  });
});

describe('loadContent', () => {
  let dir: string;
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function site(files: Record<string, string | Buffer>) {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(dir, 'content', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    }
    const result = loadContent(path.join(dir, 'content'), dir);
    return result.problems.map((p) => `${p.file} ${p.field}：${p.message}`);
  }

  const source = 'title: 甲\npublisher: 乙\ndescription: 丙\nseed: 000.txt\n';
  const term = (t: string) => `---\nterm: ${t}\ndefinition: 释义。\nsources:\n  - s\n---\n`;

  test('a clean folder has no problems', () => {
    expect(site({ 'sources/s.yaml': source, 'glossary/a.md': term('甲') })).toEqual([]);
  });
  test('a file in an unknown folder, a bad file name, a wrong extension and non-UTF-8 text', () => {
    const problems = site({
      'sources/s.yaml': source,
      'guides/a.md': term('甲'),
      'glossary/San Hui.md': term('乙'),
      'glossary/b.txt': term('丙'),
      'glossary/c.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc8, 0xfd, 0xbb, 0xe1]),
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/glossary/San Hui.md 文件名：文件名就是网址，只能用小写字母、数字和连字符，例如 dangyuan-fensan.md。请重命名。",
        "content/glossary/b.txt 文件名：“glossary”栏目只收 .md、.mdx 文件。请改扩展名，或把文件移出 content/。",
        "content/glossary/c.md 编码：文件不是 UTF-8 编码。请在编辑器里用“UTF-8”另存一次（不要用 GBK）。",
        "content/guides 文件夹：没有名为“guides”的栏目，里面的文件不会发布。请移到这些文件夹之一：routines、competencies、duties、cases、lessons、glossary、sources",
      ]
    `);
  });
  test('a duplicate term and a missing source are reported with their files', () => {
    const problems = site({
      'sources/s.yaml': source,
      'glossary/a.md': term('甲'),
      'glossary/b.md': term('甲'),
      'glossary/c.md': term('丙').replace('  - s', '  - t'),
    });
    expect(problems).toMatchInlineSnapshot(`
      [
        "content/glossary/c.md sources[0]：引用的条目“sources/t”不存在。是不是想写 s？",
        "content/glossary/b.md term：术语“甲”已在 content/glossary/a.md 中定义。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。",
      ]
    `);
  });
});

test('old addresses redirect to the entry that lists them under aliases', () => {
  const site = path.resolve(import.meta.dirname, '../fixtures/site');
  expect(redirectsOf(loadContent(site).entries)).toEqual({
    '/competencies/zhengzhi-old/': '/competencies/zhengzhi/',
  });
});
