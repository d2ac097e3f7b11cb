import { describe, expect, test } from 'vitest';
import {
  distance,
  findBrokenReferences,
  findDuplicateTerms,
  findSelfReferences,
  findUrlClashes,
  foldTerm,
  formatProblems,
  referencesIn,
  type CheckedEntry,
} from '../../src/build/checks/integrity.ts';

const entry = (collection: string, id: string, data: Record<string, unknown> = {}): CheckedEntry => ({
  collection,
  id,
  filePath: `content/${collection}/${id}.md`,
  data,
});
const ref = (collection: string, id: string) => ({ collection, id });

describe('referencesIn', () => {
  test('finds references at any depth with their field path', () => {
    const data = {
      title: 'x',
      sources: [ref('sources', 'a')],
      agenda: [
        { title: 't', minutes: 5 },
        { title: 'u', minutes: 5, guide: ref('cases', 'b') },
      ],
    };
    expect(referencesIn(data)).toEqual([
      { field: 'sources[0]', ref: ref('sources', 'a') },
      { field: 'agenda[1].guide', ref: ref('cases', 'b') },
    ]);
  });
  test('ignores dates and objects that merely have an id', () => {
    expect(referencesIn({ updated: new Date(0), x: { id: 'a', collection: 'b', other: 1 } })).toEqual([]);
  });
});

describe('findBrokenReferences', () => {
  const entries = [
    entry('sources', 'hege-zhibu-shuji'),
    entry('cases', 'dangyuan-fensan-liudong'),
    entry('competencies', 'zhengzhi-suzhi', {
      sources: [ref('sources', 'hege-zhibu-shuji')],
      related: [ref('cases', 'dangyuan-fensan-liudong')],
    }),
  ];
  test('passes when every reference resolves', () => {
    expect(findBrokenReferences(entries)).toEqual([]);
  });
  test('names the file, the field and a likely fix for a misspelt id', () => {
    const broken = entry('duties', 'd', { related: [ref('cases', 'dangyuan-fensan-liudon')] });
    expect(findBrokenReferences([...entries, broken])).toMatchInlineSnapshot(`
      [
        {
          "field": "related[0]",
          "file": "content/duties/d.md",
          "message": "引用的条目“cases/dangyuan-fensan-liudon”不存在。是不是想写 cases/dangyuan-fensan-liudong？",
        },
      ]
    `);
  });
  test('tells the author to create a missing entry', () => {
    const broken = entry('duties', 'd', { sources: [ref('sources', 'no-such-article')] });
    expect(findBrokenReferences([...entries, broken])).toMatchInlineSnapshot(`
      [
        {
          "field": "sources[0]",
          "file": "content/duties/d.md",
          "message": "引用的条目“sources/no-such-article”不存在。请先新建 content/sources/no-such-article.yaml，或改成「来源文献」里已有的文件名。",
        },
      ]
    `);
  });
  test('a reference to a draft says it is a draft', () => {
    const draft = entry('cases', 'draft-case');
    const broken = entry('duties', 'd', { related: [ref('cases', 'draft-case')] });
    const [problem] = findBrokenReferences([...entries, broken], [draft]);
    expect(problem?.message).toContain('草稿');
  });
});

