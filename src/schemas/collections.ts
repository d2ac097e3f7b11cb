/**
 * The frontmatter of every collection: the authors' manual. Each field has a comment for the
 * person editing the file; defaults and normalisation live here, so templates never re-check.
 *
 * Files live in content/<collection>/<id>.md (or .mdx when the page uses components).
 * The file name is the id and the URL: content/cases/dangyuan-fensan.md → /cases/dangyuan-fensan/.
 */
import { z } from 'astro/zod';
import { GUIDE_COLLECTION_KEYS } from '../model/registry.ts';
import {
  audiences,
  competencyCategories,
  dutyHolders,
  problemCategories,
  routineCategories,
  scheduleIntervals,
  sectors,
  sourceKinds,
} from '../model/taxonomy.ts';
import {
  ID_MAX,
  ID_PATTERN,
  anyRef,
  boundedList,
  date,
  entry,
  fieldError,
  integer,
  objectList,
  oneOf,
  optionalTextList,
  ref,
  text,
  textList,
} from './fields.ts';

/** Collections a guide's `related` list or a lesson's agenda may point into. */
export const GUIDE_REF_COLLECTIONS = GUIDE_COLLECTION_KEYS;

/** How regulations number their articles: 第十三条, optionally 第二款 and 第三项. */
export const ARTICLE_PATTERN =
  /^第[〇零一二三四五六七八九十百]+条(第[一二三四五六七八九十]+款)?(第[一二三四五六七八九十]+项)?$/;

/** One rule a page relies on: the regulation, its article, and what it says in our words. */
const ruleSchema = entry(
  {
    /** 法规：content/sources/ 下一部党内法规的文件名，如 zhibu-gongzuo-tiaoli。 */
    source: ref('sources', '依据条文的法规', 'zhibu-gongzuo-tiaoli'),
    /** 条款：法规里的第几条（可加第几款、第几项），照法规的写法，如 第十三条、第十五条第二款。 */
    article: z
      .string({ error: fieldError('条款', '“第X条”', '第十三条') })
      .trim()
      .regex(ARTICLE_PATTERN, {
        error:
          '「条款」应照法规的写法写成“第X条”（可加“第X款”“第X项”），用汉字数字，例如：第十三条、第十五条第二款',
      }),
    /** 要点：这一条说了什么，用我们自己的话，一两句。不要整段照抄法规。 */
    point: text('条文要点', '党小组会一般每月召开一次，组织党员学习、谈心谈话、开展批评和自我批评。', {
      max: 200,
    }),
    /** 原文短语：可选，法规原文中的一个关键短语，一字不差，不超过 30 字。 */
    quote: text('原文短语', '一般每月召开1次', { max: 30 }).optional(),
  },
  'source、article、point、quote',
);

/** 依据条文：本篇用到的每一条党内法规规定，注明法规和第几条。 */
const rulesField = boundedList(
  z.array(ruleSchema, {
    error:
      '「依据条文」应为一个列表，例如：\n  rules:\n    - source: zhibu-gongzuo-tiaoli\n      article: 第十三条\n      point: 党小组会一般每月召开一次。',
  }),
  '依据条文',
  50,
).default([]);

const guideFields = {
  /** 标题：读者会搜索的说法，简短具体。 */
  title: text('标题', '支部书记的政治素质', { max: 40 }),
  /** 摘要：两句话，说清这篇讲什么、读完能做什么。显示在列表、搜索结果和讲义里。 */
  summary: text('摘要', '党支部书记首先要政治上过硬。本篇说明政治素质包括什么，以及怎样在日常工作中体现。', {
    max: 200,
  }),
  /** 来源：引用的来源文献文件名（content/sources/ 下），至少一项。 */
  sources: boundedList(
    z
      .array(ref('sources', '来源', 'huodian-zhibu-jingyan'), {
        error: (issue) =>
          issue.input === undefined
            ? '缺少必填字段「来源」。每篇内容都要注明出处，例如：\n  sources:\n    - huodian-zhibu-jingyan'
            : '「来源」应为一个列表，例如：\n  sources:\n    - huodian-zhibu-jingyan',
      })
      .min(1, { error: '「来源」至少要列出一项来源文献（content/sources/ 下的文件名）。' }),
    '来源',
  ),
  /** 相关条目：写成“栏目/文件名”，如 cases/dangyuan-fensan。对方页面会自动显示反向链接。 */
  related: boundedList(
    z.array(anyRef(GUIDE_REF_COLLECTIONS, '相关条目', 'cases/dangyuan-fensan'), {
      error:
        '「相关条目」应为一个列表，每项写成“栏目/文件名”，例如：\n  related:\n    - cases/dangyuan-fensan',
    }),
    '相关条目',
  ).default([]),
  /** 依据条文：本篇引用的党内法规规定，每条写明法规（source）、第几条（article）和要点（point）。 */
  rules: rulesField,
  /** 检索词：读者可能用来搜这篇的日常说法（不必重复标题），帮助站内搜索。 */
  keywords: optionalTextList('检索词', '党员分散管不过来', { itemMax: 30 }),
  /** 排序：同一栏目内的先后，数字小的在前；不写为 100。 */
  order: integer('排序', '10', 0, 10000).default(100),
  /** 更新日期：内容最近一次核对的日期，写成 2026-11-22。 */
  updated: date('更新日期'),
  /** 草稿：写 true 则不发布。 */
  draft: z.boolean({ error: '「草稿」只能写 true 或 false。' }).default(false),
  /** 旧地址：改名或合并前用过的文件名。旧链接会自动跳转到这里，已发出去的链接不会失效。 */
  aliases: oldIds('aliases'),
};

