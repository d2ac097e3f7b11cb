/**
 * Dates in the membership process (发展党员、转正) from the dates a reader enters. Every period here is
 * one verified in docs/fact-checks/routines-process.md, with its article:
 *
 * - 发展党员工作细则 第七条: talk with the applicant within one month of receiving the application;
 * - 细则 第十一条: the branch reviews an activist every half year;
 * - 细则 第十三条: an activist trained and observed for one year or more may be listed as a 发展对象;
 * - 党章 第七条, 细则 第三十二条: the probation (预备期) is one year from the day the branch meeting
 *   admits the member; an extension is at least half a year and at most one year, once;
 * - 党章 第七条, 细则 第三十四条: 党龄 counts from the day the probation ends and the member becomes full;
 * - 党费规定 第八条: a probationary member pays dues from the day of the branch meeting.
 *
 * No verified article sets a minimum time between becoming a 发展对象 and admission; the tool says so
 * rather than inventing one.
 *
 * The article numbers are those of the 2014 细则. A revised 细则 was issued in May 2026; only one full
 * copy of it has been found, so nothing here follows it yet. What it would change (numbers from the
 * old 第十九条 shift by one, a 公示 before listing a 发展对象, a one-month limit after 预审) is set out in
 * docs/fact-checks/routines-process.md, “2026年修订核对”.
 *
 * Counting months and years. The Party rules do not say how to count a period “of one year”. We
 * count as 民法典 第二百零一条、第二百零二条 do (verified in docs/fact-checks/tools.md): the first day
 * is not counted, and a period of months or years ends on the same day of the month in its last
 * month, or on that month's last day when it has no such day. So probation from 2025-07-01 ends on
 * 2026-07-01, which is the site's own example (content/routines/yubei-dangyuan-zhuanzheng.md), and:
 * - admitted 2025-08-31 → one year ends 2026-08-31; half a year later is 2027-02-28 (no 31 February);
 * - admitted 2024-02-29 → one year ends 2025-02-28 (2025 has no 29 February).
 *
 * Dates are ISO strings (YYYY-MM-DD) and plain calendar days: no time zone is involved anywhere.
 */

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A calendar day from YYYY-MM-DD (what <input type="date"> gives), or undefined if there is no such day. */
export function parseDay(text: string): CalendarDay | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day as readers write it: 2026年7月1日. */
export function chineseDay({ year, month, day }: CalendarDay): string {
  return `${year}年${month}月${day}日`;
}

export function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * The last day of a period of `months` months that starts on `from` (民法典第二百零二条): the same
 * day of the month, or the last day of the month when it has no such day.
 */
export function addMonths(from: CalendarDay, months: number): CalendarDay {
  const index = from.year * 12 + (from.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(from.day, daysIn(year, month)) };
}

/** The dates a reader knows; any of them may be missing. */
export interface MembershipInput {
  /** 递交入党申请书（党组织收到）的日期。 */
  readonly applied?: CalendarDay | undefined;
  /** 支委会确定为入党积极分子的日期。 */
  readonly activist?: CalendarDay | undefined;
  /** 支委会列为发展对象的日期。 */
  readonly candidate?: CalendarDay | undefined;
  /** 支部大会通过为预备党员的日期。 */
  readonly admitted?: CalendarDay | undefined;
}

/** A regulation and article, as in a routine's `rules` (source is a file name in content/sources/). */
export interface ArticleRef {
  readonly source: 'dangzhang' | 'fazhan-dangyuan-xize' | 'dangfei-guiding';
  readonly article: string;
}

export type MilestoneKind = 'deadline' | 'review' | 'earliest' | 'end' | 'range' | 'warning' | 'note';

export interface Milestone {
  readonly kind: MilestoneKind;
  /** What happens, in Chinese. */
  readonly title: string;
  /** The day (deadline, review, earliest, end) or the first day of a range. */
  readonly day?: CalendarDay;
  /** The last day of a range. */
  readonly until?: CalendarDay;
  /** One sentence on how the date follows from the rule. */
  readonly detail: string;
  readonly rules: readonly ArticleRef[];
}

