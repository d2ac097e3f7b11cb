/**
 * Checks on the body of a Markdown/MDX entry, for `npm run check`: MDX syntax, components that
 * do not exist, images without alt text or without a file, links to pages or headings that do
 * not exist, link text that says nothing (“点击这里”), a second page title (`# …`), and, bodies
 * being untrusted, raw HTML or URLs that could run code (src/build/markdown/html-policy.ts) and
 * MDX imports that do not resolve. Each problem names the file, the line and the fix.
 * The built HTML is checked again by src/build/checks/link-check-integration.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { initSync, parse as parseModule } from 'es-module-lexer';
import { headingSlugger } from '../markdown/heading-slugs.ts';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { z } from 'astro/zod';
import { vagueLinkText } from './links.ts';
import type { CheckedEntry, Problem } from './integrity.ts';
import { TOOLS_PATH, guideCollections, sectionIds, toolPath, tools } from '../../model/registry.ts';
import { isSafeUrl, rawHtmlProblems, tagProblems, unsafeUrlMessage } from '../markdown/html-policy.ts';

/** Ids in the frame of every guide page (contents, related items, sources, skip link target). */
const FRAME_IDS = ['main', 'toc-title', 'related-title', 'sources-title'];

/** A body that has been parsed, with where it starts in its file. */
export interface ParsedBody {
  entry: CheckedEntry;
  tree?: MdastNode;
  /** File line of the body's first line (the closing `---` of the frontmatter). */
  firstLine: number;
}

type Node = MdastNode & {
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string | null;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
};

function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Parses a body as Markdown or MDX; a syntax error becomes a problem with its line. */
export function parseBody(
  entry: CheckedEntry,
  body: string,
  firstLine: number,
): { parsed: ParsedBody; problems: Problem[] } {
  const isMdx = entry.filePath.endsWith('.mdx');
  try {
    const tree = (isMdx ? mdxToMdast : markdownToMdast)(body);
    return { parsed: { entry, tree, firstLine }, problems: [] };
  } catch (error) {
    const { line, reason } = mdxError(String((error as Error).message), body);
    return {
      parsed: { entry, firstLine },
      problems: [
        {
          file: entry.filePath,
          field: `第 ${firstLine + line - 1} 行`,
          message: `MDX 语法错误：${reason}。标签要成对（<div> 要有 </div>），花括号 { } 要成对；正文里要写字面的 <、{ 时，请写成 \\<、\\{。`,
        },
      ],
    };
  }
}

/** The body line and a Chinese reason from a parser message like `9:1: Expected a closing tag for <div> (7:1)`. */
export function mdxError(message: string, body = ''): { line: number; reason: string } {
  const at = /^(\d+):\d+:\s*/.exec(message);
  const rest = at ? message.slice(at[0].length) : message;
  const opened = /\((\d+):\d+\)/.exec(rest);
  const line = Number(opened?.[1] ?? at?.[1] ?? 1);
  const tag = /closing tag for `<([^>`]*)>`/.exec(rest);
  if (tag) return { line, reason: `标签 <${tag[1]}> 没有闭合` };
  if (/expected a corresponding closing brace/.test(rest)) {
    // The parser stops at the end of the file; point at the line where the brace was opened.
    const open = body.split('\n').findIndex((l) => l.split('{').length > l.split('}').length);
    return { line: open >= 0 ? open + 1 : line, reason: '花括号“{”没有对应的“}”' };
  }
  return { line, reason: rest.replace(/\s*\([a-z-]+:[a-z-]+\)\s*$/, '') };
}

/** Heading ids of a body, as the heading-anchors plugin makes them (github-slugger, h2–h4). */
export function headingIds(tree: MdastNode): string[] {
  const slugOf = headingSlugger();
  const ids: string[] = [];
  walk(tree as Node, (n) => {
    if (n.type === 'heading' && n.depth! >= 2 && n.depth! <= 4)
      ids.push(slugOf(textOf(n), (n as { data?: { hProperties?: { id?: unknown } } }).data?.hProperties?.id));
  });
  return ids;
}

/** Every page path of the site, with the ids a link may point at (undefined: not checked here). */
export function sitePages(bodies: ParsedBody[]): Map<string, Set<string> | undefined> {
  const pages = new Map<string, Set<string> | undefined>();
  for (const path of ['/', '/search/', TOOLS_PATH, ...tools.map(toolPath)]) pages.set(path, undefined);
  for (const c of guideCollections) {
    pages.set(`/${c.key}/`, undefined);
    for (const f of c.facets) {
      if ('route' in f) for (const t of f.terms) pages.set(`/${c.key}/${f.route}/${t.key}/`, undefined);
    }
  }
  const glossaryIds = new Set<string>();
  const sourceIds = new Set<string>();
  for (const { entry, tree } of bodies) {
    if (entry.collection === 'sources') {
      sourceIds.add(entry.id).add(`${entry.id}-title`);
      continue;
    }
    if (entry.collection === 'glossary') glossaryIds.add(entry.id);
    const ids = tree
      ? new Set([...FRAME_IDS, ...sectionIds(entry.collection), ...headingIds(tree)])
      : undefined;
    pages.set(`/${entry.collection}/${entry.id}/`, ids);
    if (entry.collection === 'lessons') pages.set(`/lessons/${entry.id}/handout/`, undefined);
  }
  pages.set('/glossary/', new Set([...FRAME_IDS, ...glossaryIds]));
  pages.set('/sources/', new Set([...FRAME_IDS, ...sourceIds]));
  return pages;
}

/** A few existing pages like the missing one: entries of the same collection first. */
function hint(path: string, pages: Map<string, Set<string> | undefined>): string {
  const section = `/${path.split('/')[1]}/`;
  const same = [...pages.keys()]
    .filter((p) => p.startsWith(section) && p !== section)
    .sort((a, b) => Number(pages.get(b) !== undefined) - Number(pages.get(a) !== undefined));
  return same.length
    ? `请改成已有页面的网址，例如：${same.slice(0, 3).join('、')}`
    : '请改成已有页面的网址，形如 /cases/dangyuan-fensan-liudong/（栏目/文件名/）。';
}

/** Problems with one internal link target (`/cases/x/#y`, `#y`), or undefined when it resolves. */
export function checkLinkTarget(
  url: string,
  pagePath: string,
  pages: Map<string, Set<string> | undefined>,
): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const [beforeHash, fragment] = url.split('#', 2) as [string, string | undefined];
  const path = beforeHash.split('?')[0]!;
  if (path && !path.startsWith('/'))
    return `站内链接“${url}”要写成以“/”开头的网址，例如 /cases/dangyuan-fensan-liudong/。`;
  const target = path || pagePath;
  if (path && /\.[a-z0-9]+$/i.test(path)) return undefined; // a file (image, PDF) in public/
  if (!target.endsWith('/'))
    return `链接“${url}”的网址末尾少了“/”。请写成 ${target}/${fragment ? `#${fragment}` : ''}。`;
  if (!pages.has(target)) return `链接“${url}”指向的页面 ${target} 不存在。${hint(target, pages)}`;
  if (fragment === undefined) return undefined;
  const ids = pages.get(target);
  if (!ids) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    id = fragment;
  }
  if (ids.has(id)) return undefined;
  return `链接“${url}”指向的小节“#${id}”在 ${target} 上不存在。请改成该页已有的小节标题生成的锚点（在页面上点标题旁的“#”可复制），或去掉 #${fragment}。`;
}