/** Former file names of an entry (its old addresses redirect to it), under the field `name`. */
function oldIds(name: string) {
  return boundedList(
    z.array(
      z
        .string({ error: fieldError('旧地址', '旧文件名', 'dangyuan-fensan') })
        .trim()
        .regex(ID_PATTERN, {
          error: '「旧地址」应为旧文件名（小写字母、数字和连字符，不带扩展名），例如：dangyuan-fensan',
        })
        .max(ID_MAX, { error: `「旧地址」最多 ${ID_MAX} 个字符。` }),
      { error: `「旧地址」应为一个列表，例如：\n  ${name}:\n    - dangyuan-fensan` },
    ),
    '旧地址',
  ).default([]);
}

const guideFieldNames = 'title、summary、sources、related、rules、keywords、order、updated、draft、aliases';

/** 常见问题中的一项，可链接到展示这个问题的案例。 */
const mistakeSchema = entry(
  {
    /** 问题：这件事常见的做错之处。 */
    text: text('常见问题', '以支委会代替党员大会讨论接收预备党员', { max: 200 }),
    /** 案例：可选，展示这个问题的案例，写成 cases/文件名。 */
    case: anyRef(['cases'], '常见问题的案例', 'cases/sanhui-yike-liuyu-xingshi').optional(),
  },
  'text、case',
);

/** 日历：一项按固定周期做的规程在“支部工作日历”里的样子。 */
const scheduleSchema = entry(
  {
    /** 周期：每月、每季度、每年。必须和「多久一次」一致，并在「依据条文」里注明出处。 */
    every: oneOf(scheduleIntervals, '日历周期'),
    /** 日历事项：手机日历里显示的名称，简短，如“党小组会”。 */
    label: text('日历事项', '党小组会', { max: 20 }),
    /**
     * 月份：可不写。只用于每年一次的事项，条文规定了时间的才写，例如组织生活会“一般安排在第四季度”，
     * 写 10（提醒排在10月）。不写时排在1月。
     */
    month: integer('日历月份', '10', 1, 12).optional(),
  },
  'every、label、month',
).refine((s) => s.month === undefined || s.every === 'year', {
  path: ['month'],
  error: '「日历月份」只用于每年一次的事项（every: 每年）；每月、每季度的事项请删去 month。',
});

