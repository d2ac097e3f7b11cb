/**
 * Reads the content folder straight from disk and validates it with the same schemas the build
 * uses, without starting Astro: the fast path behind `npm run check` and the content tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { schemas, type CollectionName } from '../../schemas/collections.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { oldIdsOf } from '../../model/registry.ts';
import { mdxComponents } from '../../components/mdx/index.ts';
import { checkBody, parseBody, sitePages, type ParsedBody } from './body-checks.ts';
import { checkComponents } from './component-checks.ts';
import { crossEntryProblems, type CheckedEntry, type Problem } from './integrity.ts';

const PAGE_EXTENSIONS = ['.md', '.mdx'];
const DATA_EXTENSIONS = ['.yaml', '.yml'];

export function isCollection(name: string): name is CollectionName {
  return Object.hasOwn(schemas, name);
}

/** `problems[0].category` from zod's `['problems', 0, 'category']`. */
export function fieldPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

interface Parsed {
  data: unknown;
  body: string;
  /** The frontmatter's YAML as written, between the two `---` lines. */
  front: string;
}

/**
 * Splits `---` frontmatter from the body and parses it as YAML. Dates stay text (the core schema,
 * no YAML timestamps), so the schema sees 2026-02-30 as written instead of a silently rolled-over
 * 2 March.
 */
export function parseFrontmatter(text: string, file: string): Parsed | Problem {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!source.startsWith('---\n')) {
    return {
      file,
      field: '第 1 行',
      message: '文件应以一行“---”开头，接着写 frontmatter 字段，再以一行“---”结束。',
    };
  }
  const end = source.indexOf('\n---', 3);
  const closing = end >= 0 ? source.slice(end + 4).match(/^[ \t]*(\n|$)/) : null;
  if (end < 0 || !closing) {
    return {
      file,
      field: '第 1 行',
      message: 'frontmatter 没有结束：在最后一个字段之后加一行“---”，正文写在它下面。',
    };
  }
  const front = source.slice(4, end + 1);
  try {
    return { data: yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}, body: source.slice(end + 4), front };
  } catch (error) {
    return yamlProblem(error, front, file, 1, 'frontmatter ');
  }
}

/** A data file (a source): the whole file is YAML, parsed as frontmatter is. */
export function parseDataFile(text: string, file: string): { data: unknown } | Problem {
  try {
    return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    return yamlProblem(error, text, file, 0);
  }
}

/** js-yaml's reasons for the mistakes authors make, in Chinese, with what to do. */
const YAML_REASONS: [RegExp, string][] = [
  [/^duplicated mapping key/, '同一个字段写了两次。请删去其中一个，或把两处内容合并'],
  [
    /^tab characters must not be used/,
    '行首用了 Tab 键缩进。YAML 只能用空格缩进：请把行首的 Tab 换成两个空格',
  ],
  [
    /^bad indentation of a mapping entry/,
    '缩进不齐，或值里有英文冒号加空格却没加引号。同一层的字段要左端对齐；值里有“: ”时请给整个值加上引号',
  ],
  [/^bad indentation of a sequence entry/, '列表项缩进不齐。同一列表的“- ”要左端对齐'],
  [/^deficient indentation/, '缩进不够。下一层的内容要比上一层多缩进两个空格'],
  [
    /within a double quoted scalar/,
    '双引号没有闭合：以 " 开头的值要以 " 结尾。请补上结束的引号（值里要写引号时用中文引号“”）',
  ],
  [
    /within a single quoted scalar/,
    "单引号没有闭合：以 ' 开头的值要以 ' 结尾。请补上结束的引号（值里要写引号时用中文引号“”）",
  ],
  [
    /^missed comma between flow collection entries|within a flow collection/,
    '方括号 [ ] 或花括号 { } 没有成对，或其中各项没有用英文逗号分隔。请改成每行一项的“- ”列表',
  ],
  [/^unidentified alias|^name of an alias node/, '值以“*”开头，YAML 会把它当成引用。请给整个值加上引号'],
  [/^unknown tag/, '值以“!”开头，YAML 会把它当成类型标签。请给整个值加上引号'],
  [
    /^the stream contains non-printable characters/,
    '文件里有看不见的控制字符。请删去这一行里的特殊字符后重新输入',
  ],
  [/^nesting exceeded maxDepth/, '方括号或缩进嵌套太深。请把内容写成一层的“字段: 值”或“- ”列表'],
  [
    /^can not read a block mapping entry|^can not read an implicit mapping pair|^end of the stream or a document separator/,
    '这一行不是“字段: 值”的写法。常见原因：冒号后少了空格、上一行的引号没闭合、缩进不齐',
  ],
];

