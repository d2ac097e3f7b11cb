/**
 * 我的学习: what a reader keeps on their own phone, and nowhere else. Questions answered wrongly
 * (错题本, until answered rightly), guides read, bookmarks (收藏) and checklist ticks, in one
 * localStorage entry. No times, counts or scores are kept: this is for learning, not for rating
 * people. The export file is this same record, checked field by field when it is read back, since
 * a file from elsewhere may hold anything.
 */

/** A page of the site: its path (/routines/dangxiaozu-hui/) and title. */
export interface PageRef {
  path: string;
  title: string;
}

/** A question answered wrongly: where it is, and its text, to list it without the page. */
export interface WrongQuestion extends PageRef {
  /** The question's id on its page (src/shared/quiz.ts questionId). */
  id: string;
  question: string;
}

export interface StudyData {
  wrong: WrongQuestion[];
  read: PageRef[];
  bookmarks: PageRef[];
  /** `path#checklist-id` → the indexes of the ticked items. */
  checklists: Record<string, number[]>;
}

/** The localStorage key. */
export const STUDY_KEY = 'zhinan-study';
/** The export file's `format` and `version`. */
export const EXPORT_FORMAT = 'jiceng-dangzhibu-zhinan/wode-xuexi';
export const EXPORT_VERSION = 1;

/** Bounds that keep a hostile or corrupt file from filling the phone. */
const MAX_ITEMS = 2000;
const MAX_TEXT = 500;
const MAX_TICKS = 200;

export const emptyStudy = (): StudyData => ({ wrong: [], read: [], bookmarks: [], checklists: {} });

/** A site path: only `/`, lower-case letters, digits and hyphens (no `javascript:`, no other site). */
export const isSitePath = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_TEXT && /^\/(?:[a-z0-9-]+\/)*$/.test(value);

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;

function pageRefs(value: unknown): PageRef[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((v): v is PageRef => !!v && isSitePath(v.path) && isText(v.title))
    .slice(0, MAX_ITEMS)
    .map((v) => ({ path: v.path, title: v.title }));
}

function wrongQuestions(value: unknown): WrongQuestion[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (v): v is WrongQuestion =>
        !!v && isSitePath(v.path) && isText(v.title) && isText(v.question) && /^[a-z0-9-]{1,80}$/.test(v.id),
    )
    .slice(0, MAX_ITEMS)
    .map((v) => ({ path: v.path, title: v.title, id: v.id, question: v.question }));
}

function checklists(value: unknown): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, ticks] of Object.entries(value).slice(0, MAX_ITEMS)) {
    const [path, id] = key.split('#');
    if (!isSitePath(path) || !id || !/^[a-z0-9-]{1,80}$/.test(id) || !Array.isArray(ticks)) continue;
    const valid = ticks.filter((t): t is number => Number.isInteger(t) && t >= 0 && t < MAX_TICKS);
    if (valid.length) out[key] = [...new Set(valid)].sort((a, b) => a - b);
  }
  return out;
}

/** Whatever was stored, as StudyData: unknown or broken parts are dropped, never trusted. */
export function normalise(value: unknown): StudyData {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    wrong: uniqueBy(wrongQuestions(v.wrong), (q) => `${q.path}#${q.id}`),
    read: uniqueBy(pageRefs(v.read), (p) => p.path),
    bookmarks: uniqueBy(pageRefs(v.bookmarks), (p) => p.path),
    checklists: checklists(v.checklists),
  };
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) seen.set(key(item), item);
  return [...seen.values()];
}

/** Reads the stored record; a missing or unreadable one is empty. */
export function readStudy(storage: Pick<Storage, 'getItem'>): StudyData {
  try {
    return normalise(JSON.parse(storage.getItem(STUDY_KEY) ?? '{}'));
  } catch {
    return emptyStudy();
  }
}

export function writeStudy(storage: Pick<Storage, 'setItem'>, data: StudyData): void {
  storage.setItem(STUDY_KEY, JSON.stringify(data));
}

/** Reads, changes and writes the record in one step. */
export function updateStudy(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  change: (data: StudyData) => StudyData,
): StudyData {
  const next = normalise(change(readStudy(storage)));
  writeStudy(storage, next);
  return next;
}

/** A wrong answer enters the 错题本; answering the same question rightly takes it out. */
export function recordAnswer(data: StudyData, question: WrongQuestion, correct: boolean): StudyData {
  const others = data.wrong.filter((q) => !(q.path === question.path && q.id === question.id));
  return { ...data, wrong: correct ? others : [...others, question] };
}

/** The latest page read comes first. */
export function recordRead(data: StudyData, page: PageRef): StudyData {
  return { ...data, read: [page, ...data.read.filter((p) => p.path !== page.path)] };
}

export const isBookmarked = (data: StudyData, path: string) => data.bookmarks.some((b) => b.path === path);

export function toggleBookmark(data: StudyData, page: PageRef): StudyData {
  return isBookmarked(data, page.path)
    ? { ...data, bookmarks: data.bookmarks.filter((b) => b.path !== page.path) }
    : { ...data, bookmarks: [page, ...data.bookmarks] };
}

export const checklistKey = (path: string, id: string) => `${path}#${id}`;

export function setTicks(data: StudyData, key: string, ticks: readonly number[]): StudyData {
  const checklists = { ...data.checklists };
  if (ticks.length) checklists[key] = [...ticks];
  else delete checklists[key];
  return { ...data, checklists };
}

/** The export file's text: the record with its format and version. */
export function exportStudy(data: StudyData): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, ...data }, null, 1);
}

/** Reads an export file; throws an Error with a Chinese message when it is not one. */
export function parseExport(text: string): StudyData {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('这个文件不是本站导出的学习记录（无法读取）。请选择“导出”得到的 .json 文件。');
  }
  const v = value as { format?: unknown; version?: unknown } | null;
  if (!v || v.format !== EXPORT_FORMAT)
    throw new Error('这个文件不是本站导出的学习记录。请选择“导出”得到的 .json 文件。');
  if (v.version !== EXPORT_VERSION)
    throw new Error('这个学习记录来自更新版本的网站，请先在本机刷新网站再导入。');
  return normalise(value);
}

/** Imported records join the ones already here; nothing here is lost. */
export function mergeStudy(here: StudyData, imported: StudyData): StudyData {
  const ticks: Record<string, number[]> = { ...here.checklists };
  for (const [key, t] of Object.entries(imported.checklists)) ticks[key] = [...(ticks[key] ?? []), ...t];
  return normalise({
    wrong: [...imported.wrong, ...here.wrong],
    read: [...imported.read, ...here.read],
    bookmarks: [...imported.bookmarks, ...here.bookmarks],
    checklists: ticks,
  });
}
