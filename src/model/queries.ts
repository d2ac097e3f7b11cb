/**
 * Pure queries over the site's entries: ordering, links in both directions, neighbours and
 * groupings. They take plain objects, so they are unit-tested without Astro; src/model/site.ts
 * feeds them the real collections once per build.
 */
import type { Ref } from '../schemas/fields.ts';
import type { Term } from './taxonomy.ts';

export interface GuideLike {
  collection: string;
  id: string;
  data: {
    title: string;
    order: number;
    related: Ref[];
    agenda?: { guide?: Ref | undefined }[];
  };
}

export const keyOf = (ref: { collection: string; id: string }) => `${ref.collection}/${ref.id}`;

/** Where an entry lives on the site. Sources are anchors on one page; everything else has a page. */
export function urlOf(ref: { collection: string; id: string }): string {
  if (ref.collection === 'sources') return `/${ref.collection}/#${ref.id}`;
  return `/${ref.collection}/${ref.id}/`;
}

const collator = new Intl.Collator('zh-CN');

/** Authors' `order` first, then title in Chinese (pinyin) order, then id so ties are stable. */
export function sortGuides<T extends GuideLike>(list: readonly T[]): T[] {
  return [...list].sort(
    (a, b) =>
      a.data.order - b.data.order || collator.compare(a.data.title, b.data.title) || a.id.localeCompare(b.id),
  );
}

/** Every guide an entry points at: its `related` list, then a lesson's agenda items. */
export function outgoing(entry: GuideLike): Ref[] {
  const agenda = (entry.data.agenda ?? []).flatMap((item) => (item.guide ? [item.guide] : []));
  return [...entry.data.related, ...agenda];
}

export interface LinkGraph<T extends GuideLike> {
  /** Entries this one points at, then entries that point at it (backlinks); each once. */
  relatedOf(entry: T): T[];
  /** Only the entries that point at this one. */
  backlinksOf(entry: T): T[];
  get(ref: { collection: string; id: string }): T | undefined;
}

/** Indexes links once per build, so no page scans every collection again. */
export function buildLinkGraph<T extends GuideLike>(entries: readonly T[]): LinkGraph<T> {
  const byKey = new Map(entries.map((e) => [keyOf(e), e]));
  const incoming = new Map<string, T[]>();
  for (const entry of entries) {
    for (const ref of outgoing(entry)) {
      const key = keyOf(ref);
      const list = incoming.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      incoming.set(key, list);
    }
  }
  return {
    get: (ref) => byKey.get(keyOf(ref)),
    backlinksOf: (entry) => incoming.get(keyOf(entry)) ?? [],
    relatedOf(entry) {
      const self = keyOf(entry);
      const seen = new Set<string>([self]);
      const out: T[] = [];
      const add = (e: T | undefined) => {
        if (e && !seen.has(keyOf(e))) {
          seen.add(keyOf(e));
          out.push(e);
        }
      };
      for (const ref of outgoing(entry)) add(byKey.get(keyOf(ref)));
      for (const e of incoming.get(self) ?? []) add(e);
      return out;
    },
  };
}

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Groups entries by a taxonomy field, in the taxonomy's order, leaving out empty groups. */
export function groupByTerm<T>(
  list: readonly T[],
  terms: readonly Term[],
  keysOf: (item: T) => readonly string[],
): Group<T>[] {
  return terms
    .map((t) => ({ key: t.key, label: t.label, items: list.filter((item) => keysOf(item).includes(t.key)) }))
    .filter((g) => g.items.length > 0);
}

/** The most entries a sidebar group lists: at scale a page must not carry its whole collection. */
export const SIDEBAR_LIMIT = 15;

export interface SidebarGroup<T> extends Group<T> {
  /** How many entries the group has in all (items holds at most SIDEBAR_LIMIT of them). */
  count: number;
  /** The group holds the current entry. */
  here: boolean;
}

/** Where each entry stands in a grouping: per group holding it, its index there. */
const positions = new WeakMap<
  readonly Group<{ id: string }>[],
  Map<string, { group: number; index: number }[]>
>();

/**
 * The places of entry `id` in `groups` (an entry may be in several groups), indexed once per
 * grouping: every page of a collection looks itself up without scanning the collection.
 */
export function placesIn(
  groups: readonly Group<{ id: string }>[],
  id: string,
): { group: number; index: number }[] {
  let byId = positions.get(groups);
  if (!byId) {
    byId = new Map();
    for (const [group, g] of groups.entries())
      for (const [index, e] of g.items.entries()) {
        const places = byId.get(e.id) ?? [];
        if (!places.some((p) => p.group === group)) places.push({ group, index });
        byId.set(e.id, places);
      }
    positions.set(groups, byId);
  }
  return byId.get(id) ?? [];
}

/**
 * A page's sidebar: each group with at most `limit` entries; a group holding the current entry
 * lists those around it, any other group its first ones. The rest are on the collection's index.
 */
export function sidebarGroups<T extends { id: string }>(
  groups: readonly Group<T>[],
  currentId: string,
  limit = SIDEBAR_LIMIT,
): SidebarGroup<T>[] {
  const places = placesIn(groups, currentId);
  return groups.map((g, group) => {
    const i = places.find((p) => p.group === group)?.index ?? -1;
    const start = Math.max(0, Math.min(i - Math.floor(limit / 2), g.items.length - limit));
    return { ...g, items: g.items.slice(start, start + limit), count: g.items.length, here: i >= 0 };
  });
}