/**
 * A YAML error as a problem: the line and column where the parser stopped (counted in the file,
 * `firstLine` being the file line of the YAML's first line) and the reason in Chinese.
 */
export function yamlProblem(
  error: unknown,
  yamlText: string,
  file: string,
  lineOffset: number,
  what = '',
): Problem {
  const e = error as Partial<yaml.YAMLException>;
  const reason = String(e.reason ?? (error as Error)?.message ?? error);
  let line = e.mark?.line ?? 0;
  let column = e.mark?.column ?? 0;
  if (/quoted scalar$/.test(reason)) {
    // The parser stops at the end of the text; point at the line where the quote was opened.
    const quote = reason.includes('double') ? '"' : "'";
    const lines = yamlText.split('\n');
    const open = lines.findIndex((l) => {
      const value = /^\s*(?:-\s+|[^:#]+:\s+)(.*)$/.exec(l)?.[1] ?? '';
      return value.startsWith(quote) && (value.length < 2 || !value.trimEnd().endsWith(quote));
    });
    if (open >= 0) [line, column] = [open, lines[open]!.indexOf(quote)];
  }
  const known = YAML_REASONS.find(([pattern]) => pattern.test(reason));
  return {
    file,
    field: `第 ${line + lineOffset + 1} 行第 ${column + 1} 列`,
    message: known
      ? `${what}YAML 写法有误：${known[1]}。`
      : `${what}不是有效的 YAML（${reason}）。常见原因：值里有英文冒号加空格却没加引号、方括号或引号不成对、缩进不齐、列表项前少了“- ”。`,
  };
}

/** Runs one collection's schema; problems carry the file and field. */
export function validateData(
  collection: CollectionName,
  file: string,
  data: unknown,
): { data?: Record<string, unknown>; problems: Problem[] } {
  const result = schemas[collection].safeParse(data);
  if (result.success) return { data: result.data as Record<string, unknown>, problems: [] };
  return {
    problems: result.error.issues.map((issue) => ({
      file,
      field: fieldPath(issue.path) || 'frontmatter',
      message: issue.message,
    })),
  };
}

export interface LoadResult {
  entries: CheckedEntry[];
  problems: Problem[];
}

function readUtf8(file: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
  } catch {
    return undefined;
  }
}

/** A file the check could not finish: still named, with what to look at. */
function unexpected(file: string, error: unknown): Problem {
  return {
    file,
    field: '文件',
    message: `检查这个文件时出错（${String((error as Error)?.message ?? error).slice(0, 200)}）。请确认它是普通的文本文件（不是快捷方式或链接），再对照 content/README.md 检查写法；仍有问题请告诉维护者。`,
  };
}

/** Loads and checks every entry under `contentDir` (one folder per collection). */
export function loadContent(contentDir: string, projectDir = path.dirname(contentDir)): LoadResult {
  const entries: CheckedEntry[] = [];
  const drafts: CheckedEntry[] = [];
  const problems: Problem[] = [];
  const bodies: ParsedBody[] = [];
  const invalid: CheckedEntry[] = [];
  const known = Object.keys(schemas).join('、');
  for (const dirent of fs.readdirSync(contentDir, { withFileTypes: true })) {
    if (!dirent.isDirectory()) continue;
    const collection = dirent.name;
    const dir = path.join(contentDir, collection);
    if (!isCollection(collection)) {
      problems.push({
        file: path.relative(projectDir, dir),
        field: '文件夹',
        message: `没有名为“${collection}”的栏目，里面的文件不会发布。请移到这些文件夹之一：${known}`,
      });
      continue;
    }
    const allowed = collection === 'sources' ? DATA_EXTENSIONS : PAGE_EXTENSIONS;
    const checkFile = (name: string) => {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) return;
      const file = path.relative(projectDir, full);
      const ext = path.extname(name);
      const id = path.basename(name, ext);
      // Addresses come from file names alone (/cases/<id>/): a subfolder would give an id with a
      // slash in it, which Astro's page routes cannot build (`Missing parameter: id`).
      if (path.dirname(name) !== '.') {
        problems.push({
          file,
          field: '文件夹',
          message: `栏目文件夹里不能再建子文件夹（这里是 ${path.dirname(name).split(path.sep).join('/')}/）：网址只由文件名决定。请把文件直接放在 content/${collection}/ 下，图片放在 public/images/ 下。`,
        });
        return;
      }
      if (!allowed.includes(ext)) {
        problems.push({
          file,
          field: '文件名',
          message: `“${collection}”栏目只收 ${allowed.join('、')} 文件。请改扩展名，或把文件移出 content/。`,
        });
        return;
      }
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: '文件名',
          message: `文件名就是网址，只能用小写字母、数字和连字符，例如 dangyuan-fensan${ext}。请重命名。`,
        });
        return;
      }
      // Until it parses and validates, a file counts as existing, with no data of its own.
      const stub: CheckedEntry = { collection, id, filePath: file, data: {} };
      const text = readUtf8(full);
      if (text === undefined) {
        problems.push({
          file,
          field: '编码',
          message: '文件不是 UTF-8 编码。请在编辑器里用“UTF-8”另存一次（不要用 GBK）。',
        });
        invalid.push(stub);
        return;
      }
      let raw: unknown;
      let body: { text: string; line: number } | undefined;
      if (collection === 'sources') {
        const parsed = parseDataFile(text, file);
        if ('message' in parsed) {
          problems.push(parsed);
          invalid.push(stub);
          return;
        }
        raw = parsed.data;
      } else {
        const parsed = parseFrontmatter(text, file);
        if ('message' in parsed) {
          problems.push(parsed);
          invalid.push(stub);
          return;
        }
        raw = parsed.data;
        // The body starts on the line of the closing `---`.
        body = { text: parsed.body, line: text.split('\n').length - parsed.body.split('\n').length + 1 };
      }
      const checked = validateData(collection, file, raw);
      problems.push(...checked.problems);
      if (!checked.data) {
        invalid.push(stub);
        return;
      }
      const entry = { collection, id, filePath: file, data: checked.data };
      (checked.data.draft === true ? drafts : entries).push(entry);
      if (body) {
        const result = parseBody(entry, body.text, body.line);
        problems.push(...result.problems);
        bodies.push(result.parsed);
      } else bodies.push({ entry, firstLine: 1 });
    };
    for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
      // Whatever a file holds, the check ends with a report, not a stack trace: an unexpected
      // failure on one file (a dangling link, a file the parsers choke on) is that file's problem.
      try {
        checkFile(name);
      } catch (error) {
        problems.push(unexpected(path.relative(projectDir, path.join(dir, name)), error));
      }
    }
  }
  const publishedSet = new Set(entries);
  const published = bodies.filter((b) => publishedSet.has(b.entry));
  const pages = sitePages(published);
  for (const e of invalid) if (e.collection !== 'sources') pages.set(`/${e.collection}/${e.id}/`, undefined);
  const sources = new Map<string, string | undefined>();
  for (const e of [...entries, ...invalid])
    if (e.collection === 'sources') sources.set(e.id, e.data.kind as string);
  for (const b of bodies) {
    try {
      problems.push(...checkBody(b, pages, mdxComponents, projectDir));
      problems.push(...checkComponents(b, { pages, sources }));
    } catch (error) {
      problems.push(unexpected(b.entry.filePath, error));
    }
  }
  // A file with problems of its own still exists: references to it are not reported as missing.
  problems.push(...crossEntryProblems(entries, drafts, invalid));
  return { entries, problems };
}

