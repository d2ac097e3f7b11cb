import type { CollectionName } from '../../src/schemas/collections.ts';
/** Good frontmatter for each collection: a test changes one field and expects one message. */
export const good = {
  routines: {
    title: '党小组会',
    summary: '党小组会是党小组的基本组织生活。本篇说明多久开、谁参加、怎么开。',
    category: '会议与组织生活',
    frequency: '一般每月召开1次',
    convener: '党小组组长召集并主持',
    attendees: '本小组全体党员',
    steps: ['会前确定主题'],
    records: ['会议记录'],
    mistakes: [{ text: '会议记录事后补写', case: 'cases/sanhui-yike-liuyu-xingshi' }],
    rules: [{ source: 'zhibu-gongzuo-tiaoli', article: '第十三条', point: '党小组会一般每月召开一次。' }],
    updated: '2026-12-04',
  },
  competencies: {
    title: '政治素质',
    summary: '书记首先要政治上过硬。本篇说明政治素质包括什么。',
    category: '政治素质',
    keyPoints: ['立场坚定'],
    selfCheck: ['我是否按时参加组织生活？'],
    sources: ['hege-zhibu-shuji'],
    updated: '2026-11-22',
  },
  duties: {
    title: '党小组长做什么',
    summary: '党小组长带领小组落实支部任务。本篇列出具体职责。',
    who: '党小组长',
    duties: ['组织党小组会'],
    sources: ['dangxiaozu-jianshe'],
    updated: '2026-11-22',
  },
  cases: {
    title: '党员分散流动，活动难开展',
    summary: '施工任务重，党员分散在各地。本篇给出对策。',
    sector: '电力建设',
    problems: [{ category: '组织生活', text: '党员很难集中' }],
    causes: ['工地分散'],
    countermeasures: ['按工地划分党小组'],
    indicators: ['党小组会按时召开'],
    sources: ['huodian-zhibu-jingyan'],
    updated: '2026-11-22',
  },
  lessons: {
    title: '新任支部书记入门半天课',
    summary: '给新任书记的入门课。讲角色、素质和常见问题。',
    audience: '新任支部书记',
    duration: 30,
    objectives: ['说出书记的三重角色'],
    agenda: [
      { title: '导入', minutes: 10 },
      { title: '案例', minutes: 20, guide: 'cases/dangyuan-fensan-liudong' },
    ],
    discussion: ['你的支部党员分布在哪里？'],
    sources: ['hege-zhibu-shuji'],
    updated: '2026-11-22',
  },
  glossary: {
    term: '三会一课',
    aliases: ['“三会一课”制度'],
    definition: '党支部定期召开支部党员大会、支部委员会、党小组会，按时上好党课。',
    sources: ['tielu-dangzongzhi-wenti'],
  },
  sources: {
    kind: '经验文章',
    title: '基层党支部工作经验探讨',
    publisher: '天天文库',
    published: '2018-02-07',
    description: '一家火电建设公司的基层党支部工作经验。',
    seed: '000_17da74a48e3b8016.txt',
  },
} as const;

export function without<T extends object>(obj: T, key: keyof T): Partial<T> {
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

/** The fields each collection's schema requires (the tests remove each in turn). */
export const REQUIRED_FIELDS: Record<CollectionName, string[]> = {
  routines: [
    'title',
    'summary',
    'category',
    'frequency',
    'convener',
    'attendees',
    'steps',
    'records',
    'mistakes',
    'rules',
    'updated',
  ],
  competencies: ['title', 'summary', 'category', 'keyPoints', 'selfCheck', 'sources', 'updated'],
  duties: ['title', 'summary', 'who', 'duties', 'sources', 'updated'],
  cases: [
    'title',
    'summary',
    'sector',
    'problems',
    'causes',
    'countermeasures',
    'indicators',
    'sources',
    'updated',
  ],
  lessons: [
    'title',
    'summary',
    'audience',
    'duration',
    'objectives',
    'agenda',
    'discussion',
    'sources',
    'updated',
  ],
  glossary: ['term', 'definition', 'sources'],
  sources: ['title', 'publisher', 'description', 'seed'],
};
