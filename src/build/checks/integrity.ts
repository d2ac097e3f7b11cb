/**
 * Checks that need every entry at once: references resolve, glossary terms are unique.
 * Used by the build (src/model/site.ts) and by `npm run check` (scripts/check.ts), so both fail
 * with the same Chinese message naming the file, the field and the fix.
 */
import type { Ref } from '../../schemas/fields.ts';
import { collectionLabel, oldIdsField, oldIdsOf } from '../../model/registry.ts';

export interface CheckedEntry {
  collection: string;
  id: string;
  /** Path relative to the project, e.g. content/cases/foo.md. */
  filePath: string;
  data: Record<string, unknown>;
}

export interface Problem {
  file: string;
  /** Where in the file: a field path like `related[2]`, or `第 3 行`. */
  field: string;
  message: string;
}

/** Every reference in an entry's data, with the field path it sits at. */
export function referencesIn(data: unknown, path = ''): { field: string; ref: Ref }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => referencesIn(item, `${path}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    const keys = Object.keys(data);
    const value = data as Record<string, unknown>;
    if (keys.length === 2 && typeof value.collection === 'string' && typeof value.id === 'string') {
      return [{ field: path, ref: { collection: value.collection, id: value.id } }];
    }
    return keys.flatMap((k) => referencesIn(value[k], path ? `${path}.${k}` : k));
  }
  return [];
}

/** Edit distance, for “did you mean” suggestions on misspelt ids. */
export function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(id: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const c of candidates) {
    const d = distance(id, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** References whose target does not exist (or is a draft, when drafts are left out). */
export function findBrokenReferences(entries: CheckedEntry[], drafts: CheckedEntry[] = []): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) {
    if (!ids.has(e.collection)) ids.set(e.collection, new Set());
    ids.get(e.collection)!.add(e.id);
  }
  const draftKeys = new Set(drafts.map((d) => `${d.collection}/${d.id}`));
  // Old addresses: a reference to a renamed or merged entry names where it went.
  const movedTo = new Map<string, string>();
  for (const e of entries) for (const old of oldIdsOf(e)) movedTo.set(`${e.collection}/${old}`, e.id);
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { field, ref } of referencesIn(entry.data)) {
      const known = ids.get(ref.collection) ?? new Set<string>();
      if (known.has(ref.id)) continue;
      const target = `${ref.collection}/${ref.id}`;
      const where = `content/${ref.collection}/${ref.id}${ref.collection === 'sources' ? '.yaml' : '.md'}`;
      let fix: string;
      const moved = movedTo.get(target);
      if (draftKeys.has(target)) {
        fix = `该条目还是草稿（draft: true），不会发布。请先发布它，或删去这条引用。`;
      } else if (moved) {
        fix = `它已改名或并入 ${ref.collection === 'sources' || ref.collection === 'glossary' ? moved : `${ref.collection}/${moved}`}，请改成新的文件名。`;
      } else {
        const guess = closest(ref.id, known);
        fix = guess
          ? `是不是想写 ${ref.collection === 'sources' || ref.collection === 'glossary' ? guess : `${ref.collection}/${guess}`}？`
          : `请先新建 ${where}，或改成「${collectionLabel(ref.collection)}」里已有的文件名。`;
      }
      problems.push({
        file: entry.filePath,
        field,
        message: `引用的条目“${target}”不存在。${fix}`,
      });
    }
  }
  return problems;
}

/**
 * Regulations are cited article by article through `rules`; experience articles are listed in
 * `sources`. A regulation in `sources` would be a citation without an article.
 */
export function findCitationProblems(entries: CheckedEntry[]): Problem[] {
  const kindOf = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data.kind]));
  const problems: Problem[] = [];
  for (const entry of entries) {
    const sources = (entry.data.sources as Ref[] | undefined) ?? [];
    sources.forEach((ref, i) => {
      if (kindOf.get(ref.id) !== 'regulation') return;
      problems.push({
        file: entry.filePath,
        field: `sources[${i}]`,
        message: `“${ref.id}”是党内法规，引用党内法规要写明第几条：请把它从「来源」里删去，改在「依据条文」里按条引用，例如：\n  rules:\n    - source: ${ref.id}\n      article: 第十三条\n      point: 这一条规定了什么（用自己的话）`,
      });
    });
    const rules = (entry.data.rules as { source: Ref }[] | undefined) ?? [];
    rules.forEach((rule, i) => {
      if (kindOf.get(rule.source.id) !== 'article') return;
      problems.push({
        file: entry.filePath,
        field: `rules[${i}].source`,
        message: `“${rule.source.id}”是经验文章，不是党内法规，没有条款可引。请把它列在「来源」(sources) 里。`,
      });
    });
  }
  return problems;
}

/**
 * A glossary word as readers see it: NFKC (full-width letters and digits become half-width),
 * lower case, without punctuation, symbols, spaces or invisible characters. “三会一课”制度 and
 * "三会一课"制度 are one word to a reader, so they are one word here.
 */
export function foldTerm(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\p{Cf}\s]/gu, '');
}

/** Glossary terms and aliases that are defined more than once, or differ only in punctuation, width or spaces. */
export function findDuplicateTerms(glossary: CheckedEntry[]): Problem[] {
  const seen = new Map<string, { word: string; file: string }>();
  const problems: Problem[] = [];
  for (const entry of glossary) {
    const term = entry.data.term as string;
    const aliases = (entry.data.aliases as string[] | undefined) ?? [];
    for (const [field, word] of [
      ['term', term] as const,
      ...aliases.map((a, i) => [`aliases[${i}]`, a] as const),
    ]) {
      const key = foldTerm(word) || word;
      const owner = seen.get(key);
      if (owner && owner.file !== entry.filePath) {
        problems.push({
          file: entry.filePath,
          field,
          message:
            owner.word === word
              ? `术语“${word}”已在 ${owner.file} 中定义。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。`
              : `术语“${word}”与 ${owner.file} 中的“${owner.word}”只差标点、空格或全角半角，读者看来是同一个说法。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。`,
        });
      } else if (!owner) {
        seen.set(key, { word, file: entry.filePath });
      }
    }
  }
  return problems;
}

/** References from an entry to itself (`related: [cases/x]` in cases/x.md): dropped by the pages, so an error here. */
export function findSelfReferences(entries: CheckedEntry[]): Problem[] {
  return entries.flatMap((entry) =>
    referencesIn(entry.data)
      .filter(({ ref }) => ref.collection === entry.collection && ref.id === entry.id)
      .map(({ field }) => ({
        file: entry.filePath,
        field,
        message: `这里引用的“${entry.collection}/${entry.id}”就是本条目自己。请删去这一项，或改成别的条目。`,
      })),
  );
}

/**
 * Two entries that would be served at the same address: an id or an old name (`aliases`,
 * `oldIds`) used twice within a collection, or an old name that is the entry's own address (the
 * page would redirect to itself forever).
 *
 * The clash is reported on the file that introduces it, decided without regard to the order
 * files are read in: an address belongs first to the entry whose file name it is (an old name
 * claiming an existing page is the newer claim, since that page was there first); between two
 * claims of the same kind (two old names, or x.md and x.mdx), to the file that sorts first.
 */
export function findUrlClashes(entries: CheckedEntry[]): Problem[] {
  const claims = new Map<string, { entry: CheckedEntry; field: string; alias: boolean }[]>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const field = oldIdsField(entry.collection);
    const oldIds = oldIdsOf(entry);
    const own = [{ field: '文件名', id: entry.id, alias: false }];
    oldIds.forEach((id, i) => {
      if (id === entry.id) {
        problems.push({
          file: entry.filePath,
          field: `${field}[${i}]`,
          message: `旧地址“${id}”就是本条目现在的文件名：旧地址会跳转到本页，本页就会不停地跳转到自己。请删去这一项。`,
        });
      } else own.push({ field: `${field}[${i}]`, id, alias: true });
    });
    for (const claim of own) {
      const url = `/${entry.collection}/${claim.id}/`;
      const list = claims.get(url) ?? [];
      if (!list.some((c) => c.entry === entry)) list.push({ entry, field: claim.field, alias: claim.alias });
      claims.set(url, list);
    }
  }
  for (const [url, list] of claims) {
    if (list.length < 2) continue;
    const [owner, ...others] = list.toSorted(
      (a, b) =>
        Number(a.alias) - Number(b.alias) ||
        (a.entry.filePath < b.entry.filePath ? -1 : a.entry.filePath > b.entry.filePath ? 1 : 0),
    );
    for (const other of others) {
      problems.push({
        file: other.entry.filePath,
        field: other.field,
        message: `网址 ${url} 已被 ${owner!.entry.filePath} 使用。两个条目不能共用一个网址：${other.alias ? '请删去这个旧地址（或改成别的）' : '请改用别的文件名'}。`,
      });
    }
  }
  return problems;
}

/**
 * Every check that needs all entries at once, for the build and for `npm run check` alike.
 * `existing` lists files that exist but failed their own checks: references to them are not
 * reported again as missing.
 */
export function crossEntryProblems(
  published: CheckedEntry[],
  drafts: CheckedEntry[],
  existing: CheckedEntry[] = [],
): Problem[] {
  return [
    ...findBrokenReferences([...published, ...existing], drafts),
    ...findCitationProblems(published),
    ...findSelfReferences(published),
    ...findDuplicateTerms(published.filter((e) => e.collection === 'glossary')),
    ...findUrlClashes(published),
  ];
}

/** Problems as one message for authors: one block per file. */
export function formatProblems(problems: Problem[]): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((p) => `  · ${p.field}：${p.message}`).join('\n')}`,
  );
  return `内容检查发现 ${problems.length} 处问题：\n\n${blocks.join('\n\n')}`;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
