import { describe, expect, test } from 'vitest';
import { validateData } from '../../src/build/checks/content-check.ts';
import type { CollectionName } from '../../src/schemas/collections.ts';
import { good, REQUIRED_FIELDS, without } from '../support/helpers.ts';

const FILE = 'content/x/test.md';

function problems(collection: CollectionName, data: unknown) {
  return validateData(collection, FILE, data).problems.map((p) => `${p.field}：${p.message}`);
}

describe('every collection accepts a good entry', () => {
  for (const collection of Object.keys(good) as CollectionName[]) {
    test(`${collection} accepts a good entry`, () => {
      expect(problems(collection, good[collection])).toEqual([]);
    });
  }
});

describe('required fields', () => {
  for (const [collection, fields] of Object.entries(REQUIRED_FIELDS) as [CollectionName, string[]][]) {
    for (const field of fields) {
      test(`${collection} without ${field} is rejected, naming the field`, () => {
        const found = problems(collection, without(good[collection], field as never));
        expect(found.length).toBeGreaterThan(0);
        expect(found[0]).toMatch(new RegExp(`^${field}：`));
        expect(found[0]).toMatch(/缺少必填字段「.+」|至少/);
      });
    }
  }
});

describe('messages say what is wrong and how to fix it', () => {
  test('an empty title', () => {
    expect(problems('competencies', { ...good.competencies, title: '  ' })).toMatchInlineSnapshot(`
      [
        "title：「标题」不能为空。请写上内容，例如：支部书记的政治素质",
      ]
    `);
  });
  test('a title of the wrong type', () => {
    expect(problems('competencies', { ...good.competencies, title: 42 })).toMatchInlineSnapshot(`
      [
        "title：「标题」应为一段文字，现在是 42。请改成这样：支部书记的政治素质",
      ]
    `);
  });
  test('an unknown category lists the allowed ones', () => {
    expect(problems('competencies', { ...good.competencies, category: '业务素质' })).toMatchInlineSnapshot(`
      [
        "category：「分类」的取值 “业务素质” 不在可选范围内。请改为以下之一：角色与职责、政治素质、文化知识素质、能力素质、专业技术知识、心理素质、意识与作风、工作方法",
      ]
    `);
  });
  test('a calendar month only for a yearly routine', () => {
    const schedule = { every: '每月', label: '党小组会', month: 10 };
    expect(problems('routines', { ...good.routines, schedule })).toMatchInlineSnapshot(`
      [
        "schedule.month：「日历月份」只用于每年一次的事项（every: 每年）；每月、每季度的事项请删去 month。",
      ]
    `);
    const yearly = { every: '每年', label: '组织生活会', month: 10 };
    expect(problems('routines', { ...good.routines, schedule: yearly })).toEqual([]);
    expect(problems('routines', { ...good.routines, schedule: { ...yearly, month: 13 } }))
      .toMatchInlineSnapshot(`
      [
        "schedule.month：「日历月份」不能大于 12。",
      ]
    `);
  });
  test('the key of a category is accepted and stored as the key', () => {
    const { data } = validateData('competencies', FILE, { ...good.competencies, category: 'political' });
    expect(data?.category).toBe('political');
    const fromLabel = validateData('competencies', FILE, good.competencies).data;
    expect(fromLabel?.category).toBe('political');
  });
  test('a date that is not one', () => {
    expect(problems('cases', { ...good.cases, updated: '2026-13-45' })).toMatchInlineSnapshot(`
      [
        "updated：「更新日期」不是有效日期：“2026-13-45”。请按“年-月-日”书写，例如：2026-11-22",
      ]
    `);
  });
  test('a misspelt field name', () => {
    expect(problems('duties', { ...good.duties, sumary: 'x' })).toMatchInlineSnapshot(`
      [
        "frontmatter：未知字段：sumary。请检查拼写；本栏目可用的字段有：title、summary、sources、related、rules、keywords、order、updated、draft、aliases、who、duties",
      ]
    `);
  });
  test('a related item without its collection', () => {
    expect(problems('cases', { ...good.cases, related: ['dangyuan-fensan'] })).toMatchInlineSnapshot(`
      [
        "related[0]：「相关条目」“dangyuan-fensan” 写法不对。应写成“栏目/文件名”，栏目可选 routines、competencies、duties、cases、lessons，例如：cases/dangyuan-fensan",
      ]
    `);
  });
  test('a source id with capitals or an extension', () => {
    expect(problems('glossary', { ...good.glossary, sources: ['Hege.md'] })).toMatchInlineSnapshot(`
      [
        "sources[0]：「来源」应为文件名（小写字母、数字和连字符，不带扩展名），例如：huodian-zhibu-jingyan",
      ]
    `);
  });
  test('an unknown problem category names its place in the list', () => {
    const data = { ...good.cases, problems: [{ category: '安全', text: '事故多' }] };
    expect(problems('cases', data)).toMatchInlineSnapshot(`
      [
        "problems[0].category：「问题类别」的取值 “安全” 不在可选范围内。请改为以下之一：思想认识、组织生活、党员教育管理、群众工作、党建与业务融合、考核激励、队伍建设、工作创新、作风",
      ]
    `);
  });
  test('agenda minutes that do not add up to the duration', () => {
    expect(problems('lessons', { ...good.lessons, duration: 45 })).toMatchInlineSnapshot(`
      [
        "duration：「时长（分钟）」是 45，但议程各环节合计 30 分钟。请让两者一致。",
      ]
    `);
  });
  test('a list written as a single line', () => {
    expect(problems('competencies', { ...good.competencies, keyPoints: '立场坚定' })).toMatchInlineSnapshot(`
      [
        "keyPoints：「要点」应为一个列表（每行以“- ”开头），现在是 “立场坚定”。请改成这样：
        - 把党的路线方针政策讲清楚、落下去",
      ]
    `);
  });
  test('draft must be true or false', () => {
    expect(problems('competencies', { ...good.competencies, draft: 'yes' })).toMatchInlineSnapshot(`
      [
        "draft：「草稿」只能写 true 或 false。",
      ]
    `);
  });
});

describe('normalisation lives in the schema', () => {
  test('text is trimmed and list duplicates dropped', () => {
    const { data } = validateData('competencies', FILE, {
      ...good.competencies,
      title: '  政治素质 ',
      keyPoints: ['立场坚定', '立场坚定 ', '作风正派'],
    });
    expect(data?.title).toBe('政治素质');
    expect(data?.keyPoints).toEqual(['立场坚定', '作风正派']);
  });
  test('optional fields get their defaults', () => {
    const { data } = validateData('competencies', FILE, good.competencies);
    expect(data).toMatchObject({ draft: false, order: 100, related: [], keywords: [] });
  });
  test('references become collection and id', () => {
    const { data } = validateData('cases', FILE, { ...good.cases, related: ['duties/dangxiaozu-huafen'] });
    expect(data?.related).toEqual([{ collection: 'duties', id: 'dangxiaozu-huafen' }]);
    expect(data?.sources).toEqual([{ collection: 'sources', id: 'huodian-zhibu-jingyan' }]);
  });
});
