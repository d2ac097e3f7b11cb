/**
 * Monthly Party dues (党费) under 关于中国共产党党费收缴、使用和管理的规定 (content/sources/dangfei-guiding),
 * articles 1–6, as verified in docs/fact-checks/routines-process.md (“党费” table).
 *
 * The rate applies to the whole base, not bracket by bracket: 6000 元 × 1.5% = 90 元.
 * The articles say nothing about rounding the result, so it is computed exactly (in BigInt, to
 * 1/1000 fen) and shown as it is: 2345.67 元 × 0.5% = 11.72835 元. Do not add a rounding rule here
 * unless a verified article gives one.
 *
 * Pure: runs in Node (the worked table of /tools/dangfei/) and in the browser (the calculator).
 */

/** How a member's dues are set; the keys are stable (they are option values on the page). */
export type DuesCategoryKey =
  | 'salaried'
  | 'annual-salary'
  | 'self-employed'
  | 'retired'
  | 'farmer'
  | 'student'
  | 'unemployed'
  | 'relief'
  | 'subsistence';

export interface DuesCategory {
  readonly key: DuesCategoryKey;
  /** What readers pick from. */
  readonly label: string;
  /** What the base is (for categories paid as a share of income), in the regulation's terms. */
  readonly base?: string;
  /** Articles of the dues regulation that set this category's dues. */
  readonly articles: readonly string[];
}

/** The regulation every article below belongs to (a file name in content/sources/). */
export const DUES_SOURCE = 'dangfei-guiding';

export const duesCategories: readonly DuesCategory[] = [
  {
    key: 'salaried',
    label: '按月领取工资的在职党员',
    base: '工资总额中相对固定的、经常性的工资收入（税后）',
    articles: ['第一条', '第二条'],
  },
  {
    key: 'annual-salary',
    label: '实行年薪制的党员',
    base: '当月实际领取的薪酬收入',
    articles: ['第三条', '第二条'],
  },
  {
    key: 'self-employed',
    label: '不按月取得收入的个体经营者等党员',
    base: '本人上季度月平均纯收入',
    articles: ['第四条', '第二条'],
  },
  {
    key: 'retired',
    label: '离退休干部、职工中的党员',
    base: '实际领取的离退休费总额或养老金总额',
    articles: ['第五条'],
  },
  { key: 'farmer', label: '农民党员', articles: ['第六条'] },
  { key: 'student', label: '学生党员', articles: ['第六条'] },
  { key: 'unemployed', label: '下岗失业的党员', articles: ['第六条'] },
  { key: 'relief', label: '依靠抚恤或救济生活的党员', articles: ['第六条'] },
  { key: 'subsistence', label: '领取当地最低生活保障金的党员', articles: ['第六条'] },
];

/** One bracket: bases above `above` fen (exclusive) up to `upTo` fen (inclusive) pay `permille`‰. */
export interface DuesBracket {
  readonly above: number;
  readonly upTo: number | undefined;
  /** The rate in thousandths: 5 is 0.5%, 15 is 1.5%. */
  readonly permille: number;
  /** The bracket as the regulation words it. */
  readonly label: string;
}

/** Article 2: members paid monthly (and, by articles 3 and 4, annual-salary and self-employed members). */
export const salariedBrackets: readonly DuesBracket[] = [
  { above: 0, upTo: 300_000, permille: 5, label: '3000元以下（含3000元）' },
  { above: 300_000, upTo: 500_000, permille: 10, label: '3000元以上至5000元（含5000元）' },
  { above: 500_000, upTo: 1_000_000, permille: 15, label: '5000元以上至10000元（含10000元）' },
  { above: 1_000_000, upTo: undefined, permille: 20, label: '10000元以上' },
];

/** Article 5: retired members. */
export const retiredBrackets: readonly DuesBracket[] = [
  { above: 0, upTo: 500_000, permille: 5, label: '5000元以下（含5000元）' },
  { above: 500_000, upTo: undefined, permille: 10, label: '5000元以上' },
];

