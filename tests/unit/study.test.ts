/** 我的学习 (src/shared/study.ts): the 错题本, read pages, bookmarks, ticks, and the export file. */
import { describe, expect, test } from 'vitest';
import {
  EXPORT_FORMAT,
  STUDY_KEY,
  emptyStudy,
  exportStudy,
  mergeStudy,
  parseExport,
  readStudy,
  recordAnswer,
  recordRead,
  setTicks,
  toggleBookmark,
  updateStudy,
} from '../../src/shared/study.ts';

const memory = () => {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => items.set(k, v),
    items,
  };
};
const q = {
  id: 'shengchan-mang',
  path: '/routines/dangxiaozu-hui/',
  title: '党小组会',
  question: '组长应该怎么做？',
};

describe('the 错题本', () => {
  test('a wrong answer goes in once; the right answer to the same question takes it out', () => {
    let data = recordAnswer(emptyStudy(), q, false);
    data = recordAnswer(data, q, false);
    expect(data.wrong).toEqual([q]);
    expect(recordAnswer(data, q, true).wrong).toEqual([]);
  });

  test('the same id on two pages is two questions', () => {
    const other = { ...q, path: '/competencies/zhengzhi-suzhi/' };
    expect(recordAnswer(recordAnswer(emptyStudy(), q, false), other, false).wrong).toHaveLength(2);
  });

  test('survives in storage, and unreadable storage reads as empty', () => {
    const storage = memory();
    updateStudy(storage, (d) => recordAnswer(d, q, false));
    expect(readStudy(storage).wrong).toEqual([q]);
    storage.setItem(STUDY_KEY, '{not json');
    expect(readStudy(storage)).toEqual(emptyStudy());
  });
});

test('pages read: the latest first, each once; bookmarks toggle; ticks per checklist', () => {
  const a = { path: '/a/', title: 'A' };
  const b = { path: '/b/', title: 'B' };
  expect(recordRead(recordRead(recordRead(emptyStudy(), a), b), a).read).toEqual([a, b]);
  const marked = toggleBookmark(emptyStudy(), a);
  expect(marked.bookmarks).toEqual([a]);
  expect(toggleBookmark(marked, a).bookmarks).toEqual([]);
  const ticked = setTicks(emptyStudy(), '/a/#jilu', [0, 2]);
  expect(ticked.checklists).toEqual({ '/a/#jilu': [0, 2] });
  expect(setTicks(ticked, '/a/#jilu', []).checklists).toEqual({});
});

describe('the export file', () => {
  const data = {
    ...emptyStudy(),
    wrong: [q],
    bookmarks: [{ path: '/a/', title: 'A' }],
    checklists: { '/a/#x': [1] },
  };

  test('holds its format, version and the records, and reads back the same', () => {
    const text = exportStudy(data);
    expect(JSON.parse(text)).toMatchObject({ format: EXPORT_FORMAT, version: 1 });
    expect(parseExport(text)).toEqual(data);
  });

  test('a file that is not ours says so in Chinese', () => {
    expect(() => parseExport('%PDF-1.7')).toThrow('这个文件不是本站导出的学习记录（无法读取）');
    expect(() => parseExport('{"wrong":[]}')).toThrow('这个文件不是本站导出的学习记录');
    expect(() => parseExport(JSON.stringify({ format: EXPORT_FORMAT, version: 2 }))).toThrow('更新版本');
  });

  test('hostile entries are dropped: links off the site, scripts, odd ids, huge tick numbers', () => {
    const hostile = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      wrong: [{ ...q, path: 'javascript:alert(1)' }, { ...q, id: '"><img src=x>' }, q],
      bookmarks: [
        { path: 'https://evil.example/', title: 'x' },
        { path: '/a/', title: 'A' },
        'not an object',
      ],
      read: { length: 1 },
      checklists: { '/a/#x': [1, -1, 1e9, 'a'], '//evil/#x': [1] },
    });
    expect(parseExport(hostile)).toEqual({
      wrong: [q],
      read: [],
      bookmarks: [{ path: '/a/', title: 'A' }],
      checklists: { '/a/#x': [1] },
    });
  });

  test('importing joins the records to what is already here', () => {
    const here = { ...emptyStudy(), bookmarks: [{ path: '/b/', title: 'B' }], checklists: { '/a/#x': [0] } };
    expect(mergeStudy(here, data)).toEqual({
      wrong: [q],
      read: [],
      bookmarks: [
        { path: '/a/', title: 'A' },
        { path: '/b/', title: 'B' },
      ],
      checklists: { '/a/#x': [0, 1] },
    });
  });
});