function attributeProblem(
  name: string,
  attributes: NonNullable<Node['attributes']>,
  schema: z.ZodType,
): string | undefined {
  const props: Record<string, unknown> = {};
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name)
      return `<${name}> 的属性请直接写成 名称="值"，不要用 {…} 展开。`;
    if (a.value !== null && typeof a.value === 'object')
      return `<${name}> 的属性 ${a.name} 请写成带引号的文字，例如 ${a.name}="…"，不要用 {…}。`;
    props[a.name] = a.value ?? true;
  }
  const result = schema.safeParse(props);
  if (result.success) return undefined;
  return result.error.issues
    .map((i) => `<${name}>${i.path.length ? ` 的 ${i.path.join('.')}` : ''}：${i.message}`)
    .join('；');
}

/** Where an image file is looked for: `/images/x.png` in public/, `./x.png` beside the entry. */
function imageFile(url: string, entryFile: string, root: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  let decoded: string;
  try {
    decoded = decodeURI(url.split(/[?#]/)[0]!);
  } catch {
    decoded = url;
  }
  return decoded.startsWith('/')
    ? path.join(root, 'public', decoded)
    : path.resolve(root, path.dirname(entryFile), decoded);
}

/** An MDX expression that is only a comment, {/* … *\/}: it renders nothing and runs nothing. */
function isComment(expression: string): boolean {
  const v = expression.trim();
  return v.startsWith('/*') && v.indexOf('*/') === v.length - 2;
}

/** Problems with the import/export lines of an MDX body: only imports of files that exist. */
function esmProblems(code: string, entryFile: string, root: string | undefined): string[] {
  initSync();
  let imports: readonly { n?: string | undefined; d: number }[];
  let exports: readonly unknown[];
  try {
    [imports, exports] = parseModule(code);
  } catch {
    return ["import 语句写法不对。请写成 import 名称 from './文件'，或删去这一行。"];
  }
  const problems: string[] = [];
  if (exports.length) problems.push('正文里不能写 export（它会在构建时运行代码）。请删去 export 这一行。');
  for (const i of imports) {
    const spec = i.n;
    if (i.d !== -1 || spec === undefined) {
      problems.push("import 只能写成 import 名称 from './文件'。请删去动态导入。");
    } else if (!spec.startsWith('./') && !spec.startsWith('../')) {
      problems.push(
        `import 的来源“${spec}”不是相对路径。正文只能导入与本文件相对的文件（以 ./ 或 ../ 开头）；组件无须导入，可用的组件见 src/components/mdx/。`,
      );
    } else if (root && !fs.existsSync(path.resolve(root, path.dirname(entryFile), spec))) {
      problems.push(
        `import 的文件“${spec}”不存在（相对于 ${entryFile} 查找）。请改正路径和扩展名，或删去这一行。`,
      );
    }
  }
  return problems;
}

/**
 * Problems in one parsed body: raw HTML, components, headings, images, links, link text.
 * With `root` (the project folder), image files and MDX imports are looked up on disk.
 */
export function checkBody(
  { entry, tree, firstLine }: ParsedBody,
  pages: Map<string, Set<string> | undefined>,
  components: Record<string, z.ZodType>,
  root?: string,
): Problem[] {
  if (!tree) return [];
  const problems: Problem[] = [];
  const pagePath = `/${entry.collection}/${entry.id}/`;
  const lineOf = (n: Node) => firstLine + (n.position?.start.line ?? 1) - 1;
  const at = (n: Node) => `第 ${lineOf(n)} 行`;
  const add = (n: Node, message: string) => problems.push({ file: entry.filePath, field: at(n), message });
  const allowed = Object.keys(components);
  walk(tree as Node, (n) => {
    if (n.type === 'html') {
      for (const { offset, message } of rawHtmlProblems(n.value ?? '')) {
        const line = lineOf(n) + (n.value ?? '').slice(0, offset).split('\n').length - 1;
        problems.push({ file: entry.filePath, field: `第 ${line} 行`, message });
      }
    }
    if (n.type === 'mdxjsEsm') {
      for (const message of esmProblems(n.value ?? '', entry.filePath, root)) add(n, message);
    }
    if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !isComment(n.value ?? '')) {
      add(
        n,
        `正文里的 {${(n.value ?? '').trim().slice(0, 20)}} 是 MDX 表达式，会在构建时运行代码，本站正文不用。要写字面的花括号，请写成 \\{ 和 \\}；要写注释，请写成 {/* 注释 */}。`,
      );
    }
    if (
      (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
      n.name &&
      !/^[A-Z]/.test(n.name) &&
      !n.name.includes('.')
    ) {
      const attributes: Record<string, string | null> = {};
      for (const a of n.attributes ?? []) {
        if (a.type === 'mdxJsxAttribute' && a.name)
          attributes[a.name] = typeof a.value === 'string' || a.value === null ? (a.value ?? '') : null;
      }
      const spread = (n.attributes ?? []).some((a) => a.type !== 'mdxJsxAttribute');
      for (const message of tagProblems(n.name, attributes)) add(n, message);
      if (spread) add(n, `<${n.name}> 的属性请直接写成 名称="值"，不要用 {…} 展开。`);
    }
    if (
      (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
      n.name &&
      (/^[A-Z]/.test(n.name) || n.name.includes('.'))
    ) {
      const schema = components[n.name];
      if (!schema) {
        add(
          n,
          `没有名为 <${n.name}> 的组件。${allowed.length ? `可用的组件：${allowed.map((c) => `<${c}>`).join('、')}。` : '本站正文目前不提供组件，'}请改用普通 Markdown（引用块“> ”、列表、加粗），或请维护者在 src/components/mdx/ 中添加该组件。`,
        );
      } else {
        const problem = attributeProblem(n.name, n.attributes ?? [], schema);
        if (problem) add(n, problem);
      }
    }
    if (n.type === 'heading' && n.depth === 1) {
      add(
        n,
        `正文里不能用一级标题“# ${textOf(n).trim()}”：页面标题由 title 字段生成，一页只能有一个一级标题。请改成二级标题“## ${textOf(n).trim()}”。`,
      );
    }
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && !isSafeUrl(n.url ?? '')) {
      add(n, unsafeUrlMessage(n.url ?? ''));
      return;
    }
    if (n.type === 'image' && !(n.alt ?? '').trim()) {
      add(
        n,
        `图片“${n.url}”没有替代文字。请在方括号里写一句话说明图片内容，例如：![支部党员大会会场](${n.url})。`,
      );
    }
    if (n.type === 'image' && root) {
      const file = imageFile(n.url ?? '', entry.filePath, root);
      if (file && !fs.existsSync(file)) {
        add(
          n,
          `图片“${n.url}”找不到文件 ${path.relative(root, file)}。以“/”开头的图片放在 public/ 下（/images/x.png 即 public/images/x.png）。请改正路径，或补上图片文件。`,
        );
      }
    }
    if (n.type === 'link' || n.type === 'definition') {
      const problem = checkLinkTarget(n.url ?? '', pagePath, pages);
      if (problem) add(n, problem);
    }
    if (n.type === 'link') {
      const text = textOf(n).trim();
      if (!text)
        add(n, `链接“${n.url}”没有文字。请在方括号里写上链接去往哪里，例如：[党小组长的职责](${n.url})。`);
      else if (vagueLinkText(text))
        add(
          n,
          `链接文字“${text}”没有说明链接去往哪里（读屏软件常把链接单独读出）。请改成目标页面的名称，例如：详见[党小组长的职责](${n.url})。`,
        );
    }
  });
  return problems;
}