const XIZE = (article: string): ArticleRef => ({ source: 'fazhan-dangyuan-xize', article });
const DANGZHANG = (article: string): ArticleRef => ({ source: 'dangzhang', article });

/** Every date that follows from the reader's dates, in the order of the process. */
export function membershipMilestones(input: MembershipInput): Milestone[] {
  const out: Milestone[] = [];
  const { applied, activist, candidate, admitted } = input;
  if (applied) {
    out.push({
      kind: 'deadline',
      title: '党组织派人同申请人谈话，最迟',
      day: addMonths(applied, 1),
      detail: '收到入党申请书后一个月内谈话。',
      rules: [XIZE('第七条')],
    });
  }
  if (activist) {
    out.push(
      {
        kind: 'review',
        title: '对入党积极分子的第一次考察',
        day: addMonths(activist, 6),
        detail: '党支部每半年考察一次入党积极分子，这一天满半年。',
        rules: [XIZE('第十一条')],
      },
      {
        kind: 'earliest',
        title: '培养考察满一年，可以讨论列为发展对象',
        day: addMonths(activist, 12),
        detail:
          '经过一年以上培养教育和考察、基本具备党员条件的，才能列为发展对象；这一天满一年，同时也是第二次考察的时间。',
        rules: [XIZE('第十一条'), XIZE('第十三条')],
      },
    );
    if (candidate && compareDays(candidate, addMonths(activist, 12)) < 0)
      out.push({
        kind: 'warning',
        title: '列为发展对象时培养考察还不满一年',
        day: candidate,
        detail: `确定为入党积极分子到列为发展对象，要经过一年以上培养考察；满一年是${chineseDay(addMonths(activist, 12))}。`,
        rules: [XIZE('第十三条')],
      });
  }
  if (candidate) {
    out.push({
      kind: 'note',
      title: '从发展对象到接收预备党员',
      detail:
        '本站核对过的条文没有规定这一段最短多久，但要先做完政治审查、短期集中培训（一般不少于3天或24个学时）和基层党委预审，才能提交支部大会讨论。',
      rules: [XIZE('第十六条'), XIZE('第十七条'), XIZE('第十九条')],
    });
    if (admitted && compareDays(admitted, candidate) < 0)
      out.push({
        kind: 'warning',
        title: '接收预备党员的日期早于列为发展对象的日期',
        day: admitted,
        detail: '请核对两个日期：先列为发展对象，再由支部大会讨论接收。',
        rules: [XIZE('第十九条'), XIZE('第二十条')],
      });
  }
  if (admitted) {
    const end = addMonths(admitted, 12);
    out.push(
      {
        kind: 'end',
        title: '开始交纳党费',
        day: admitted,
        detail: '预备党员从支部大会通过之日起交纳党费。',
        rules: [{ source: 'dangfei-guiding', article: '第八条' }],
      },
      {
        kind: 'end',
        title: '预备期满；按期转正的，党龄从这一天算起',
        day: end,
        detail:
          '预备期一年，从支部大会通过为预备党员之日算起；期满支部应及时讨论能否转正。党龄从预备期满转为正式党员之日算起，与开会、审批的日子无关。',
        rules: [DANGZHANG('第七条'), XIZE('第三十二条'), XIZE('第三十四条')],
      },
      {
        kind: 'range',
        title: '如果延长预备期，延长期满的日子在这一段之内',
        day: addMonths(end, 6),
        until: addMonths(end, 12),
        detail: '需要继续考察教育的，可以延长一次预备期，延长时间不少于半年，最长不超过一年。',
        rules: [DANGZHANG('第七条'), XIZE('第三十二条')],
      },
    );
  }
  return out;
}
