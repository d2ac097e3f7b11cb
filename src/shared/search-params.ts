/**
 * The search page's state in its URL, so a trainer can send a search as a link:
 * /search/?q=三会一课&sector=铁路. Filter values are the Chinese labels Pagefind indexes.
 */
import { SEARCH_FILTERS } from '../model/registry.ts';

export const FILTER_PARAMS: Record<string, string> = Object.fromEntries(
  SEARCH_FILTERS.map((f) => [f.name, f.param]),
);

/** Results shown at first, and added by each press of “显示更多”: each one loads a fragment. */
export const PAGE_SIZE = 10;
/**
 * Of the first PAGE_SIZE, those a phone shows on its first screen: their fragments are fetched
 * and shown first, the rest of the ten right after, so the reader waits for fewer files.
 */
export const FIRST_SCREEN = 5;

export type FilterName = string;

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
}

export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const [name, param] of Object.entries(FILTER_PARAMS) as [FilterName, string][]) {
    const values = [
      ...new Set(
        params
          .getAll(param)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[name] = values;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name, param] of Object.entries(FILTER_PARAMS) as [FilterName, string][]) {
    for (const value of state.filters[name] ?? []) params.append(param, value);
  }
  return params;
}