describe('findDuplicateTerms', () => {
  test('a term defined twice, or as another term’s alias, is reported on the later file', () => {
    const glossary = [
      entry('glossary', 'a', { term: '三会一课', aliases: ['三会一课制度'] }),
      entry('glossary', 'b', { term: '主题党日', aliases: ['三会一课'] }),
    ];
    expect(findDuplicateTerms(glossary)).toMatchInlineSnapshot(`
      [
        {
          "field": "aliases[0]",
          "file": "content/glossary/b.md",
          "message": "术语“三会一课”已在 content/glossary/a.md 中定义。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。",
        },
      ]
    `);
  });
  test('terms that differ only in width, punctuation, spaces or invisible characters are one term', () => {
    expect(foldTerm('“三会一课”制度')).toBe(foldTerm('"三会一课" 制度'));
    expect(foldTerm('ＰＤＣＡ循环')).toBe(foldTerm('pdca 循环'));
    expect(foldTerm('三会\u200b一课')).toBe(foldTerm('三会一课'));
    expect(foldTerm('三会一课')).not.toBe(foldTerm('三会两课'));
    const glossary = [
      entry('glossary', 'a', { term: '“三会一课”制度', aliases: [] }),
      entry('glossary', 'b', { term: '"三会一课"制度', aliases: [] }),
    ];
    expect(findDuplicateTerms(glossary).map((p) => p.message)).toEqual([
      '术语“"三会一课"制度”与 content/glossary/a.md 中的““三会一课”制度”只差标点、空格或全角半角，读者看来是同一个说法。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。',
    ]);
  });
  test('distinct terms pass', () => {
    const glossary = [
      entry('glossary', 'a', { term: '甲', aliases: [] }),
      entry('glossary', 'b', { term: '乙', aliases: ['丙'] }),
    ];
    expect(findDuplicateTerms(glossary)).toEqual([]);
  });
});

test('an entry that names itself in related (or any reference) is reported', () => {
  const self = entry('cases', 'x', { related: [ref('cases', 'y'), ref('cases', 'x')], sources: [] });
  expect(findSelfReferences([self])).toEqual([
    {
      file: 'content/cases/x.md',
      field: 'related[1]',
      message: '这里引用的“cases/x”就是本条目自己。请删去这一项，或改成别的条目。',
    },
  ]);
  expect(findSelfReferences([entry('duties', 'x', { related: [ref('cases', 'x')] })])).toEqual([]);
});

test('formatProblems groups problems by file', () => {
  const text = formatProblems([
    { file: 'content/a.md', field: 'title', message: '甲' },
    { file: 'content/b.md', field: 'summary', message: '乙' },
    { file: 'content/a.md', field: 'sources', message: '丙' },
  ]);
  expect(text).toMatchInlineSnapshot(`
    "内容检查发现 3 处问题：

    content/a.md
      · title：甲
      · sources：丙

    content/b.md
      · summary：乙"
  `);
});

test('distance counts single-character edits', () => {
  expect(distance('kitten', 'sitting')).toBe(3);
  expect(distance('', 'abc')).toBe(3);
  expect(distance('same', 'same')).toBe(0);
});

describe('findUrlClashes', () => {
  test('an old name that is another entry’s address is reported on the file with the old name, naming the other', () => {
    const a = entry('cases', 'new-name', { aliases: ['old-name'] });
    const b = entry('cases', 'old-name', { aliases: [] });
    expect(findUrlClashes([a, b])).toMatchInlineSnapshot(`
      [
        {
          "field": "aliases[0]",
          "file": "content/cases/new-name.md",
          "message": "网址 /cases/old-name/ 已被 content/cases/old-name.md 使用。两个条目不能共用一个网址：请删去这个旧地址（或改成别的）。",
        },
      ]
    `);
  });
  test('which file is reported does not depend on the order files are read in', () => {
    const a = entry('cases', 'a-new', { aliases: ['shared'] });
    const b = entry('cases', 'b-new', { aliases: ['shared'] });
    const owner = entry('cases', 'shared', { aliases: [] });
    const files = (list: CheckedEntry[]) => findUrlClashes(list).map((p) => `${p.file} ${p.field}`);
    expect(files([a, b])).toEqual(['content/cases/b-new.md aliases[0]']);
    expect(files([b, a])).toEqual(files([a, b]));
    expect(files([owner, b, a]).sort()).toEqual([
      'content/cases/a-new.md aliases[0]',
      'content/cases/b-new.md aliases[0]',
    ]);
  });
  test('an old name that is the entry’s own name is an error (the page would redirect to itself)', () => {
    expect(findUrlClashes([entry('cases', 'x', { aliases: ['x'] })]).map((p) => p.field)).toEqual([
      'aliases[0]',
    ]);
  });
  test('the same id in two collections is no clash', () => {
    expect(findUrlClashes([entry('cases', 'a'), entry('duties', 'a')])).toEqual([]);
  });
});
