/**
 * The static filters of a collection's index page (/cases/sector/railway/ …), built from the
 * facets the registry declares with a route.
 */
import type { GuideCollectionDef } from './registry.ts';
import { filterLinks, type FilterLink } from './queries.ts';

export interface FilterGroup {
  label: string;
  links: FilterLink[];
}

export function filterGroups(def: GuideCollectionDef, list: readonly { data: object }[]): FilterGroup[] {
  return def.facets.flatMap((f) =>
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
}