/**
 * The glossary's terms and aliases, read straight from disk for the Markdown plugin that links
 * them (it runs before Astro's content layer is available). Invalid files are skipped here:
 * the schema reports them when the collection loads.
 */
export function readGlossaryWords(glossaryDir: string): { word: string; id: string; definition: string }[] {
  if (!fs.existsSync(glossaryDir)) return [];
  const words = [];
  for (const name of fs.readdirSync(glossaryDir).sort()) {
    const ext = path.extname(name);
    if (!PAGE_EXTENSIONS.includes(ext)) continue;
    const parsed = parseFrontmatter(fs.readFileSync(path.join(glossaryDir, name), 'utf8'), name);
    if ('message' in parsed) continue;
    const result = schemas.glossary.safeParse(parsed.data);
    if (!result.success) continue;
    const id = path.basename(name, ext);
    for (const word of [result.data.term, ...result.data.aliases]) {
      words.push({ word, id, definition: result.data.definition });
    }
  }
  return words;
}

/**
 * The old addresses of renamed or merged entries (`aliases`; `oldIds` in the glossary), each with
 * the address it now leads to, from the checked entries (drafts are not among them).
 */
export function redirectsOf(entries: readonly CheckedEntry[]): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const entry of entries)
    for (const old of oldIdsOf(entry))
      redirects[`/${entry.collection}/${old}/`] = `/${entry.collection}/${entry.id}/`;
  return redirects;
}
