/**
 * The branch's calendar for a year (支部工作日历) as an iCalendar file (RFC 5545) a phone calendar can
 * import. Its events come from the routines' `schedule` field (src/schemas/collections.ts): each
 * routine with a verified frequency says how often it recurs and what the event is called.
 *
 * Events are all-day and floating (DTSTART;VALUE=DATE, no time zone): a reminder on a day, the same
 * day wherever the phone is. A monthly routine recurs on the chosen day of every month, a quarterly
 * one on that day of the first month of each quarter, a yearly one on that day of January, or of the
 * month its routine names (组织生活会 is held “一般安排在第四季度”, so its reminder falls in October). The day
 * is 1–28 so that every month has it (RFC 5545 skips a recurrence on a day a month lacks).
 *
 * Pure: the build writes the file for the current year, the browser writes it for any year.
 */

/** The keys of `scheduleIntervals` in src/model/taxonomy.ts (which holds their Chinese labels). */
export type ScheduleEvery = 'month' | 'quarter' | 'year';

export interface ScheduledRoutine {
  /** The routine's id (its file name), used in the event's UID. */
  readonly id: string;
  /** The event's title: 党小组会. */
  readonly label: string;
  readonly every: ScheduleEvery;
  /** For a yearly routine: the month (1–12) its reminder falls in; January when not given. */
  readonly month?: number | undefined;
  /** The routine's own wording of its frequency: 一般每月召开1次. */
  readonly frequency: string;
  /** The routine page's absolute address. */
  readonly url: string;
}

export interface CalendarOptions {
  readonly year: number;
  /** Day of the month, 1–28. */
  readonly day: number;
  /** Host name for the events' UIDs (the site's): zhinan.example.org. */
  readonly domain: string;
  /** When the file's content was last changed, YYYY-MM-DD (DTSTAMP): the latest `updated` of the routines. */
  readonly stamp: string;
}

export const FIRST_DAY = 1;
export const LAST_DAY = 28;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

/** Months (1–12) in which a routine falls. */
function monthsOf(item: Pick<ScheduledRoutine, 'every' | 'month'>): readonly number[] {
  if (item.every === 'month') return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (item.every === 'quarter') return [1, 4, 7, 10];
  return [item.month ?? 1];
}

const RRULE: Record<ScheduleEvery, string | undefined> = {
  month: 'FREQ=MONTHLY;COUNT=12',
  quarter: 'FREQ=MONTHLY;INTERVAL=3;COUNT=4',
  year: undefined,
};

/** Why a year or day cannot make a calendar, in Chinese, or undefined when both are fine. */
export function calendarInputProblem(year: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return `年份请填${MIN_YEAR}到${MAX_YEAR}之间的整数。`;
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY)
    return `日子请选每月${FIRST_DAY}日到${LAST_DAY}日之间的一天（每个月都有这一天）。`;
  return undefined;
}

/** Every day in `year` on which `item` falls, as YYYY-MM-DD. */
export function occurrences(
  item: Pick<ScheduledRoutine, 'every' | 'month'>,
  year: number,
  day: number,
): string[] {
  return monthsOf(item).map((m) => `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
}

export function calendarFileName(year: number): string {
  return `zhibu-gongzuo-rili-${year}.ics`;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 character (§3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (isoDay: string) => isoDay.replaceAll('-', '');

/** The day after an ISO day (the exclusive end of an all-day event). */
function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The .ics text of a year of `items`, lines ending in CRLF. */
export function branchCalendar(items: readonly ScheduledRoutine[], options: CalendarOptions): string {
  const problem = calendarInputProblem(options.year, options.day);
  if (problem) throw new RangeError(problem);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//jiceng-dangzhibu-zhinan//zhibu-gongzuo-rili//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`支部工作日历 ${options.year}`)}`,
  ];
  for (const item of items) {
    const first = occurrences(item, options.year, options.day)[0]!;
    const rrule = RRULE[item.every];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.id}-${options.year}@${options.domain}`,
      `DTSTAMP:${compact(options.stamp)}T000000Z`,
      `DTSTART;VALUE=DATE:${compact(first)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(first))}`,
      ...(rrule ? [`RRULE:${rrule}`] : []),
      `SUMMARY:${escapeText(item.label)}`,
      `DESCRIPTION:${escapeText(`${item.frequency}。日历上的日子是提醒，实际日期由支部确定。\n${item.url}`)}`,
      `URL:${item.url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}
