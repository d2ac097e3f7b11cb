/** Dates in the membership process (src/shared/membership-dates.ts). */
import { expect, test } from 'vitest';
import {
  addMonths,
  formatDay,
  membershipMilestones,
  parseDay,
  type CalendarDay,
} from '../../src/shared/membership-dates.ts';

const day = (text: string): CalendarDay => parseDay(text)!;
const plus = (from: string, months: number) => formatDay(addMonths(day(from), months));

test('a year ends on the same day next year: the site’s own example, 2025-07-01 → 2026-07-01', () => {
  expect(plus('2025-07-01', 12)).toBe('2026-07-01');
});

test('month ends: a period ending in a month without that day ends on its last day (民法典第二百零二条)', () => {
  expect(plus('2025-08-31', 12)).toBe('2026-08-31');
  expect(plus('2025-08-31', 6)).toBe('2026-02-28');
  expect(plus('2027-08-31', 6)).toBe('2028-02-29');
  expect(plus('2025-01-31', 1)).toBe('2025-02-28');
  expect(plus('2025-03-31', 1)).toBe('2025-04-30');
  expect(plus('2025-12-15', 1)).toBe('2026-01-15');
});

test('leap days: admitted on 29 February, the year ends on 28 February, or on 29 February four years on', () => {
  expect(plus('2024-02-29', 12)).toBe('2025-02-28');
  expect(plus('2024-02-29', 48)).toBe('2028-02-29');
  expect(plus('2023-02-28', 12)).toBe('2024-02-28');
});

test('only real calendar days are read', () => {
  expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  for (const bad of ['2025-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '', '2025-00-10'])
    expect(parseDay(bad)).toBeUndefined();
});

test('admitted 2025-08-31: dues from that day, probation ends 2026-08-31, an extension ends between 2027-02-28 and 2027-08-31', () => {
  const milestones = membershipMilestones({ admitted: day('2025-08-31') });
  const summary = milestones.map((m) => [
    m.title,
    m.day && formatDay(m.day),
    m.until && formatDay(m.until),
    m.rules.map((r) => `${r.source} ${r.article}`),
  ]);
  expect(summary).toEqual([
    ['开始交纳党费', '2025-08-31', undefined, ['dangfei-guiding 第八条']],
    [
      '预备期满；按期转正的，党龄从这一天算起',
      '2026-08-31',
      undefined,
      ['dangzhang 第七条', 'fazhan-dangyuan-xize 第三十二条', 'fazhan-dangyuan-xize 第三十四条'],
    ],
    [
      '如果延长预备期，延长期满的日子在这一段之内',
      '2027-02-28',
      '2027-08-31',
      ['dangzhang 第七条', 'fazhan-dangyuan-xize 第三十二条'],
    ],
  ]);
});

test('an application, an activist and a development object: the talk, the reviews and the one-year minimum', () => {
  const milestones = membershipMilestones({
    applied: day('2024-01-31'),
    activist: day('2024-03-10'),
    candidate: day('2025-03-10'),
  });
  expect(milestones.map((m) => [m.kind, m.day && formatDay(m.day)])).toEqual([
    ['deadline', '2024-02-29'],
    ['review', '2024-09-10'],
    ['earliest', '2025-03-10'],
    ['note', undefined],
  ]);
  expect(milestones[2]!.rules.map((r) => r.article)).toEqual(['第十一条', '第十三条']);
});

test('a development object listed before a full year, or admitted before being listed, is flagged', () => {
  const early = membershipMilestones({ activist: day('2024-03-10'), candidate: day('2025-03-09') });
  expect(early.filter((m) => m.kind === 'warning').map((m) => m.title)).toEqual([
    '列为发展对象时培养考察还不满一年',
  ]);
  const backwards = membershipMilestones({ candidate: day('2025-05-01'), admitted: day('2025-04-01') });
  expect(backwards.filter((m) => m.kind === 'warning').map((m) => m.title)).toEqual([
    '接收预备党员的日期早于列为发展对象的日期',
  ]);
});

test('no dates, no milestones', () => {
  expect(membershipMilestones({})).toEqual([]);
});
