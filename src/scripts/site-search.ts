/**
 * <site-search>: the search page. Loads Pagefind only here, reads the query and filters from
 * the URL, shows results with the collection, facets and a marked excerpt, and filter checkboxes
 * with counts. Everything it shows is also in the URL.
 */
import {
  FILTER_PARAMS,
  parseSearchParams,
  toSearchParams,
  type FilterName,
  type SearchState,
} from '../lib/search-params.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string[] | { any: string[] }> },
  ): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 40 });
    await pf.init();
    await pf.filters(); // loads the filter index, so every search also returns counts per filter
    return pf;
  });
  return pagefindPromise;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

class SiteSearch extends HTMLElement {
  #state: SearchState = { q: '', filters: {} };
  #run = 0;

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    this.#state = parseSearchParams(new URLSearchParams(location.search));
    input.value = this.#state.q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#state = { q: input.value.trim(), filters: this.#state.filters };
      this.#update();
    });
    this.querySelector('.filters')!.addEventListener('change', (event) => {
      const box = event.target as HTMLInputElement;
      const name = box.name as FilterName;
      const current = new Set(this.#state.filters[name] ?? []);
      if (box.checked) current.add(box.value);
      else current.delete(box.value);
      this.#state.filters = { ...this.#state.filters, [name]: [...current] };
      this.#update();
    });
    window.addEventListener('popstate', () => {
      this.#state = parseSearchParams(new URLSearchParams(location.search));
      input.value = this.#state.q;
      void this.#search();
    });
    void this.#search();
  }

  #update() {
    const params = toSearchParams(this.#state).toString();
    history.pushState(null, '', params ? `?${params}` : location.pathname);
    void this.#search();
  }

  async #search() {
    const run = ++this.#run;
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    const { q, filters } = this.#state;
    if (!q) {
      status.textContent = '请输入要查找的内容。';
      list.replaceChildren();
      this.#renderFilters({}, {});
      return;
    }
    status.textContent = '正在搜索……';
    const pagefind = await loadPagefind();
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length));
    const search = await pagefind.search(q, { filters: active });
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
    if (run !== this.#run) return;
    status.textContent = search.results.length
      ? `“${q}”共找到 ${search.results.length} 条结果${search.results.length > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`
      : `没有找到与“${q}”相关的内容。可以换个说法，或少用几个字再试。`;
    list.replaceChildren(...data.map((d) => this.#result(d)));
    this.#renderFilters(search.filters, active);
  }

  #result(d: PagefindResultData) {
    const excerpt = el('p', { className: 'excerpt' });
    excerpt.innerHTML = d.excerpt; // Pagefind escapes page text and adds only <mark>.
    const facets = Object.entries(d.filters)
      .filter(([name]) => name !== '栏目')
      .flatMap(([, values]) => values);
    return el(
      'li',
      {},
      el('a', { href: d.url, className: 'title' }, d.meta.title ?? d.url),
      el('p', { className: 'meta' }, [d.meta.collection, ...facets].filter(Boolean).join(' · ')),
      excerpt,
    );
  }

  #renderFilters(counts: PagefindSearch['filters'], active: Record<string, string[]>) {
    const box = this.querySelector<HTMLElement>('.filters')!;
    const names = (Object.keys(FILTER_PARAMS) as FilterName[]).filter(
      (n) => Object.keys(counts[n] ?? {}).length,
    );
    box.hidden = names.length === 0;
    box.replaceChildren(
      ...names.map((name) =>
        el(
          'fieldset',
          {},
          el('legend', {}, name),
          ...Object.entries(counts[name]!)
            .filter(([value, count]) => count > 0 || active[name]?.includes(value))
            .map(([value, count]) => {
              const box = document.createElement('input');
              box.type = 'checkbox';
              box.name = name;
              box.value = value;
              box.checked = active[name]?.includes(value) ?? false;
              return el('label', {}, box, ` ${value} `, el('span', { className: 'count' }, `(${count})`));
            }),
        ),
      ),
    );
  }
}

customElements.define('site-search', SiteSearch);
