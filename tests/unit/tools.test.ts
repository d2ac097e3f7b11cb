/**
 * The tools' place in the content model: the routines' `schedule` field, the queries the tool
 * pages use, and the registry's list of tools against the real content.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadContent, validateData } from '../../src/build/checks/content-check.ts';
import { branchSchedule, rulesCiting, scheduledRoutines } from '../../src/model/queries.ts';
import { tools, toolsServing } from '../../src/model/registry.ts';
import { scheduleIntervals } from '../../src/model/taxonomy.ts';
import { good } from '../support/helpers.ts';

const FILE = 'content/routines/test.md';
const problems = (data: unknown) =>
  validateData('routines', FILE, data).problems.map((p) => `${p.field}：${p.message}`);

test('a schedule is written in Chinese and stored by key', () => {
  const { data } = validateData('routines', FILE, {
    ...good.routines,
    schedule: { every: '每季度', label: ' 支部党员大会 ' },
  });
  expect(data?.schedule).toEqual({ every: 'quarter', label: '支部党员大会' });
  expect(validateData('routines', FILE, good.routines).data?.schedule).toBeUndefined();
});

test('a wrong schedule says what to write', () => {
  expect(problems({ ...good.routines, schedule: { every: '每周', label: '党小组会' } }))
    .toMatchInlineSnapshot(`
    [
      "schedule.every：「日历周期」的取值 “每周” 不在可选范围内。请改为以下之一：每月、每季度、每年",
    ]
  `);
  expect(problems({ ...good.routines, schedule: { every: '每月', title: '党小组会' } }))
    .toMatchInlineSnapshot(`
      [
        "schedule.label：缺少必填字段「日历事项」。请在 frontmatter 里补上，例如：党小组会",
        "schedule：未知字段：title。请检查拼写；本栏目可用的字段有：every、label、month",
      ]
    `);
});

const routine = (id: string, order: number, every?: string) => ({
  collection: 'routines',
  id,
  data: {
    order,
    frequency: `${id} 的频次`,
    updated: new Date(`2026-0${order}-01T00:00:00Z`),
    schedule: every ? { every, label: id } : undefined,
    rules: [
      { source: { collection: 'sources', id: 'zhibu-gongzuo-tiaoli' }, article: `第${order}条`, point: id },
    ],
  },
});

test('the calendar lists monthly, then quarterly, then yearly routines, and stamps the latest update', () => {
  const list = [
    routine('a', 1, 'year'),
    routine('b', 2),
    routine('c', 3, 'quarter'),
    routine('d', 4, 'month'),
  ];
  expect(scheduledRoutines(list, scheduleIntervals).map((r) => r.id)).toEqual(['d', 'c', 'a']);
  const schedule = branchSchedule(list, scheduleIntervals, new URL('https://zhinan.example.org/'));
  expect(schedule.stamp).toBe('2026-04-01');
  expect(schedule.domain).toBe('zhinan.example.org');
  expect(schedule.items[0]).toEqual({
    id: 'd',
    label: 'd',
    every: 'month',
    frequency: 'd 的频次',
    url: 'https://zhinan.example.org/routines/d/',
  });
});

test('a tool shows the rule its routines cite for each article, once, in the order asked', () => {
  const list = [routine('a', 1), routine('b', 2), routine('c', 1)];
  const found = rulesCiting(list, [
    { source: 'zhibu-gongzuo-tiaoli', article: '第2条' },
    { source: 'zhibu-gongzuo-tiaoli', article: '第1条' },
    { source: 'zhibu-gongzuo-tiaoli', article: '第1条' },
    { source: 'dangzhang', article: '第1条' },
  ]);
  expect(found.map((r) => r.point)).toEqual(['b', 'a']);
});

test('every tool serves routines that exist, and every routine a tool names links to it', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const { entries } = loadContent(path.join(root, 'content'), root);
  const routines = entries
    .filter((e) => e.collection === 'routines')
    .map((e) => ({ id: e.id, data: e.data as { schedule?: unknown } }));
  const scheduled = routines.filter((r) => r.data.schedule).map((r) => r.id);
  expect(scheduled.sort()).toEqual([
    'dangfei-shoujiao',
    'dangxiaozu-hui',
    'minzhu-pingyi-dangyuan',
    'tanxin-tanhua',
    'zhibu-dangyuan-dahui',
    'zhiwei-hui',
    'zhuti-dangri',
    'zuzhi-shenghuohui',
  ]);
  for (const t of tools) {
    const served = routines.filter((r) => toolsServing(r).includes(t)).map((r) => r.id);
    expect(served.sort(), t.title).toEqual(t.routines === 'scheduled' ? scheduled : [...t.routines].sort());
  }
});
