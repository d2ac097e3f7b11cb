/**
 * Every enumeration that means something to readers, with its Chinese label.
 * One source of truth: the schemas build their enums from these lists, the index pages build
 * their filters from them, and the search index uses the labels as filter values.
 *
 * `key` is ASCII (it appears in URLs: /cases/sector/railway/); `label` is what authors write
 * in frontmatter and what readers see. The schemas accept either and store the key.
 */
export interface Term<K extends string = string> {
  readonly key: K;
  readonly label: string;
}

export const routineCategories = [
  { key: 'meetings', label: '会议与组织生活' },
  { key: 'development', label: '党员发展' },
  { key: 'management', label: '党员管理' },
  { key: 'organisation', label: '组织建设' },
] as const satisfies readonly Term[];

export const sourceKinds = [
  { key: 'regulation', label: '党内法规' },
  { key: 'article', label: '经验文章' },
] as const satisfies readonly Term[];

export const competencyCategories = [
  { key: 'role', label: '角色与职责' },
  { key: 'political', label: '政治素质' },
  { key: 'knowledge', label: '文化知识素质' },
  { key: 'ability', label: '能力素质' },
  { key: 'professional', label: '专业技术知识' },
  { key: 'psychological', label: '心理素质' },
  { key: 'awareness', label: '意识与作风' },
  { key: 'method', label: '工作方法' },
] as const satisfies readonly Term[];

export const dutyHolders = [
  { key: 'branch', label: '党支部' },
  { key: 'committee', label: '支部委员会' },
  { key: 'secretary', label: '党支部书记' },
  { key: 'group', label: '党小组' },
  { key: 'group-leader', label: '党小组长' },
  { key: 'member', label: '党员' },
  { key: 'leader', label: '领导干部' },
] as const satisfies readonly Term[];

export const sectors = [
  { key: 'power', label: '电力建设' },
  { key: 'railway', label: '铁路' },
  { key: 'oilfield', label: '油田' },
  { key: 'farm', label: '农垦' },
  { key: 'government', label: '机关' },
  { key: 'local', label: '地方党委' },
  { key: 'community', label: '社区' },
  { key: 'soe', label: '国有企业' },
  { key: 'general', label: '通用' },
] as const satisfies readonly Term[];

export const problemCategories = [
  { key: 'thinking', label: '思想认识' },
  { key: 'org-life', label: '组织生活' },
  { key: 'education', label: '党员教育管理' },
  { key: 'masses', label: '群众工作' },
  { key: 'integration', label: '党建与业务融合' },
  { key: 'assessment', label: '考核激励' },
  { key: 'team', label: '队伍建设' },
  { key: 'innovation', label: '工作创新' },
  { key: 'conduct', label: '作风' },
] as const satisfies readonly Term[];

export const audiences = [
  { key: 'new-secretary', label: '新任支部书记' },
  { key: 'secretary', label: '支部书记' },
  { key: 'group-leader', label: '党小组长' },
  { key: 'party-worker', label: '党务干部' },
] as const satisfies readonly Term[];

/** How often a routine comes round in the branch calendar (routines' `schedule.every`). */
export const scheduleIntervals = [
  { key: 'month', label: '每月' },
  { key: 'quarter', label: '每季度' },
  { key: 'year', label: '每年' },
] as const satisfies readonly Term[];

export type RoutineCategory = (typeof routineCategories)[number]['key'];
export type SourceKind = (typeof sourceKinds)[number]['key'];
export type CompetencyCategory = (typeof competencyCategories)[number]['key'];
export type DutyHolder = (typeof dutyHolders)[number]['key'];
export type Sector = (typeof sectors)[number]['key'];
export type ProblemCategory = (typeof problemCategories)[number]['key'];
export type Audience = (typeof audiences)[number]['key'];
export type ScheduleInterval = (typeof scheduleIntervals)[number]['key'];

/** The Chinese label of a key; throws on an unknown key so a typo never renders as blank. */
export function labelOf(terms: readonly Term[], key: string): string {
  const term = terms.find((t) => t.key === key);
  if (!term) throw new Error(`未知的取值“${key}”，可选：${terms.map((t) => t.key).join('、')}`);
  return term.label;
}