/** 支部工作规程：党支部的一项常规工作（一种会议、一道程序），照党内法规写，条条注明出处。 */
export const routineSchema = entry(
  {
    ...guideFields,
    /** 来源：用到的经验文章（可不写）；党内法规写在「依据条文」里。 */
    sources: guideFields.sources.optional().default([]),
    /** 依据条文：至少一条。本页上每个次数、期限、人数都要在这里注明法规和第几条。 */
    rules: rulesField.refine((rules) => rules.length > 0, {
      error:
        '缺少必填字段「依据条文」。工作规程至少要有一条，注明法规和第几条，例如：\n  rules:\n    - source: zhibu-gongzuo-tiaoli\n      article: 第十三条\n      point: 党小组会一般每月召开一次。',
    }),
    /** 分类：会议与组织生活、党员发展、党员管理、组织建设。 */
    category: oneOf(routineCategories, '分类'),
    /** 多久一次：如“一般每月召开1次”；一道程序写它的时限，如“预备期为一年”。 */
    frequency: text('多久一次', '一般每月召开1次', { max: 60 }),
    /** 谁负责：会议写谁召集并主持，程序写谁负责办理。 */
    convener: text('谁负责', '党小组组长召集并主持', { max: 80 }),
    /** 谁参加。 */
    attendees: text('谁参加', '本小组全体党员', { max: 120 }),
    /** 到会人数：法规规定了才写，如“有表决权的党员到会超过半数”；没有规定就不写，不要猜。 */
    quorum: text('到会人数', '有表决权的党员到会超过半数', { max: 120 }).optional(),
    /** 步骤：按先后写，每步一句。 */
    steps: textList('步骤', '会前确定主题，提前通知党员', { max: 30 }),
    /** 留存记录：要留哪些记录、台账、表格。 */
    records: textList('留存记录', '会议记录（时间、地点、到会人员、议题、发言要点、决定）'),
    /** 常见问题：常见的做错之处，可链接案例。 */
    mistakes: objectList(mistakeSchema, '常见问题', '\n  mistakes:\n    - text: 会议记录事后补写'),
    /**
     * 日历：可选。按固定周期做的规程（每月、每季度、每年）写上它，就会进入“支部工作日历”
     * （/tools/rili/），读者可以下载到手机日历。只在周期已在「依据条文」里注明法规和第几条时才写，例如：
     *   schedule:
     *     every: 每月
     *     label: 党小组会
     */
    schedule: scheduleSchema.optional(),
  },
  `${guideFieldNames}、category、frequency、convener、attendees、quorum、steps、records、mistakes、schedule`,
);

/** 书记能力素质：支部书记应具备的一项素质或能力。 */
export const competencySchema = entry(
  {
    ...guideFields,
    /** 分类：角色与职责、政治素质、文化知识素质、能力素质、专业技术知识、心理素质、意识与作风、工作方法。 */
    category: oneOf(competencyCategories, '分类'),
    /** 要点：三到六条，读者扫一眼就能记住的要求。 */
    keyPoints: textList('要点', '把党的路线方针政策讲清楚、落下去'),
    /** 自查问题：书记可以对照检查自己的问题，每条以问号结尾。 */
    selfCheck: textList('自查问题', '我这个月有没有找每名党员谈过一次心？'),
  },
  `${guideFieldNames}、category、keyPoints、selfCheck`,
);

/** 支部职责：党支部、支部委员会、支部书记、党小组、党小组长、党员或领导干部的职责。 */
export const dutySchema = entry(
  {
    ...guideFields,
    /** 对象：这篇职责说的是谁。党支部、支部委员会、党支部书记、党小组、党小组长、党员、领导干部。 */
    who: oneOf(dutyHolders, '对象'),
    /** 职责清单：逐条列出要做的事。 */
    duties: textList('职责清单', '按时组织党小组会，每次有主题、有记录'),
  },
  `${guideFieldNames}、who、duties`,
);

/** 一个问题的表现，带问题类别。 */
const problemSchema = entry(
  {
    /** 类别：思想认识、组织生活、党员教育管理、群众工作、党建与业务融合、考核激励、队伍建设、工作创新、作风。 */
    category: oneOf(problemCategories, '问题类别'),
    /** 表现：这个问题在支部里看起来是什么样子。 */
    text: text('问题表现', '三会一课能合并就合并，学习内容枯燥'),
  },
  'category、text',
);

/** 问题与对策案例：一个问题模式，表现 → 原因 → 对策 → 见效标志。 */
export const caseSchema = entry(
  {
    ...guideFields,
    /** 行业：案例出自哪类单位。电力建设、铁路、油田、农垦、机关、地方党委、社区、国有企业、通用。 */
    sector: oneOf(sectors, '行业'),
    /** 表现：问题的具体表现，每项写明类别和表现。 */
    problems: objectList(
      problemSchema,
      '表现',
      '\n  problems:\n    - category: 组织生活\n      text: 三会一课流于形式',
    ),
    /** 原因：为什么会这样。 */
    causes: textList('原因', '党务工作者多由业务骨干兼任，党务不熟'),
    /** 对策：可以照着做的办法。 */
    countermeasures: textList('对策', '把党小组建在班组上，活动结合技术攻关开展'),
    /** 见效标志：怎样判断对策起了作用。 */
    indicators: textList('见效标志', '党小组会按时召开，党员能说出本月学习的主题'),
  },
  `${guideFieldNames}、sector、problems、causes、countermeasures、indicators`,
);

