/**
 * How a collection is listed and filtered, from the facets the registry declares: the groups of
 * its index page, sidebar and previous/next (`groupBy`), and the static filters of its index page
 * (/cases/sector/railway/ …, the facets with a route).
 */
import type { GuideCollectionDef } from './registry.ts';
import { filterLinks, groupByTerm, placesIn, type FilterLink, type Group } from './queries.ts';

export interface FilterGroup {
  label: string;
  links: FilterLink[];
}

/** Filters per (sorted) list: every filter page of a collection shows the same ones. */
const filtered = new WeakMap<readonly object[], FilterGroup[]>();

/**
 * The static filters of a collection (its facets with a route), each term with its count and
 * page; computed once per list, since each of the collection's filter pages shows them all.
 */
export function filterGroups(def: GuideCollectionDef, list: readonly { data: object }[]): FilterGroup[] {
  const known = filtered.get(list);
  if (known) return known;
  const groups = def.facets.flatMap((f) =>
    f.route
      ? [
          {
            label: f.name,
            links: filterLinks(
              list,
              f.terms,
              (e) => f.keysOf(e.data as Record<string, unknown>),
              `/${def.key}/${f.route}/`,
            ),
          },
        ]
      : [],
  );
  filtered.set(list, groups);
  return groups;
}

/** Groups per (sorted) list, so every page of a collection reuses one grouping per build. */
const grouped = new WeakMap<readonly object[], Group<never>[]>();

/**
 * A collection's entries grouped the way its index page lists them: by the registry's `groupBy`
 * facet, in the taxonomy's order, each group in the list's order. The index page, the sidebar of
 * every page and previous/next read this one grouping.
 */
export function guideGroups<T extends { data: object }>(
  def: GuideCollectionDef,
  list: readonly T[],
): Group<T>[] {
  const known = grouped.get(list);
  if (known) return known as Group<T>[];
  const facet = def.facets.find((f) => f.param === def.groupBy);
  if (!facet) throw new Error(`栏目“${def.key}”的 groupBy“${def.groupBy}”不是它的筛选项`);
  const groups = groupByTerm(list, facet.terms, (e) => facet.keysOf(e.data as Record<string, unknown>));
  grouped.set(list, groups as Group<never>[]);
  return groups;
}

/** The group holding an entry, and the entries before and after it in that group. */
export function guideNeighbours<T extends { id: string; data: object }>(
  def: GuideCollectionDef,
  list: readonly T[],
  entry: T,
): { group: Group<T> | undefined; prev: T | undefined; next: T | undefined } {
  const groups = guideGroups(def, list);
  const [place] = placesIn(groups, entry.id);
  if (!place) return { group: undefined, prev: undefined, next: undefined };
  const group = groups[place.group]!;
  return { group, prev: group.items[place.index - 1], next: group.items[place.index + 1] };
}
