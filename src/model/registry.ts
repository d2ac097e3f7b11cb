/**
 * The content model in one place: which collections exist, what readers call them, the facets
 * they are filtered by (and the routes of the static filter pages), and the fixed sections every
 * page of a collection has. Schemas, routes, search, the content check, the bench and the tests
 * read this module; adding a collection means adding it here, giving it a schema and a page route.
 *
 * Pure data and small helpers: it runs in Node and in the browser.
 */
import {
  audiences,
  competencyCategories,
  dutyHolders,
  labelOf,
  problemCategories,
  routineCategories,
  sectors,
  type Term,
} from './taxonomy.ts';

/** A section a page of the collection always renders from frontmatter (its id is fixed). */
export interface SectionDef {
  readonly id: string;
  readonly title: string;
}

/** One way to filter a collection: a taxonomy and the field(s) holding its keys. */
export interface FacetDef {
  /** Filter name readers see (search filters, index pages, chips). */
  readonly name: string;
  /** Search URL parameter: /search/?q=…&sector=铁路. Facets with one name share one parameter. */
  readonly param: string;
  readonly terms: readonly Term[];
  /** The keys of this facet an entry's data carries. */
  readonly keysOf: (data: Record<string, unknown>) => readonly string[];
  /** Static filter pages at /<collection>/<route>/<key>/; without it the facet links to an anchor of the index. */
  readonly route?: string;
}

export interface GuideCollectionDef {
  readonly key: string;
  /** Full name (page titles, breadcrumbs, search filter values). */
  readonly label: string;
  /** Short name for the site menu and “查看全部…”. */
  readonly short: string;
  /** One or two sentences under the index page title and on the home page. */
  readonly intro: string;
  /** Sections rendered from frontmatter, in page order; body headings must not reuse their ids. */
  readonly sections: readonly SectionDef[];
  readonly facets: readonly FacetDef[];
  /**
   * The facet (by its `param`) that groups the collection: its index page lists the entries under
   * one heading per term, the sidebar of its pages groups them the same way, and previous/next stay
   * within a group. It must give every entry exactly one key.
   */
  readonly groupBy: string;
}

/**
 * 依据条文: the regulation articles a page rests on. Every guide collection has this section, and the
 * secretary's tools render it too, so it is defined once here.
 */
export const RULES_SECTION: SectionDef = { id: 'rules', title: '依据条文' };

const one = (field: string) => (data: Record<string, unknown>) => [data[field] as string];

