/**
 * Reads the content folder straight from disk and validates it with the same schemas the build
 * uses, without starting Astro: the fast path behind `npm run check` and the content tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { schemas, type CollectionName } from '../../schemas/collections.ts';
import { ID_PATTERN } from '../../schemas/fields.ts';
import { GUIDE_COLLECTION_KEYS } from '../../model/registry.ts';
import { mdxComponents } from '../../components/mdx/index.ts';
import { checkBody, parseBody, sitePages, type ParsedBody } from './body-checks.ts';
import {
  findBrokenReferences,
  findCitationProblems,
  findDuplicateTerms,
  findUrlClashes,
  type CheckedEntry,
  type Problem,
} from './integrity.ts';

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
    return { data: yaml.load(front, { schema: yaml.CORE_SCHEMA }) ?? {}, body: source.slice(end + 4) };
  } catch (error) {
    const e = error as yaml.YAMLException;
    return {
      file,
      field: `第 ${(e.mark?.line ?? 0) + 2} 行`,
      message: `frontmatter 不是有效的 YAML（${e.reason}）。常见原因：值里有英文冒号加空格却没加引号、缩进不齐、列表项前少了“- ”。`,
    };
  }
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
    for (const name of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) continue;
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
        continue;
      }
      if (!allowed.includes(ext)) {
        problems.push({
          file,
          field: '文件名',
          message: `“${collection}”栏目只收 ${allowed.join('、')} 文件。请改扩展名，或把文件移出 content/。`,
        });
        continue;
      }
      if (!ID_PATTERN.test(id)) {
        problems.push({
          file,
          field: '文件名',
          message: `文件名就是网址，只能用小写字母、数字和连字符，例如 dangyuan-fensan${ext}。请重命名。`,
        });
        continue;
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
        continue;
      }
      let raw: unknown;
      let body: { text: string; line: number } | undefined;
      if (collection === 'sources') {
        try {
          raw = yaml.load(text, { schema: yaml.CORE_SCHEMA });
        } catch (error) {
          const e = error as yaml.YAMLException;
          problems.push({
            file,
            field: `第 ${(e.mark?.line ?? 0) + 1} 行`,
            message: `不是有效的 YAML（${e.reason}）。常见原因：值里有英文冒号加空格却没加引号、方括号或引号不成对、缩进不齐。`,
          });
          invalid.push(stub);
          continue;
        }
      } else {
        const parsed = parseFrontmatter(text, file);
        if ('message' in parsed) {
          problems.push(parsed);
          invalid.push(stub);
          continue;
        }
        raw = parsed.data;
        // The body starts on the line of the closing `---`.
        body = { text: parsed.body, line: text.split('\n').length - parsed.body.split('\n').length + 1 };
      }
      const checked = validateData(collection, file, raw);
      problems.push(...checked.problems);
      if (!checked.data) {
        invalid.push(stub);
        continue;
      }
      const entry = { collection, id, filePath: file, data: checked.data };
      (checked.data.draft === true ? drafts : entries).push(entry);
      if (body) {
        const result = parseBody(entry, body.text, body.line);
        problems.push(...result.problems);
        bodies.push(result.parsed);
      } else bodies.push({ entry, firstLine: 1 });
    }
  }
  const publishedSet = new Set(entries);
  const published = bodies.filter((b) => publishedSet.has(b.entry));
  const pages = sitePages(published);
  for (const e of invalid) if (e.collection !== 'sources') pages.set(`/${e.collection}/${e.id}/`, undefined);
  for (const b of bodies) problems.push(...checkBody(b, pages, mdxComponents, projectDir));
  // A file with problems of its own still exists: references to it are not reported as missing.
  problems.push(...findBrokenReferences([...entries, ...invalid], drafts));
  problems.push(...findCitationProblems(entries));
  problems.push(...findDuplicateTerms(entries.filter((e) => e.collection === 'glossary')));
  problems.push(...findUrlClashes(entries));
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
 * Old addresses to redirect, read from disk for the Astro config (redirects are static config):
 * `/cases/old-name/` → `/cases/new-name/`. Invalid files are skipped; the check reports them.
 */
export function readRedirects(contentDir: string): Record<string, string> {
  const redirects: Record<string, string> = {};
  for (const collection of GUIDE_COLLECTION_KEYS) {
    const dir = path.join(contentDir, collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs.readdirSync(dir).sort()) {
      const ext = path.extname(name);
      if (!PAGE_EXTENSIONS.includes(ext)) continue;
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      // Most files have no aliases: skip parsing them (10,000 guides: 1 s of every build's start).
      if (!text.includes('aliases')) continue;
      const parsed = parseFrontmatter(text, name);
      if ('message' in parsed) continue;
      const result = schemas[collection].safeParse(parsed.data);
      if (!result.success || result.data.draft) continue;
      const id = path.basename(name, ext);
      for (const alias of result.data.aliases)
        redirects[`/${collection}/${alias}/`] = `/${collection}/${id}/`;
    }
  }
  return redirects;
}
