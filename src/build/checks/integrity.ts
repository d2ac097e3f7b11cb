/**
 * Checks that need every entry at once: references resolve, glossary terms are unique.
 * Used by the build (src/model/site.ts) and by `npm run check` (scripts/check.ts), so both fail
 * with the same Chinese message naming the file, the field and the fix.
 */
import type { Ref } from '../../schemas/fields.ts';
import { collectionLabel, oldIdsField } from '../../model/registry.ts';

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
  for (const e of entries) {
    const field = oldIdsField(e.collection);
    for (const old of field ? ((e.data[field] as string[] | undefined) ?? []) : [])
      movedTo.set(`${e.collection}/${old}`, e.id);
  }
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

/** Glossary terms and aliases that are defined more than once. */
export function findDuplicateTerms(glossary: CheckedEntry[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of glossary) {
    const term = entry.data.term as string;
    const aliases = (entry.data.aliases as string[] | undefined) ?? [];
    for (const [field, word] of [
      ['term', term] as const,
      ...aliases.map((a, i) => [`aliases[${i}]`, a] as const),
    ]) {
      const owner = seen.get(word);
      if (owner && owner !== entry.filePath) {
        problems.push({
          file: entry.filePath,
          field,
          message: `术语“${word}”已在 ${owner} 中定义。同一说法只能属于一个术语：请删去一处，或改为在「另见」(seeAlso) 中互相引用。`,
        });
      } else {
        seen.set(word, entry.filePath);
      }
    }
  }
  return problems;
}

/**
 * Two entries that would be served at the same address: an id or an old name (`aliases`, `oldIds`) used
 * twice within a collection.
 */
export function findUrlClashes(entries: CheckedEntry[]): Problem[] {
  const owner = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const field = oldIdsField(entry.collection);
    const oldIds = field ? ((entry.data[field] as string[] | undefined) ?? []) : [];
    const claims = [
      { field: '文件名', id: entry.id },
      ...oldIds.map((id, i) => ({ field: `${field}[${i}]`, id })),
    ];
    for (const claim of claims) {
      const url = `/${entry.collection}/${claim.id}/`;
      const other = owner.get(url);
      if (other && other !== entry) {
        problems.push({
          file: entry.filePath,
          field: claim.field,
          message: `网址 ${url} 已被 ${other.filePath} 使用。两个条目不能共用一个网址：请改用别的文件名，或删去重复的旧地址。`,
        });
      } else owner.set(url, entry);
    }
  }
  return problems;
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