/** Collections whose entries are guide pages, in the order the site shows them. */
export const guideCollections = [
  {
    key: 'routines',
    label: '支部工作规程',
    short: '工作规程',
    intro:
      '党支部的常规工作怎么做：各种会议多久开一次、谁召集、谁参加、多少人到会才有效，发展党员、转正、党费、组织关系、换届的步骤和要留的记录。每条规定都注明出自哪部党内法规的第几条。',
    sections: [
      { id: 'basics', title: '基本要求' },
      { id: 'steps', title: '步骤' },
      { id: 'records', title: '留存记录' },
      { id: 'mistakes', title: '常见问题' },
      RULES_SECTION,
    ],
    facets: [
      {
        name: '分类',
        param: 'category',
        terms: routineCategories,
        keysOf: one('category'),
        route: 'category',
      },
    ],
    groupBy: 'category',
  },
  {
    key: 'competencies',
    label: '书记能力素质',
    short: '能力素质',
    intro:
      '支部书记应当具备哪些素质和能力、扮演哪些角色、用什么方法开展工作。每篇有要点、做法、常见误区和自查问题。',
    sections: [{ id: 'key-points', title: '要点' }, { id: 'self-check', title: '自查问题' }, RULES_SECTION],
    facets: [
      {
        name: '分类',
        param: 'category',
        terms: competencyCategories,
        keysOf: one('category'),
        route: 'category',
      },
    ],
    groupBy: 'category',
  },
  {
    key: 'duties',
    label: '支部职责',
    short: '职责',
    intro:
      '党支部、支部委员会、支部书记、党小组和党小组长、党员和领导干部各自要做什么、怎么做。每篇有职责清单和所依据的条文。',
    sections: [{ id: 'duties', title: '职责清单' }, RULES_SECTION],
    facets: [{ name: '对象', param: 'who', terms: dutyHolders, keysOf: one('who'), route: 'who' }],
    groupBy: 'who',
  },
  {
    key: 'cases',
    label: '问题与对策案例',
    short: '案例',
    intro:
      '来自电力建设、铁路、油田等单位的常见问题：每个案例按“表现—原因—对策—见效标志”展开，可按行业和问题类型筛选。',
    sections: [
      { id: 'problems', title: '表现' },
      { id: 'causes', title: '原因' },
      { id: 'countermeasures', title: '对策' },
      { id: 'indicators', title: '见效标志' },
      RULES_SECTION,
    ],
    facets: [
      { name: '行业', param: 'sector', terms: sectors, keysOf: one('sector'), route: 'sector' },
      {
        name: '问题类型',
        param: 'problem',
        terms: problemCategories,
        keysOf: (data) => [...new Set((data.problems as { category: string }[]).map((p) => p.category))],
        route: 'problem',
      },
    ],
    groupBy: 'sector',
  },
  {
    key: 'lessons',
    label: '培训课',
    short: '培训课',
    intro: '给培训者用的课程方案：对象、时长、目标、分环节议程（链接到所用的指南和案例）、讨论题。',
    sections: [
      { id: 'objectives', title: '学习目标' },
      { id: 'agenda', title: '议程' },
      { id: 'discussion', title: '讨论题' },
      { id: 'print', title: '打印与讲义' },
      RULES_SECTION,
    ],
    facets: [{ name: '对象', param: 'who', terms: audiences, keysOf: one('audience') }],
    groupBy: 'who',
  },
] as const satisfies readonly GuideCollectionDef[];

export type GuideCollection = (typeof guideCollections)[number]['key'];

export const GUIDE_COLLECTION_KEYS = guideCollections.map((c) => c.key) as readonly GuideCollection[];

/** The two collections that are not guide pages. */
export const otherCollections = [
  { key: 'glossary', label: '术语' },
  { key: 'sources', label: '来源文献' },
] as const;

/** Every collection, by folder name under content/. */
export const COLLECTION_KEYS = [...GUIDE_COLLECTION_KEYS, ...otherCollections.map((c) => c.key)] as const;

export type CollectionName = GuideCollection | (typeof otherCollections)[number]['key'];

export function guideCollection(key: string): GuideCollectionDef {
  const c = guideCollections.find((g) => g.key === key);
  if (!c) throw new Error(`未知的栏目“${key}”`);
  return c;
}

export function isGuideCollection(key: string): key is GuideCollection {
  return guideCollections.some((g) => g.key === key);
}

/**
 * The frontmatter field listing an entry's former ids, which redirect to it: `aliases` for
 * guides; `oldIds` for glossary terms, whose `aliases` are other words for the term. Sources have none.
 */
export function oldIdsField(key: string): 'aliases' | 'oldIds' | undefined {
  if (isGuideCollection(key)) return 'aliases';
  return key === 'glossary' ? 'oldIds' : undefined;
}

/** An entry's former ids (its oldIdsField), none when it has none or its collection has no such field. */
export function oldIdsOf(entry: { collection: string; data: object }): readonly string[] {
  const field = oldIdsField(entry.collection);
  return field ? (((entry.data as Record<string, unknown>)[field] as string[] | undefined) ?? []) : [];
}

export function collectionLabel(key: string): string {
  const other = otherCollections.find((c) => c.key === key);
  return other ? other.label : guideCollection(key).label;
}

/** The fixed section ids of a collection's pages (none for the glossary and sources). */
export function sectionIds(key: string): readonly string[] {
  return isGuideCollection(key) ? guideCollection(key).sections.map((s) => s.id) : [];
}