export interface FilterLink {
  key: string;
  label: string;
  count: number;
  href: string;
}

/** Links to the static filter pages of one facet, with how many entries each lists. */
export function filterLinks<T>(
  list: readonly T[],
  terms: readonly Term[],
  keysOf: (item: T) => readonly string[],
  base: string,
): FilterLink[] {
  return groupByTerm(list, terms, keysOf).map((g) => ({
    key: g.key,
    label: g.label,
    count: g.items.length,
    href: `${base}${g.key}/`,
  }));
}

const DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** The number of an article written in Chinese numerals: 第十三条 → 13, 第一百零二条 → 102. */
export function articleNumber(article: string): number {
  const m = /^第([〇零一二三四五六七八九十百]+)条/.exec(article);
  if (!m) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const ch of m[1]!) {
    if (ch === '百') [total, digit] = [total + (digit || 1) * 100, 0];
    else if (ch === '十') [total, digit] = [total + (digit || 1) * 10, 0];
    else digit = DIGITS[ch]!;
  }
  return total + digit;
}

export interface Citation<T> {
  article: string;
  entries: T[];
}

/** For each regulation, its articles in order with the entries citing each one. */
export function citationsBySource<T extends { data: { rules: { source: Ref; article: string }[] } }>(
  entries: readonly T[],
): Map<string, Citation<T>[]> {
  const bySource = new Map<string, Map<string, T[]>>();
  for (const entry of entries) {
    for (const rule of entry.data.rules) {
      const articles = bySource.get(rule.source.id) ?? new Map<string, T[]>();
      bySource.set(rule.source.id, articles);
      const list = articles.get(rule.article) ?? [];
      if (!list.includes(entry)) list.push(entry);
      articles.set(rule.article, list);
    }
  }
  const sorted = new Map<string, Citation<T>[]>();
  for (const [source, articles] of bySource) {
    sorted.set(
      source,
      [...articles]
        .map(([article, list]) => ({ article, entries: list }))
        .sort(
          (a, b) => articleNumber(a.article) - articleNumber(b.article) || a.article.localeCompare(b.article),
        ),
    );
  }
  return sorted;
}

/** A routine that has a place in the branch calendar. */
export interface ScheduledLike {
  id: string;
  data: {
    frequency: string;
    schedule?: { every: string; label: string; month?: number | undefined } | undefined;
  };
}

/**
 * The routines with a `schedule` field, for the branch calendar: by the order of `intervals`
 * (monthly, quarterly, yearly), and within one interval in the order given (the routines' order).
 */
export function scheduledRoutines<T extends ScheduledLike>(
  routines: readonly T[],
  intervals: readonly Term[],
): (T & { data: { schedule: { every: string; label: string } } })[] {
  const rank = (key: string) => intervals.findIndex((t) => t.key === key);
  return routines
    .filter((r): r is T & { data: { schedule: { every: string; label: string } } } => !!r.data.schedule)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.data.schedule.every) - rank(b.r.data.schedule.every) || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * The rules of `guides` that cite the given articles, one per regulation and article (the first
 * guide citing it wins), in the order of `refs`: a tool shows the points its routines already make.
 */
export function rulesCiting<R extends { source: Ref; article: string }>(
  guides: readonly { data: { rules: readonly R[] } }[],
  refs: readonly { source: string; article: string }[],
): R[] {
  const out: R[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    const key = `${ref.source} ${ref.article}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const rule = guides
      .flatMap((g) => g.data.rules)
      .find((r) => r.source.id === ref.source && r.article === ref.article);
    if (rule) out.push(rule);
  }
  return out;
}

/** The branch calendar's events and its stamp (the latest `updated` of its routines), from the routines. */
export function branchSchedule<T extends ScheduledLike & { collection: string; data: { updated: Date } }>(
  routines: readonly T[],
  intervals: readonly Term[],
  site: URL,
) {
  const scheduled = scheduledRoutines(routines, intervals);
  const items = scheduled.map((r) => ({
    id: r.id,
    label: r.data.schedule.label,
    every: r.data.schedule.every as 'month' | 'quarter' | 'year',
    ...(r.data.schedule.month === undefined ? {} : { month: r.data.schedule.month }),
    frequency: r.data.frequency,
    url: new URL(urlOf(r), site).href,
  }));
  const latest = Math.max(0, ...scheduled.map((r) => r.data.updated.getTime()));
  return { items, stamp: new Date(latest).toISOString().slice(0, 10), domain: site.hostname };
}

/**
 * What the search page knows of the site's wording (src/shared/question-query.ts): glossary terms
 * with their aliases and addresses (also offered when a query finds nothing), and every everyday
 * phrase of the entries' and tools' `keywords`, once each.
 */
export function searchVocabulary(
  glossary: readonly { collection: string; id: string; data: { term: string; aliases: string[] } }[],
  entries: readonly { data: { keywords: readonly string[] } }[],
): { terms: { term: string; aliases: string[]; url: string }[]; phrases: string[] } {
  return {
    terms: glossary.map((g) => ({ term: g.data.term, aliases: g.data.aliases, url: urlOf(g) })),
    phrases: [...new Set(entries.flatMap((e) => e.data.keywords))],
  };
}
