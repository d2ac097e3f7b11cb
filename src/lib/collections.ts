/**
 * What each collection's index page says and which static filters it offers.
 * Filter pages live at /competencies/category/<key>/, /duties/who/<key>/,
 * /cases/sector/<key>/ and /cases/problem/<key>/.
 */
import { filterLinks, type FilterLink } from './queries.ts';
import { competencyCategories, dutyHolders, problemCategories, sectors } from './taxonomy.ts';

export const intros = {
  competencies:
    '支部书记应当具备哪些素质和能力、扮演哪些角色、用什么方法开展工作。每篇有要点、做法、常见误区和自查问题。',
  duties:
    '党小组是党支部的“桥头堡”。这里说明党小组、党小组长、党员和领导干部在党小组中各自要做什么、怎么做。',
  cases:
    '来自电力建设、铁路、油田等单位的常见问题：每个案例按“表现—原因—对策—见效标志”展开，可按行业和问题类型筛选。',
  lessons: '给培训者用的课程方案：对象、时长、目标、分环节议程（链接到所用的指南和案例）、讨论题。',
} as const;

export interface FilterGroup {
  label: string;
  links: FilterLink[];
}

export const competencyFilters = (list: readonly { data: { category: string } }[]): FilterGroup[] => [
  {
    label: '分类',
    links: filterLinks(list, competencyCategories, (e) => [e.data.category], '/competencies/category/'),
  },
];

export const dutyFilters = (list: readonly { data: { who: string } }[]): FilterGroup[] => [
  { label: '对象', links: filterLinks(list, dutyHolders, (e) => [e.data.who], '/duties/who/') },
];

export const caseFilters = (
  list: readonly { data: { sector: string; problems: { category: string }[] } }[],
): FilterGroup[] => [
  { label: '行业', links: filterLinks(list, sectors, (e) => [e.data.sector], '/cases/sector/') },
  {
    label: '问题类型',
    links: filterLinks(
      list,
      problemCategories,
      (e) => e.data.problems.map((p) => p.category),
      '/cases/problem/',
    ),
  },
];