/** 培训课议程中的一项。 */
const agendaItemSchema = entry(
  {
    /** 环节名称。 */
    title: text('议程环节', '案例研讨：党员分散怎么管'),
    /** 用时（分钟）。 */
    minutes: integer('环节用时（分钟）', '20', 1, 480),
    /** 用到的条目，写成“栏目/文件名”；纯讨论、休息等环节可不写。 */
    guide: anyRef(GUIDE_REF_COLLECTIONS, '环节所用条目', 'cases/dangyuan-fensan').optional(),
    /** 给培训者的提示：这一环节怎么组织。 */
    note: text('环节说明', '分组讨论，每组派一人汇报').optional(),
  },
  'title、minutes、guide、note',
);

/** 培训课：给培训者用的一节课，议程指向站内的指南和案例。 */
export const lessonSchema = entry(
  {
    ...guideFields,
    /** 对象：新任支部书记、支部书记、党小组长、党务干部。 */
    audience: oneOf(audiences, '培训对象'),
    /** 时长（分钟）：应等于议程各环节用时之和。 */
    duration: integer('时长（分钟）', '180', 10, 960),
    /** 学习目标：学完能做到什么。 */
    objectives: textList('学习目标', '能说出支部书记的三重角色'),
    /** 议程：按先后列出各环节。 */
    agenda: objectList(agendaItemSchema, '议程', '\n  agenda:\n    - title: 导入\n      minutes: 10', 30),
    /** 讨论题：课上讨论用。 */
    discussion: textList('讨论题', '你所在支部的党员分散在哪些地方？'),
  },
  `${guideFieldNames}、audience、duration、objectives、agenda、discussion`,
).superRefine((lesson, ctx) => {
  const total = lesson.agenda.reduce((sum, item) => sum + item.minutes, 0);
  if (total !== lesson.duration) {
    ctx.addIssue({
      code: 'custom',
      path: ['duration'],
      message: `「时长（分钟）」是 ${lesson.duration}，但议程各环节合计 ${total} 分钟。请让两者一致。`,
    });
  }
});

/** 术语：一条固定说法及其释义。正文里出现的术语会自动链接到术语表。 */
export const glossarySchema = entry(
  {
    /** 术语：正式说法，如“三会一课”。 */
    term: text('术语', '三会一课', { max: 20 }),
    /** 别名：同一术语的其他说法或简称，正文里出现时同样会链接。 */
    aliases: optionalTextList('别名', '“三会一课”制度', { max: 10, itemMax: 30 }),
    /** 释义：一两句话说明它是什么。 */
    definition: text('释义', '党支部定期召开支部党员大会、支部委员会、党小组会，按时上好党课的制度。', {
      max: 200,
    }),
    /** 另见：相关术语的文件名。 */
    seeAlso: boundedList(
      z.array(ref('glossary', '另见', 'zhuti-dangri'), { error: '「另见」应为术语文件名的列表。' }),
      '另见',
    ).default([]),
    /** 来源：来源文献文件名，至少一项。 */
    sources: guideFields.sources,
    /** 旧地址：合并或改名前这个术语页用过的文件名，旧链接会跳转到这里。 */
    oldIds: oldIds('oldIds'),
  },
  'term、aliases、definition、seeAlso、sources、oldIds',
);

/** 来源文献中收录的一篇文章（一份来源收录多篇时使用）。 */
const sourcePartSchema = entry(
  {
    /** 篇名。 */
    title: text('篇名', '论如何当好基层党支部书记'),
    /** 作者，原文未写则不填。 */
    author: text('作者', '董爱华').optional(),
    /** 刊物或出处，原文怎么写就怎么填。 */
    publication: text('出处', '《科学与技术》2022年第5月第10期').optional(),
  },
  'title、author、publication',
);

/** Fields only one kind of source may have, so a regulation never carries a seed file and so on. */
const REGULATION_ONLY = ['issuer', 'issued', 'revision', 'copies'] as const;
const ARTICLE_ONLY = ['publisher', 'published', 'author', 'written', 'parts', 'seed'] as const;

/**
 * 来源文献：一部党内法规，或一篇经验文章（本站起步时依据的五篇文章）。只写原文里有的信息。
 * 党内法规在指南里通过「依据条文」(rules) 按条引用；经验文章列在指南的「来源」(sources) 里。
 */
