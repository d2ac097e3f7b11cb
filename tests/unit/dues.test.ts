/**
 * The dues calculator (src/shared/dues.ts) against worked examples from stored public copies of the
 * rules, as recorded in docs/fact-checks/routines-process.md (“党费” table).
 */
import { expect, test } from 'vitest';
import {
  articlesOf,
  computeDues,
  explainDues,
  parseYuan,
  type DuesCategoryKey,
} from '../../src/shared/dues.ts';

const amountOf = (category: DuesCategoryKey, income: string) => {
  const result = computeDues(category, parseYuan(income));
  if (result.kind !== 'rate') throw new Error(`${category} is not paid as a share of income`);
  return { rate: result.rate, amount: result.amount };
};

test('public worked examples for salaried members: the whole income at its bracket rate', () => {
  // 6000 元 → 90 元: the site's own example (content/routines/dangfei-shoujiao.md); also
  // https://m.shuiqq.com/list/fanwenduanju/463.html (90 元 of dues ↔ 6000 元 at 1.5%).
  expect(amountOf('salaried', '6000')).toEqual({ rate: '1.5%', amount: '90' });
  // 5400 元 → 81 元 and 6300 元 → 94.5 元: http://www.fw12.cn/fan/wen/9846.html
  expect(amountOf('salaried', '5400')).toEqual({ rate: '1.5%', amount: '81' });
  expect(amountOf('salaried', '6300')).toEqual({ rate: '1.5%', amount: '94.5' });
  // 6500 元 → 97.5 元: https://m.lovfp.com/dongshi/rvahe/K4kLAMXNRZ
  expect(amountOf('salaried', '6500')).toEqual({ rate: '1.5%', amount: '97.5' });
});

test('a retired member with 5000 元 pays 0.5%: 25 元', () => {
  // http://www.ylsglaw.com/b/288555.html (退休费 5000 元交 25 元); article 5: 5000 元以下（含）0.5%.
  expect(amountOf('retired', '5000')).toEqual({ rate: '0.5%', amount: '25' });
  expect(amountOf('retired', '5000.01')).toEqual({ rate: '1%', amount: '50.0001' });
  expect(amountOf('retired', '6000')).toEqual({ rate: '1%', amount: '60' });
});

test('each salaried bracket includes its upper bound (article 2: 含3000元, 含5000元, 含10000元)', () => {
  expect(amountOf('salaried', '3000')).toEqual({ rate: '0.5%', amount: '15' });
  expect(amountOf('salaried', '3000.01')).toEqual({ rate: '1%', amount: '30.0001' });
  expect(amountOf('salaried', '5000')).toEqual({ rate: '1%', amount: '50' });
  expect(amountOf('salaried', '10000')).toEqual({ rate: '1.5%', amount: '150' });
  expect(amountOf('salaried', '12000')).toEqual({ rate: '2%', amount: '240' });
  expect(amountOf('salaried', '0')).toEqual({ rate: '0.5%', amount: '0' });
});

test('amounts are exact: no rounding rule is invented', () => {
  expect(amountOf('salaried', '2345.67')).toEqual({ rate: '0.5%', amount: '11.72835' });
  expect(amountOf('salaried', '123456789.99').amount).toBe('2469135.7998');
});

test('annual-salary and self-employed members use the salaried brackets (articles 3 and 4)', () => {
  const annual = computeDues('annual-salary', parseYuan('5000'));
  expect(annual).toMatchObject({ kind: 'rate', rate: '1%', amount: '50' });
  expect(annual.category.articles).toEqual(['第三条', '第二条']);
  expect(computeDues('self-employed', parseYuan('8000'))).toMatchObject({ rate: '1.5%', amount: '120' });
});

test('farmers pay 0.2 to 1 元; students and members without income 0.2 元 (article 6)', () => {
  expect(computeDues('farmer')).toMatchObject({ kind: 'range', min: '0.2', max: '1' });
  for (const key of ['student', 'unemployed', 'relief', 'subsistence'] as const) {
    const result = computeDues(key);
    expect(result).toMatchObject({ kind: 'fixed', amount: '0.2' });
    expect(result.category.articles).toEqual(['第六条']);
  }
});

test('incomes are read as a reader types them', () => {
  expect(parseYuan('6000')).toBe(600000n);
  expect(parseYuan(' 6,000.5 元')).toBe(600050n);
  expect(parseYuan('６０００')).toBe(600000n);
  expect(parseYuan('6000.')).toBe(600000n);
  for (const bad of ['', '-1', '6000.123', 'abc', '1e5', '.5']) expect(parseYuan(bad)).toBeUndefined();
});

test('each result explains itself with its bracket and articles', () => {
  const salaried = computeDues('salaried', parseYuan('6000'));
  expect(explainDues(salaried)).toBe(
    '6000元在“5000元以上至10000元（含10000元）”一档，整笔按1.5%计算：6000×1.5%＝90元。',
  );
  expect(articlesOf(salaried)).toBe('第一条、第二条');
  expect(explainDues(computeDues('farmer'))).toBe('农民党员每月交纳0.2元至1元。');
  expect(explainDues(computeDues('student'))).toBe('学生党员每月交纳0.2元。');
});