/** Article 6: fixed monthly amounts, in fen. */
const FARMER_RANGE = { min: 20, max: 100 } as const;
const FIXED_MINIMUM = 20;

export type DuesResult =
  | {
      readonly kind: 'rate';
      readonly category: DuesCategory;
      readonly bracket: DuesBracket;
      /** The base as entered, in yuan (“6000”, “2345.67”). */
      readonly base: string;
      /** The rate as a percentage (“1.5%”). */
      readonly rate: string;
      /** The exact monthly amount in yuan, without trailing zeros (“90”, “97.5”, “11.72835”). */
      readonly amount: string;
    }
  | { readonly kind: 'fixed'; readonly category: DuesCategory; readonly amount: string }
  | { readonly kind: 'range'; readonly category: DuesCategory; readonly min: string; readonly max: string };

export function duesCategory(key: string): DuesCategory | undefined {
  return duesCategories.find((c) => c.key === key);
}

/** Whether a category's dues depend on an income the reader has to enter. */
export function needsIncome(key: DuesCategoryKey): boolean {
  return duesCategory(key)?.base !== undefined;
}

/**
 * An amount of money typed by a reader, in fen: “6000”, “6000.5”, “6,000.00”, “６０００” (full-width
 * digits from a Chinese keyboard). Undefined when it is not a non-negative amount with at most two
 * decimals.
 */
export function parseYuan(text: string): bigint | undefined {
  const ascii = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '')
    .replace(/元$/, '');
  const match = /^(\d{1,12})(?:\.(\d{0,2}))?$/.exec(ascii);
  if (!match) return undefined;
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Yuan from an exact count of `1 / 10^scale` yuan, without trailing zeros: (9000000n, 5) → “90”. */
function formatYuan(units: bigint, scale: number): string {
  const digits = units.toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

function bracketFor(brackets: readonly DuesBracket[], fen: bigint): DuesBracket {
  return brackets.find((b) => b.upTo === undefined || fen <= BigInt(b.upTo))!;
}

/**
 * The monthly dues of a member of `category`. `base` (in fen, see parseYuan) is required for the
 * categories that pay a share of income and ignored for the others.
 */
export function computeDues(categoryKey: DuesCategoryKey, base?: bigint): DuesResult {
  const category = duesCategory(categoryKey);
  if (!category) throw new Error(`unknown dues category: ${categoryKey}`);
  if (categoryKey === 'farmer')
    return {
      kind: 'range',
      category,
      min: formatYuan(BigInt(FARMER_RANGE.min), 2),
      max: formatYuan(BigInt(FARMER_RANGE.max), 2),
    };
  if (!category.base) return { kind: 'fixed', category, amount: formatYuan(BigInt(FIXED_MINIMUM), 2) };
  if (base === undefined || base < 0n) throw new Error(`${categoryKey} needs a non-negative base`);
  const bracket = bracketFor(categoryKey === 'retired' ? retiredBrackets : salariedBrackets, base);
  return {
    kind: 'rate',
    category,
    bracket,
    base: formatYuan(base, 2),
    rate: `${formatYuan(BigInt(bracket.permille), 1)}%`,
    // fen × permille is in 1/1000 fen, that is 1/100000 yuan.
    amount: formatYuan(base * BigInt(bracket.permille), 5),
  };
}

/** The articles a result rests on, as readers write them: 第一条、第二条. */
export function articlesOf(result: DuesResult): string {
  return result.category.articles.join('、');
}

/** How the amount follows from the rule, in one Chinese sentence (the page's table and the calculator). */
export function explainDues(result: DuesResult): string {
  switch (result.kind) {
    case 'rate':
      return `${result.base}元在“${result.bracket.label}”一档，整笔按${result.rate}计算：${result.base}×${result.rate}＝${result.amount}元。`;
    case 'fixed':
      return `${result.category.label}每月交纳${result.amount}元。`;
    case 'range':
      return `${result.category.label}每月交纳${result.min}元至${result.max}元。`;
  }
}