export const sourceSchema = entry(
  {
    /** 类别：党内法规，或经验文章（不写即为经验文章）。 */
    kind: oneOf(sourceKinds, '类别').default('article'),
    /** 标题：法规或文章的正式标题。 */
    title: text('标题', '中国共产党支部工作条例（试行）'),
    /** 发布机关（党内法规）：如 中共中央、中共中央组织部。 */
    issuer: text('发布机关', '中共中央').optional(),
    /** 发布或修订日期（党内法规）：本站依据的版本的日期，写成 2018-10-28。 */
    issued: date('发布或修订日期').optional(),
    /** 版本说明（党内法规）：本站依据哪一次修订，如“2022年10月22日党的二十大部分修改”。 */
    revision: text('版本说明', '2022年10月22日中国共产党第二十次全国代表大会部分修改').optional(),
    /** 核对文本（党内法规）：至少两份核对过条文的公开文本的网址。 */
    copies: boundedList(
      z.array(
        z
          .string({ error: fieldError('核对文本', '一个网址', 'https://www.12371.cn/…') })
          .trim()
          .regex(/^https?:\/\/\S+$/, { error: '「核对文本」每项应为以 http:// 或 https:// 开头的网址。' })
          .max(500, { error: '「核对文本」每个网址最多 500 个字符。' }),
        { error: '「核对文本」应为网址的列表。' },
      ),
      '核对文本',
      10,
    ).optional(),
    /** 发布平台（经验文章）：原文所在网站或刊物。 */
    publisher: text('发布平台', '天天文库').optional(),
    /** 发布时间（经验文章）：原文标注的发布时间，没有则不填。 */
    published: date('发布时间').optional(),
    /** 作者（经验文章）：原文署名，没有则不填。 */
    author: text('作者', '盛立新').optional(),
    /** 成文年代（经验文章）：文章写成的大致年份及依据，如“2013年前后（文中提到党的十八大）”。 */
    written: text('成文年代', '2013年前后（文中提到党的十八大）', { max: 60 }).optional(),
    /** 概要：这份文献讲了什么，我们用它写了哪些内容。 */
    description: text('概要', '从一家火电建设公司的实践出发，分析基层党支部工作的问题与对策。', {
      max: 500,
    }),
    /** 收录的文章（经验文章）：一份来源收录多篇文章时逐篇列出。 */
    parts: boundedList(
      z.array(sourcePartSchema, { error: '「收录的文章」应为一个列表。' }),
      '收录的文章',
      30,
    ).optional(),
    /** 原件（经验文章）：shared/seeds/ 下的文件名，便于核对。 */
    seed: text('原件文件名', '000_17da74a48e3b8016.txt').optional(),
  },
  'kind、title、issuer、issued、revision、copies、publisher、published、author、written、description、parts、seed',
).superRefine((source, ctx) => {
  const isRegulation = source.kind === 'regulation';
  const missing = (field: string, label: string, example: string) =>
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `缺少必填字段「${label}」。${isRegulation ? '党内法规' : '经验文章'}都要写，例如：${example}`,
    });
  for (const field of isRegulation ? ARTICLE_ONLY : REGULATION_ONLY) {
    if (source[field] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: `「${field}」只用于${isRegulation ? '经验文章' : '党内法规'}，本条类别是“${isRegulation ? '党内法规' : '经验文章'}”。请删去这个字段，或改正「类别」(kind)。`,
      });
    }
  }
  if (isRegulation) {
    if (!source.issuer) missing('issuer', '发布机关', 'issuer: 中共中央');
    if (!source.issued) missing('issued', '发布或修订日期', 'issued: 2018-10-28');
    if ((source.copies?.length ?? 0) < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['copies'],
        message: '党内法规要列出至少两份核对过条文的公开文本（copies），每项一个网址。',
      });
    }
  } else {
    if (!source.publisher) missing('publisher', '发布平台', 'publisher: 天天文库');
    if (!source.seed) missing('seed', '原件文件名', 'seed: 000_17da74a48e3b8016.txt');
  }
});

export type RoutineData = z.output<typeof routineSchema>;
export type CompetencyData = z.output<typeof competencySchema>;
export type DutyData = z.output<typeof dutySchema>;
export type CaseData = z.output<typeof caseSchema>;
export type LessonData = z.output<typeof lessonSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type SourceData = z.output<typeof sourceSchema>;

/** Each collection's schema by folder name: content/<name>/. */
export const schemas = {
  routines: routineSchema,
  competencies: competencySchema,
  duties: dutySchema,
  cases: caseSchema,
  lessons: lessonSchema,
  glossary: glossarySchema,
  sources: sourceSchema,
} as const;

export type { CollectionName } from '../model/registry.ts';
