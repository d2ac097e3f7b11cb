/**
 * Field builders shared by every collection schema. Each one carries its Chinese label and an
 * example, so that a mistake in frontmatter reads as: what is wrong, and how to write it instead.
 */
import { z } from 'astro/zod';
import type { Term } from '../model/taxonomy.ts';

/** How a value looks in an error message: short, and quoted like the author wrote it. */
export function show(value: unknown): string {
  if (value === undefined) return '（空）';
  if (value === null) return '（空值 null）';
  if (typeof value === 'string') return `“${value.length > 40 ? value.slice(0, 40) + '…' : value}”`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? '（无效日期）' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return `一个列表（${value.length} 项）`;
  if (typeof value === 'object') return '一组键值';
  return String(value);
}

/** The error callback for a field: a missing value and a wrong type get different advice. */
export function fieldError(label: string, expected: string, example: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined
      ? `缺少必填字段「${label}」。请在 frontmatter 里补上，例如：${example}`
      : `「${label}」应为${expected}，现在是 ${show(issue.input)}。请改成这样：${example}`;
}

/**
 * Format characters (zero-width spaces and joiners, direction marks and overrides, the BOM): they
 * do not show, yet they make a term differ from the same term, break search, or reorder what a
 * line seems to say.
 */
const FORMAT_CHAR = /\p{Cf}/u;
/** Characters that show as blank without being whitespace (braille blank, Hangul fillers). */
const BLANK = /^[\s\p{Cf}\u115F\u1160\u2800\u3164\uFFA0]*$/u;

/** How a character is named in a message: U+200B. */
export const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * A date-like value (`title: 2026-01-01`) as the author wrote it. Astro reads frontmatter with
 * YAML's default schema, which makes it a Date, where `npm run check` (core schema) keeps the
 * text: both must accept or both reject, so a text field takes it back as text.
 */
function asWritten(value: unknown): unknown {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return value;
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** Default longest value of a text field, in characters: long text belongs in the body. */
export const TEXT_MAX = 200;

/**
 * A line of text: trimmed, never empty or blank, without invisible characters, and at most `max`
 * characters (every text field has a bound: a huge value would make a huge page).
 */
export function text(label: string, example: string, { max = TEXT_MAX }: { max?: number } = {}) {
  return z.preprocess(
    asWritten,
    z
      .string({ error: fieldError(label, '一段文字', example) })
      .trim()
      .min(1, { error: `「${label}」不能为空。请写上内容，例如：${example}` })
      .check((ctx) => {
        const value = ctx.value;
        if (!value) return; // reported by min(1)
        if (BLANK.test(value)) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `「${label}」只有看不见的字符（零宽空格、方向控制符之类），页面上会是空白。请写上内容，例如：${example}`,
          });
          return;
        }
        const hidden = FORMAT_CHAR.exec(value);
        if (hidden) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `「${label}」里有看不见的字符 ${codePoint(hidden[0])}（在第 ${[...value.slice(0, hidden.index)].length + 1} 个字处，常是从网页或聊天软件复制来的）。它让同样的字变成不同的字，搜索和术语链接会失效。请删去这个字符，或重新输入这段文字。`,
          });
        }
        const length = [...value].length;
        if (length > max) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message: `「${label}」最多 ${max} 个字，现在有 ${length} 个字。请精简，把细节移到正文里。`,
          });
        }
      }),
  );
}

/** Default longest list, in items. */
export const LIST_MAX = 20;

/** A list of text lines: each trimmed, duplicates dropped, at least `min` and at most `max` items. */
export function textList(
  label: string,
  example: string,
  { min = 1, max = LIST_MAX, itemMax = TEXT_MAX }: { min?: number; max?: number; itemMax?: number } = {},
) {
  return boundedList(
    z.array(text(`${label}中的一项`, example, { max: itemMax }), {
      error: fieldError(label, '一个列表（每行以“- ”开头）', `\n  - ${example}`),
    }),
    label,
    max,
  )
    .transform((items) => [...new Set(items)])
    .refine((items) => items.length >= min, {
      error: `「${label}」至少要写 ${min} 项。请按“- 内容”的格式逐行列出。`,
    });
}

/** A list schema with at most `max` items; the message says the limit and the count. */
export function boundedList<T extends z.ZodArray<z.ZodType>>(list: T, label: string, max = LIST_MAX) {
  return list.check((ctx) => {
    if (ctx.value.length > max) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `「${label}」最多 ${max} 项，现在有 ${ctx.value.length} 项。请只留最要紧的几项，其余写进正文。`,
      });
    }
  });
}

/** An optional list: absent means empty. */
export function optionalTextList(
  label: string,
  example: string,
  options: { max?: number; itemMax?: number } = {},
) {
  return textList(label, example, { ...options, min: 0 }).default([]);
}

/**
 * One value of a taxonomy. Authors may write the Chinese label (政治素质) or the key (political);
 * the schema stores the key.
 */
