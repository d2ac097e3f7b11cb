/**
 * The search page's state in its URL, so a trainer can send a search as a link:
 * /search/?q=三会一课&sector=铁路. Filter values are the Chinese labels Pagefind indexes.
 */
export const FILTER_PARAMS = {
  栏目: 'collection',
  分类: 'category',
  对象: 'who',
  行业: 'sector',
  问题类型: 'problem',
} as const;

export type FilterName = keyof typeof FILTER_PARAMS;

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterName, string[]>>;
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
