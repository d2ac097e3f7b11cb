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

/** A line of text: trimmed, never empty. */
export function text(label: string, example: string, { max }: { max?: number } = {}) {
  let s = z
    .string({ error: fieldError(label, '一段文字', example) })
    .trim()
    .min(1, { error: `「${label}」不能为空。请写上内容，例如：${example}` });
  if (max) s = s.max(max, { error: `「${label}」最多 ${max} 个字。请精简，把细节移到正文里。` });
  return s;
}

/** A list of text lines: each trimmed, duplicates dropped, at least `min` items. */
export function textList(label: string, example: string, { min = 1 }: { min?: number } = {}) {
  return z
    .array(text(`${label}中的一项`, example), {
      error: fieldError(label, '一个列表（每行以“- ”开头）', `\n  - ${example}`),
    })
    .transform((items) => [...new Set(items)])
    .refine((items) => items.length >= min, {
      error: `「${label}」至少要写 ${min} 项。请按“- 内容”的格式逐行列出。`,
    });
}

/** An optional list: absent means empty. */
export function optionalTextList(label: string, example: string) {
  return textList(label, example, { min: 0 }).default([]);
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

/** A calendar date written as YYYY-MM-DD (YAML may already have made it a Date). */
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
    return parsed;
  });
}

/** A required list of objects: a missing list and a wrong shape get different advice. */
export function objectList<T extends z.ZodType>(item: T, label: string, example: string) {
  return z
    .array(item, {
      error: (issue) =>
        issue.input === undefined
          ? `缺少必填字段「${label}」。请按这样补上：${example}`
          : `「${label}」应为一个列表，例如：${example}`,
    })
    .min(1, { error: `「${label}」至少要写一项，例如：${example}` });
}

/** File names become URLs, so ids are lower-case ASCII words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

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
    .transform((id): Ref => ({ collection, id }));
}

/** A reference that may point into several collections, written as `collection/id`. */
export function anyRef(collections: readonly string[], label: string, example: string) {
  const pattern = new RegExp(`^(${collections.join('|')})/([a-z0-9]+(?:-[a-z0-9]+)*)$`);
  return z
    .string({ error: fieldError(label, '“栏目/文件名”', example) })
    .trim()
    .transform((value, ctx): Ref => {
      const m = pattern.exec(value);
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
        ? `未知字段：${issue.keys.join('、')}。请检查拼写；本栏目可用的字段有：${knownFields}`
        : 'frontmatter 应为一组“字段: 值”。',
  });
}
