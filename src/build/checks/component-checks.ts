/**
 * How the MDX components of src/components/mdx/ are put together in a body, for `npm run check`:
 * a <Question> inside a <Quiz>, with a question, one task list of 2–6 options and one <Explain>;
 * a `cite` that names an existing page; a <Rule> that cites a regulation; a <Steps> or
 * <Checklist> around a list; ids unique on the page. Props themselves are checked by
 * body-checks.ts against the schemas; here a node whose props do not fit is not looked at again,
 * so each mistake gets one message.
 */
import type { z } from 'astro/zod';
import { mdxComponents } from '../../components/mdx/index.ts';
import { MAX_OPTIONS, MIN_OPTIONS, TRUE_FALSE } from '../../shared/quiz.ts';
import type { ParsedBody } from './body-checks.ts';
import { closest, type Problem } from './integrity.ts';

interface Node {
  type: string;
  children?: Node[];
  value?: string;
  name?: string | null;
  ordered?: boolean;
  checked?: boolean | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

export interface ComponentContext {
  /** Every page of the site (from sitePages): a `cite` must name one. */
  pages: Map<string, unknown>;
  /** Every source id with its kind (`regulation` or `article`); undefined: the file is invalid. */
  sources: Map<string, string | undefined>;
}

const isJsx = (n: Node, name?: string) =>
  (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (!name || n.name === name);

const textOf = (n: Node): string =>
  typeof n.value === 'string' ? n.value : (n.children ?? []).map(textOf).join('');

/** The node's props when they fit its schema; undefined otherwise (body-checks reports them). */
function propsOf(n: Node): Record<string, unknown> | undefined {
  const schema: z.ZodType | undefined = n.name ? mdxComponents[n.name] : undefined;
  if (!schema) return undefined;
  const props: Record<string, unknown> = {};
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || !a.name || (a.value !== null && typeof a.value === 'object'))
      return undefined;
    props[a.name] = a.value ?? true;
  }
  const result = schema.safeParse(props);
  return result.success ? (result.data as Record<string, unknown>) : undefined;
}

const HOW_TO = '写法见 content/README.md 的“正文里可用的组件”。';

function questionProblem(q: Node): string | undefined {
  const children = q.children ?? [];
  const lists = children.filter((c) => c.type === 'list');
  const explains = children.filter((c) => isJsx(c, 'Explain'));
  const listAt = children.findIndex((c) => c.type === 'list');
  const stem = children.slice(0, listAt < 0 ? children.length : listAt).filter((c) => c.type === 'paragraph');
  if (lists.length === 0)
    return `<Question> 没有选项。请在题目下面写一个任务列表：错误选项写“- [ ] …”，正确选项写“- [x] …”，共 ${MIN_OPTIONS}–${MAX_OPTIONS} 项。${HOW_TO}`;
  if (lists.length > 1)
    return '<Question> 里只能有一个选项列表。请把选项合并成一个列表，其他说明写进题目或 <Explain>。';
  if (!stem.some((p) => textOf(p).trim()))
    return '<Question> 没有题目。请在选项列表之前写一段话说明题目，例如一个支部遇到的情况和要回答的问题。';
  const options = lists[0]!.children ?? [];
  if (options.some((o) => o.checked === null || o.checked === undefined))
    return '<Question> 的选项都要以“[ ]”（错误）或“[x]”（正确）开头，例如“- [x] 本月按时召开”。';
  if (options.length < MIN_OPTIONS || options.length > MAX_OPTIONS)
    return `<Question> 有 ${options.length} 个选项，应为 ${MIN_OPTIONS}–${MAX_OPTIONS} 个。请增删选项。`;
  const right = options.filter((o) => o.checked).length;
  if (right === 0) return '<Question> 没有正确选项。请把正确的选项写成“- [x] …”。';
  const texts = options.map((o) => textOf(o).trim());
  if (right > 1 && texts.length === 2 && texts[0] === TRUE_FALSE[0] && texts[1] === TRUE_FALSE[1])
    return '判断题只能有一个正确选项：“对”或“错”，请只在其中一项写 [x]。';
  if (explains.length === 0)
    return '<Question> 缺少 <Explain>。请在选项之后写 <Explain>…</Explain>，说明为什么，并注明依据的条文或指南。';
  if (explains.length > 1) return '<Question> 里只能有一个 <Explain>。请把解析合并成一段。';
  if (children.indexOf(explains[0]!) < listAt) return '<Explain> 要写在选项列表之后。请把它移到选项下面。';
  return undefined;
}