export function oneOf<const T extends readonly Term[]>(terms: T, label: string) {
  const allowed = terms.map((t) => t.label).join('、');
  return z
    .string({ error: fieldError(label, `以下之一：${allowed}`, terms[0]!.label) })
    .trim()
    .transform((value, ctx): T[number]['key'] => {
      const term = terms.find((t) => t.label === value || t.key === value);
      if (term) return term.key;
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `「${label}」的取值 ${show(value)} 不在可选范围内。请改为以下之一：${allowed}`,
      });
      return z.NEVER;
    });
}

/** A whole number within a range. */
export function integer(label: string, example: string, min: number, max: number) {
  return z
    .number({ error: fieldError(label, '一个整数', example) })
    .int({ error: `「${label}」应为整数，例如：${example}` })
    .min(min, { error: `「${label}」不能小于 ${min}。` })
    .max(max, { error: `「${label}」不能大于 ${max}。` });
}

/** How far past the build date a date may be: an author ahead of the build machine's time zone is not wrong. */
export const FUTURE_MARGIN_DAYS = 3;

/** A calendar date written as YYYY-MM-DD (YAML may already have made it a Date), not in the future. */
export function date(label: string) {
  return z.unknown().transform((value, ctx): Date => {
    if (value === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `缺少必填字段「${label}」。请按“年-月-日”写上，例如：2026-11-22`,
      });
      return z.NEVER;
    }
    const parsed =
      value instanceof Date
        ? value
        : typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
          ? new Date(`${value.trim()}T00:00:00Z`)
          : undefined;
    const valid =
      parsed &&
      !Number.isNaN(parsed.getTime()) &&
      (typeof value !== 'string' || parsed.toISOString().startsWith(value.trim()));
    if (!valid) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `「${label}」不是有效日期：${show(value)}。请按“年-月-日”书写，例如：2026-11-22`,
      });
      return z.NEVER;
    }
    if (parsed.getTime() > Date.now() + FUTURE_MARGIN_DAYS * 86_400_000) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `「${label}」${parsed.toISOString().slice(0, 10)} 还没到（晚于今天 ${FUTURE_MARGIN_DAYS} 天以上），页面会显示一个将来的日期。请写实际的日期，例如今天。`,
      });
      return z.NEVER;
    }
    return parsed;
  });
}

/** A required list of objects: a missing list and a wrong shape get different advice. */
export function objectList<T extends z.ZodType>(item: T, label: string, example: string, max = LIST_MAX) {
  return boundedList(
    z
      .array(item, {
        error: (issue) =>
          issue.input === undefined
            ? `缺少必填字段「${label}」。请按这样补上：${example}`
            : `「${label}」应为一个列表，例如：${example}`,
      })
      .min(1, { error: `「${label}」至少要写一项，例如：${example}` }),
    label,
    max,
  );
}

/** File names become URLs, so ids are lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest file name (and so address) in characters. */
export const ID_MAX = 80;

export interface Ref {
  collection: string;
  id: string;
}

/**
 * A reference to one entry of a known collection, written as its file name without extension.
 * The schema checks the spelling; whether the entry exists is checked once all entries are
 * loaded (src/build/checks/integrity.ts), because Astro's own reference() only logs a warning.
 */
export function ref(collection: string, label: string, example: string) {
  return z
    .string({ error: fieldError(label, `${collection} 栏目里一个条目的文件名（不带扩展名）`, example) })
    .trim()
    .regex(ID_PATTERN, {
      error: `「${label}」应为文件名（小写字母、数字和连字符，不带扩展名），例如：${example}`,
    })
    .max(ID_MAX, { error: `「${label}」最多 ${ID_MAX} 个字符。` })
    .transform((id): Ref => ({ collection, id }));
}

/** A reference that may point into several collections, written as `collection/id`. */
export function anyRef(collections: readonly string[], label: string, example: string) {
  const pattern = new RegExp(`^(${collections.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)$`);
  return z
    .string({ error: fieldError(label, '“栏目/文件名”', example) })
    .trim()
    .transform((value, ctx): Ref => {
      const m = value.length <= ID_MAX + 20 ? pattern.exec(value) : null;
      if (m) return { collection: m[1]!, id: m[2]! };
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `「${label}」${show(value)} 写法不对。应写成“栏目/文件名”，栏目可选 ${collections.join('、')}，例如：${example}`,
      });
      return z.NEVER;
    });
}

/** Object schema that rejects unknown fields, so a misspelt field name is reported, not dropped. */
export function entry<S extends z.core.$ZodLooseShape>(shape: S, knownFields: string) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `未知字段：${issue.keys.map((k) => (k.length > 40 ? `${k.slice(0, 40)}…` : k)).join('、')}。请检查拼写；本栏目可用的字段有：${knownFields}`
        : 'frontmatter 应为一组“字段: 值”。',
  });
}