/** A fixed section of a collection, for the page that renders it and its table of contents. */
export function section(collection: GuideCollection, id: string): SectionDef {
  const s = guideCollection(collection).sections.find((x) => x.id === id);
  if (!s) throw new Error(`栏目“${collection}”没有固定小节“${id}”`);
  return s;
}

/** Contents entries for fixed sections of a collection, in the order given. */
export function sectionToc(collection: GuideCollection, ids: readonly string[]) {
  return ids.map((id) => {
    const { title } = section(collection, id);
    return { depth: 2, slug: id, text: title };
  });
}

/** Search filter names and their URL parameters, 栏目 first; facets with one name share one. */
export const SEARCH_FILTERS: readonly { name: string; param: string }[] = [
  { name: '栏目', param: 'collection' },
  ...[...new Map(guideCollections.flatMap((c) => c.facets.map((f) => [f.name, f.param] as const)))].map(
    ([name, param]) => ({ name, param }),
  ),
];

export interface Facet {
  /** Filter name in search (Chinese, shown to readers). */
  name: string;
  key: string;
  label: string;
  /** The page listing every entry with this value. */
  href: string;
}

/** An entry's facets: its collection first, then each facet value, each with where it is listed. */
export function facetsOf(entry: { collection: string; data: object }): Facet[] {
  const def = guideCollection(entry.collection);
  const data = entry.data as Record<string, unknown>;
  return [
    { name: '栏目', key: def.key, label: def.label, href: `/${def.key}/` },
    ...def.facets.flatMap((f) =>
      f.keysOf(data).map((key) => ({
        name: f.name,
        key,
        label: labelOf(f.terms, key),
        href: f.route ? `/${def.key}/${f.route}/${key}/` : `/${def.key}/#${key}`,
      })),
    ),
  ];
}

/** The secretary's tools: pages under /tools/, each with its own small script, serving some routines. */
export interface ToolDef {
  /** The URL segment: /tools/<key>/. */
  readonly key: string;
  readonly title: string;
  /** One sentence on the tools page and under the tool's title. */
  readonly summary: string;
  /** Everyday phrases a secretary would search the tool by (indexed, never shown). */
  readonly keywords: readonly string[];
  /**
   * The routines whose pages link to the tool (file names in content/routines/); `scheduled`: every
   * routine with a `schedule` field.
   */
  readonly routines: readonly string[] | 'scheduled';
}

export const TOOLS_PATH = '/tools/';
export const TOOLS_LABEL = '工具';

export const tools = [
  {
    key: 'dangfei',
    title: '党费计算器',
    summary: '输入党员的月收入，算出每月应交的党费，并注明按党费规定哪一条、哪一档计算。',
    keywords: ['党费计算', '算党费', '党费交多少', '工资扣党费'],
    routines: ['dangfei-shoujiao'],
  },
  {
    key: 'fazhan-riqi',
    title: '发展党员和转正日期',
    summary:
      '输入递交申请、确定积极分子、列为发展对象、接收预备党员的日期，列出每一步最早或最迟的日子和预备期满的日子。',
    keywords: ['入党时间推算', '预备期满日期', '转正日期', '发展党员时间', '入党日期'],
    routines: ['fazhan-dangyuan', 'yubei-dangyuan-zhuanzheng'],
  },
  {
    key: 'rili',
    title: '支部工作日历',
    summary: '把按月、按季度、按年做的支部工作排成一年的日历，下载后导入手机日历。',
    keywords: ['全年工作安排', '支部工作计划', '每月做什么', '工作提醒', '手机日历'],
    routines: 'scheduled',
  },
] as const satisfies readonly ToolDef[];

export function toolPath(tool: ToolDef): string {
  return `${TOOLS_PATH}${tool.key}/`;
}

export function tool(key: (typeof tools)[number]['key']): ToolDef {
  return tools.find((t) => t.key === key)!;
}

/** The tools a routine's page links to. */
export function toolsServing(routine: { id: string; data: { schedule?: unknown } }): ToolDef[] {
  return tools.filter((t: ToolDef) =>
    t.routines === 'scheduled' ? routine.data.schedule !== undefined : t.routines.includes(routine.id),
  );
}