/** Problems with how components are used in one body. */
export function checkComponents(
  { entry, tree, firstLine }: ParsedBody,
  context: ComponentContext,
): Problem[] {
  if (!tree || !entry.filePath.endsWith('.mdx')) return [];
  const problems: Problem[] = [];
  const lineOf = (n: Node) => firstLine + (n.position?.start.line ?? 1) - 1;
  const add = (n: Node, message: string) =>
    problems.push({ file: entry.filePath, field: `第 ${lineOf(n)} 行`, message });
  const questionIds = new Map<string, number>();
  const checklistIds = new Map<string, number>();
  const unique = (seen: Map<string, number>, n: Node, id: string, what: string) => {
    const before = seen.get(id);
    if (before !== undefined)
      add(n, `本页第 ${before} 行已有 id 为“${id}”的${what}。同一页里 id 不能重复，请换一个。`);
    else seen.set(id, lineOf(n));
  };

  const visit = (n: Node, parent: Node | undefined) => {
    if (isJsx(n, 'Question') && !(parent && isJsx(parent, 'Quiz')))
      add(n, `<Question> 要直接写在 <Quiz> 和 </Quiz> 之间。${HOW_TO}`);
    else if (isJsx(n, 'Explain') && !(parent && isJsx(parent, 'Question')))
      add(n, '<Explain> 要写在 <Question> 里面、选项列表之后。');
    else if (isJsx(n, 'Quiz')) {
      if (!(n.children ?? []).some((c) => isJsx(c, 'Question')))
        add(n, `<Quiz> 里没有题目。请在其中写一道或几道 <Question>。${HOW_TO}`);
    } else if (isJsx(n, 'Question')) {
      const problem = questionProblem(n);
      const props = propsOf(n);
      if (problem) add(n, problem);
      else if (props) {
        const cite = String(props.cite);
        if (!context.pages.has(`/${cite}/`)) {
          const guess = closest(
            cite,
            [...context.pages.keys()].map((p) => p.slice(1, -1)),
          );
          add(
            n,
            `<Question> 的 cite“${cite}”指向的条目不存在。${guess ? `是不是想写 cite="${guess}"？` : '请写成已有条目的“栏目/文件名”，如 routines/dangxiaozu-hui。'}`,
          );
        }
        const list = (n.children ?? []).find((c) => c.type === 'list')!;
        const stem = (n.children ?? [])
          .slice(0, (n.children ?? []).indexOf(list))
          .map(textOf)
          .join('');
        unique(questionIds, n, props.id ? String(props.id) : `题目：${stem.replace(/\s+/g, '')}`, '题目');
      }
    } else if (isJsx(n, 'Rule')) {
      const props = propsOf(n);
      const source = props && String(props.source);
      if (source && !context.sources.has(source)) {
        const guess = closest(source, context.sources.keys());
        add(
          n,
          `<Rule> 的 source“${source}”不存在：content/sources/ 下没有 ${source}.yaml。${guess ? `是不是想写 source="${guess}"？` : '请写一部已收录的党内法规的文件名。'}`,
        );
      } else if (source && context.sources.get(source) === 'article')
        add(
          n,
          `<Rule> 只能引用党内法规，而“${source}”是经验文章。经验文章请写进 frontmatter 的 sources，不要用 <Rule>。`,
        );
      else if (props && !textOf(n).trim())
        add(n, '<Rule> 里没有内容。请在 <Rule> 和 </Rule> 之间用自己的话写这一条的要点。');
    } else if (isJsx(n, 'Steps')) {
      const lists = (n.children ?? []).filter((c) => c.type === 'list');
      if (lists.length !== 1 || !lists[0]!.ordered)
        add(n, '<Steps> 里要写一个编号列表（“1. ”“2. ”开头的各行），每步一项。');
    } else if (isJsx(n, 'Checklist')) {
      const lists = (n.children ?? []).filter((c) => c.type === 'list');
      const props = propsOf(n);
      if (lists.length !== 1 || !(lists[0]!.children ?? []).length)
        add(n, '<Checklist> 里要写一个列表，每项一行，以“- ”开头，例如“- 向上级党组织报告换届”。');
      else if (props) unique(checklistIds, n, String(props.id), '清单');
    }
    for (const child of n.children ?? []) visit(child, n);
  };
  visit(tree as unknown as Node, undefined);
  return problems;
}
