/**
 * The frontmatter of every collection: the authors' manual. Each field has a comment for the
 * person editing the file; defaults and normalisation live here, so templates never re-check.
 *
 * Files live in content/<collection>/<id>.md (or .mdx when the page uses components).
 * The file name is the id and the URL: content/cases/dangyuan-fensan.md → /cases/dangyuan-fensan/.
 */
import { z } from 'astro/zod';
import { audiences, competencyCategories, dutyHolders, problemCategories, sectors } from '../lib/taxonomy.ts';
import {
  ID_PATTERN,
  anyRef,
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
export const GUIDE_REF_COLLECTIONS = ['competencies', 'duties', 'cases', 'lessons'] as const;

const guideFields = {
  /** 标题：读者会搜索的说法，简短具体。 */
  title: text('标题', '支部书记的政治素质', { max: 40 }),
  /** 摘要：两句话，说清这篇讲什么、读完能做什么。显示在列表、搜索结果和讲义里。 */
  summary: text('摘要', '党支部书记首先要政治上过硬。本篇说明政治素质包括什么，以及怎样在日常工作中体现。', {
    max: 200,
  }),
  /** 来源：引用的来源文献文件名（content/sources/ 下），至少一项。 */
  sources: z
    .array(ref('sources', '来源', 'huodian-zhibu-jingyan'), {
      error: (issue) =>
        issue.input === undefined
          ? '缺少必填字段「来源」。每篇内容都要注明出处，例如：\n  sources:\n    - huodian-zhibu-jingyan'
          : '「来源」应为一个列表，例如：\n  sources:\n    - huodian-zhibu-jingyan',
    })
    .min(1, { error: '「来源」至少要列出一项来源文献（content/sources/ 下的文件名）。' }),
  /** 相关条目：写成“栏目/文件名”，如 cases/dangyuan-fensan。对方页面会自动显示反向链接。 */
  related: z
    .array(anyRef(GUIDE_REF_COLLECTIONS, '相关条目', 'cases/dangyuan-fensan'), {
      error:
        '「相关条目」应为一个列表，每项写成“栏目/文件名”，例如：\n  related:\n    - cases/dangyuan-fensan',
    })
    .default([]),
  /** 检索词：读者可能用来搜这篇的日常说法（不必重复标题），帮助站内搜索。 */
  keywords: optionalTextList('检索词', '党员分散管不过来'),
  /** 排序：同一栏目内的先后，数字小的在前；不写为 100。 */
  order: integer('排序', '10', 0, 10000).default(100),
  /** 更新日期：内容最近一次核对的日期，写成 2026-11-22。 */
  updated: date('更新日期'),
  /** 草稿：写 true 则不发布。 */
  draft: z.boolean({ error: '「草稿」只能写 true 或 false。' }).default(false),
  /** 旧地址：改名或合并前用过的文件名。旧链接会自动跳转到这里，已发出去的链接不会失效。 */
  aliases: z
    .array(
      z
        .string({ error: fieldError('旧地址', '旧文件名', 'dangyuan-fensan') })
        .trim()
        .regex(ID_PATTERN, {
          error: '「旧地址」应为旧文件名（小写字母、数字和连字符，不带扩展名），例如：dangyuan-fensan',
        }),
      { error: '「旧地址」应为一个列表，例如：\n  aliases:\n    - dangyuan-fensan' },
    )
    .default([]),
};

const guideFieldNames = 'title、summary、sources、related、keywords、order、updated、draft、aliases';

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

/** 党小组职责：党小组、党小组长、党员或领导干部在党小组中的职责。 */
export const dutySchema = entry(
  {
    ...guideFields,
    /** 对象：这篇职责说的是谁。党支部、党小组、党小组长、党员、领导干部。 */
    who: oneOf(dutyHolders, '对象'),
    /** 职责清单：逐条列出要做的事。 */
    duties: textList('职责清单', '按时组织党小组会，每次有主题、有记录'),
    /** 依据：有名称的党内法规或文件，如《中国共产党支部工作条例（试行）》。没有就不写。 */
    basis: optionalTextList('依据', '《中国共产党支部工作条例（试行）》'),
  },
  `${guideFieldNames}、who、duties、basis`,
);

/** 一个问题的表现，带问题类别。 */
const problemSchema = entry(
  {
    /** 类别：思想认识、组织生活、党员教育管理、群众工作、党建与业务融合、考核激励、队伍建设、工作创新。 */
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
    agenda: objectList(agendaItemSchema, '议程', '\n  agenda:\n    - title: 导入\n      minutes: 10'),
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
    aliases: optionalTextList('别名', '“三会一课”制度'),
    /** 释义：一两句话说明它是什么。 */
    definition: text('释义', '党支部定期召开支部党员大会、支部委员会、党小组会，按时上好党课的制度。', {
      max: 200,
    }),
    /** 另见：相关术语的文件名。 */
    seeAlso: z
      .array(ref('glossary', '另见', 'zhuti-dangri'), { error: '「另见」应为术语文件名的列表。' })
      .default([]),
    /** 来源：来源文献文件名，至少一项。 */
    sources: guideFields.sources,
  },
  'term、aliases、definition、seeAlso、sources',
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

/** 来源文献：本站内容依据的原始文章。只写原文里有的信息。 */
export const sourceSchema = entry(
  {
    /** 标题：原文标题。 */
    title: text('标题', '基层党支部工作经验探讨'),
    /** 发布平台：原文所在网站或刊物。 */
    publisher: text('发布平台', '天天文库'),
    /** 日期：原文标注的发布时间，没有则不填。 */
    published: date('发布时间').optional(),
    /** 作者：原文署名，没有则不填。 */
    author: text('作者', '盛立新').optional(),
    /** 概要：这份文献讲了什么，我们用它写了哪些内容。 */
    description: text('概要', '从一家火电建设公司的实践出发，分析基层党支部工作的问题与对策。'),
    /** 收录的文章：一份来源收录多篇文章时逐篇列出。 */
    parts: z.array(sourcePartSchema, { error: '「收录的文章」应为一个列表。' }).default([]),
    /** 原件：shared/seeds/ 下的文件名，便于核对。 */
    seed: text('原件文件名', '000_17da74a48e3b8016.txt'),
  },
  'title、publisher、published、author、description、parts、seed',
);

export type CompetencyData = z.output<typeof competencySchema>;
export type DutyData = z.output<typeof dutySchema>;
export type CaseData = z.output<typeof caseSchema>;
export type LessonData = z.output<typeof lessonSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type SourceData = z.output<typeof sourceSchema>;

/** Each collection's schema by folder name: content/<name>/. */
export const schemas = {
  competencies: competencySchema,
  duties: dutySchema,
  cases: caseSchema,
  lessons: lessonSchema,
  glossary: glossarySchema,
  sources: sourceSchema,
} as const;

export type CollectionName = keyof typeof schemas;
