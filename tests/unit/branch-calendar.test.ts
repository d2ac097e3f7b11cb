/**
 * The branch calendar (src/shared/branch-calendar.ts), read back with a real iCalendar parser
 * (ical.js, which follows RFC 5545) and its recurrence expansion.
 */
import ICAL from 'ical.js';
import { expect, test } from 'vitest';
import {
  branchCalendar,
  calendarInputProblem,
  occurrences,
  type ScheduledRoutine,
} from '../../src/shared/branch-calendar.ts';

const items: ScheduledRoutine[] = [
  {
    id: 'dangxiaozu-hui',
    label: '党小组会',
    every: 'month',
    frequency: '一般每月召开1次',
    url: 'https://zhinan.example.org/routines/dangxiaozu-hui/',
  },
  {
    id: 'zhibu-dangyuan-dahui',
    label: '支部党员大会',
    every: 'quarter',
    frequency: '一般每季度召开1次，需要时可以增加',
    url: 'https://zhinan.example.org/routines/zhibu-dangyuan-dahui/',
  },
  {
    id: 'tanxin-tanhua',
    label: '谈心谈话：排出本年安排，支委之间、支委和党员之间、党员和党员之间每年一般不少于1次',
    every: 'year',
    frequency: '经常开展；每年一般不少于1次',
    url: 'https://zhinan.example.org/routines/tanxin-tanhua/',
  },
];
const options = { year: 2027, day: 10, domain: 'zhinan.example.org', stamp: '2026-12-04' };

/** Every day an event falls on, as ical.js expands it. */
function expand(event: ICAL.Event): string[] {
  const days: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && days.length < 50; next = it.next()) days.push(next.toString());
  return days;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

test('a real iCalendar parser reads the year: monthly, quarterly and yearly events on the chosen day', () => {
  const text = branchCalendar(items, options);
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const events = parse(text);
  expect(events.map((e) => e.summary)).toEqual(items.map((i) => i.label));
  expect(events.map((e) => e.uid)).toEqual([
    'dangxiaozu-hui-2027@zhinan.example.org',
    'zhibu-dangyuan-dahui-2027@zhinan.example.org',
    'tanxin-tanhua-2027@zhinan.example.org',
  ]);
  const [monthly, quarterly, yearly] = events as [ICAL.Event, ICAL.Event, ICAL.Event];
  expect(monthly.startDate.isDate).toBe(true);
  expect(expand(monthly)).toEqual(occurrences(items[0]!, 2027, 10));
  expect(expand(quarterly)).toEqual(['2027-01-10', '2027-04-10', '2027-07-10', '2027-10-10']);
  expect(expand(yearly)).toEqual(['2027-01-10']);
  expect(monthly.description).toBe(
    '一般每月召开1次。日历上的日子是提醒，实际日期由支部确定。\nhttps://zhinan.example.org/routines/dangxiaozu-hui/',
  );
  expect(quarterly.description).toContain('一般每季度召开1次，需要时可以增加');
});

test('a yearly routine that names its month recurs in that month', () => {
  const review = { ...items[2]!, id: 'zuzhi-shenghuohui', label: '组织生活会', month: 10 };
  expect(occurrences(review, 2027, 10)).toEqual(['2027-10-10']);
  const [event] = parse(branchCalendar([review], options));
  expect(expand(event!)).toEqual(['2027-10-10']);
});

test('the file is RFC 5545 text: CRLF lines of at most 75 octets, folded between characters', () => {
  const text = branchCalendar(items, options);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  const lines = text.split('\r\n');
  for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  // The long title was folded, and it unfolds to itself: no character was cut in two.
  expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  expect(text).not.toContain('\uFFFD');
  expect(parse(text)[2]!.summary).toBe(items[2]!.label);
});

test('commas, semicolons and backslashes in text are escaped', () => {
  const text = branchCalendar([{ ...items[0]!, label: '会议;学习,讨论\\记录' }], options);
  expect(text).toContain('SUMMARY:会议\\;学习\\,讨论\\\\记录');
  expect(parse(text)[0]!.summary).toBe('会议;学习,讨论\\记录');
});

test('the same input gives the same file (the build writes it; reproducible builds)', () => {
  expect(branchCalendar(items, options)).toBe(branchCalendar(items, options));
  expect(branchCalendar(items, options)).toContain('DTSTAMP:20261204T000000Z');
});

test('days every month has and plausible years only', () => {
  expect(calendarInputProblem(2027, 28)).toBeUndefined();
  expect(calendarInputProblem(2027, 29)).toBe('日子请选每月1日到28日之间的一天（每个月都有这一天）。');
  expect(calendarInputProblem(2027, 0)).toMatch(/^日子/);
  expect(calendarInputProblem(1999, 1)).toBe('年份请填2000到2099之间的整数。');
  expect(() => branchCalendar(items, { ...options, day: 31 })).toThrow(RangeError);
});
