/**
 * The collection loaders read files with the content check's parser, so the build validates the
 * data the check validated.
 */
import { pathToFileURL } from 'node:url';
import { expect, test } from 'vitest';
import { withCheckedParse, type EntryInfo } from '../../src/build/checks/checked-parse.ts';
import { parseFrontmatter } from '../../src/build/checks/content-check.ts';

type GetEntryInfo = (p: { contents: string; fileUrl: URL }) => Promise<EntryInfo>;

/** Astro's own entry types, as far as the loader sees them: here, a marker of each. */
const astroTypes = () =>
  new Map<
    string,
    { getEntryInfo: GetEntryInfo; getRenderFunction?: () => string; handlePropagation?: boolean }
  >([
    [
      '.md',
      {
        getEntryInfo: async () => ({ data: { by: 'astro' }, rawData: '' }),
        getRenderFunction: () => 'render',
        handlePropagation: true,
      },
    ],
    ['.mdx', { getEntryInfo: async () => ({ data: { by: 'astro' }, rawData: '' }) }],
    ['.yaml', { getEntryInfo: async () => ({ data: { by: 'astro' }, rawData: '' }) }],
    ['.json', { getEntryInfo: async () => ({ data: { by: 'astro' }, rawData: '' }) }],
  ]);

/** Runs a wrapped loader that reads `contents` as a file of the given extension. */
async function read(extension: string, contents: string) {
  let seen: { info: EntryInfo; type: Record<string, unknown>; store: unknown } | undefined;
  const loader = {
    name: 'probe',
    load: async ({ entryTypes, store }: { entryTypes: ReturnType<typeof astroTypes>; store: unknown }) => {
      const type = entryTypes.get(extension)!;
      const info = await type.getEntryInfo({
        contents,
        fileUrl: pathToFileURL(`/site/content/x${extension}`),
      });
      seen = { info, type, store };
    },
  };
  await withCheckedParse(loader).load({ entryTypes: astroTypes(), store: 'kept' });
  return seen!;
}

const page = `---
title: 支部党员大会
updated: 2026-03-01
at: 2026-03-01 09:30
slug: kept-slug
---

正文第一段。
`;

test('a page’s frontmatter reads as the content check reads it: dates stay as written', async () => {
  const { info, type, store } = await read('.md', page);
  const checked = parseFrontmatter(page, 'x.md');
  expect('data' in checked && checked.data).toEqual(info.data);
  expect(info.data).toEqual({
    title: '支部党员大会',
    updated: '2026-03-01',
    at: '2026-03-01 09:30',
    slug: 'kept-slug',
  });
  expect(info.body).toBe('正文第一段。');
  expect(info.slug).toBe('kept-slug');
  expect(info.rawData).toContain('title: 支部党员大会');
  // The rest of the context, and Astro's other fields of the entry type, are kept.
  expect(store).toBe('kept');
  expect(type.getRenderFunction).toBeTypeOf('function');
  expect(type.handlePropagation).toBe(true);
});

test('MDX pages and data files read with the check’s parser; other types are Astro’s', async () => {
  expect((await read('.mdx', page)).info.data.updated).toBe('2026-03-01');
  expect((await read('.yaml', 'title: 条例\nissued: 2018-10-28\n')).info.data).toEqual({
    title: '条例',
    issued: '2018-10-28',
  });
  expect((await read('.json', '{}')).info.data).toEqual({ by: 'astro' });
});

test('a YAML mistake stops the loader with the check’s Chinese message, file and line', async () => {
  const broken = '---\ntitle: 甲\ntitle: 乙\n---\n正文\n';
  await expect(read('.md', broken)).rejects.toThrow(
    /x\.md\n {2}· 第 3 行第 1 列：frontmatter YAML 写法有误：同一个字段写了两次/,
  );
  await expect(read('.yaml', 'title: "未闭合\n')).rejects.toThrow(
    /x\.yaml\n {2}· 第 1 行第 8 列：YAML 写法有误：双引号没有闭合/,
  );
  await expect(read('.md', '正文，没有 frontmatter\n')).rejects.toThrow(
    /x\.md\n {2}· 第 1 行：文件应以一行“---”开头/,
  );
});
