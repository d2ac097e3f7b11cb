/**
 * <site-search>: the search page. Loads Pagefind only here, reads the query and filters from the
 * URL, shows results (title, collection, facets, an excerpt with the query marked), filters with
 * counts, and glossary suggestions when a query finds nothing. Everything shown is in the URL.
 */
import {
  FILTER_PARAMS,
  FIRST_SCREEN,
  PAGE_SIZE,
  parseSearchParams,
  toSearchParams,
  type FilterName,
  type SearchState,
} from '../shared/search-params.ts';
import {
  containsPhrases,
  excerptAround,
  highlightWords,
  markWords,
  parseQuery,
  suggestTerms,
  withHighlight,
} from '../shared/search-query.ts';
import {
  rankByWords,
  searchedWords,
  understandQuery,
  type SiteVocabulary,
} from '../shared/question-query.ts';
import { guideCollections } from '../model/registry.ts';
import { META_WEIGHTS, spaceWords, unspaceWords } from '../shared/segment.ts';
import { SHELL_MARKER_CACHE } from '../shared/offline-save.ts';
import {
  COMMON_WORDS_FILE,
  withoutCommonWords,
  wordQueries,
  type CommonWords,
} from '../shared/common-words.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string[]> }): Promise<PagefindSearch>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Vocabulary extends SiteVocabulary {
  terms: { term: string; aliases: string[]; url: string }[];
}

/** How many results are checked for a quoted phrase. */
const PHRASE_WINDOW = 60;
/** Said when a search runs offline and part of the index or of the results is not on the phone. */
const OFFLINE_NOTE = '离线时只能搜索已保存的内容，结果可能不全。';

/** Offline on a site whose first visit stored only the shell: the index on the phone is partial. */
async function partialOffline(): Promise<boolean> {
  return !navigator.onLine && 'caches' in window && (await caches.has(SHELL_MARKER_CACHE).catch(() => false));
}

/**
 * `load`, started by the first call and shared by the next ones; after a failure (offline, and
 * nothing saved) the next call starts it again.
 */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => {
    if (!promise) {
      const started = load();
      promise = started;
      started.catch(() => {
        if (promise === started) promise = undefined;
      });
    }
    return promise;
  };
}

const loadPagefind = once(async () => {
  const url = '/pagefind/pagefind.js';
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ ranking: { metaWeights: META_WEIGHTS } });
  await pf.init();
  return pf;
});

/**
 * The words on nearly every page, left out of what Pagefind is asked (src/shared/common-words.ts).
 * Without the list (offline and not saved, an older build) every word is searched, as typed.
 */
const loadCommonWords = once(async () => {
  const response = await fetch(`/${COMMON_WORDS_FILE}`);
  if (!response.ok) throw new Error(String(response.status));
  return new Set(((await response.json()) as CommonWords).words);
});

let filtersLoaded = false;

/**
 * Loads the filter index (about a quarter of a first search's bytes on a large site) once, after
 * the first results are on screen; from then on every search also returns counts per filter.
 */
const loadFilters = once(async () => {
  await (await loadPagefind()).filters();
  filtersLoaded = true;
});

type Loader = () => Promise<PagefindResultData | undefined>;

/**
 * A result as the reader sees it: title and text without the spaces the index cut them with;
 * undefined when its fragment cannot be fetched (offline, and the page was not saved).
 */
async function readable(result: PagefindResult): Promise<PagefindResultData | undefined> {
  let d: PagefindResultData;
  try {
    d = await result.data();
  } catch {
    return undefined;
  }
  return {
    ...d,
    content: unspaceWords(d.content),
    meta: { ...d.meta, ...(d.meta.title && { title: unspaceWords(d.meta.title) }) },
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; href?: string } = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.href && node instanceof HTMLAnchorElement) node.href = props.href;
  node.append(...children);
  return node;
}

function marked(text: string, words: readonly string[]) {
  return markWords(text, words).map((part) => (typeof part === 'string' ? part : el('mark', {}, part.mark)));
}

class SiteSearch extends HTMLElement {
  #state: SearchState = { q: '', filters: {} };
  #run = 0;
  #vocabulary: Vocabulary = { terms: [], phrases: [] };

  connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name="q"]')!;
    const vocabulary = this.querySelector('#search-terms')?.textContent;
    if (vocabulary) this.#vocabulary = JSON.parse(vocabulary) as Vocabulary;
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
    const run = this.#run + 1;
    try {
      await this.#searchOnce();
    } catch {
      if (run !== this.#run) return;
      this.querySelector('.results')!.replaceChildren();
      this.querySelector('.status')!.textContent = navigator.onLine
        ? '搜索没有完成，请稍后再试。'
        : `${OFFLINE_NOTE}这次要用到的搜索索引还没有保存到手机上。`;
    }
  }

  async #searchOnce() {
    const run = ++this.#run;
    const status = this.querySelector('.status')!;
    const list = this.querySelector('.results')!;
    const hint = this.querySelector<HTMLElement>('.hint')!;
    const { q, filters } = this.#state;
    hint.replaceChildren();
    this.querySelector<HTMLButtonElement>('.more')!.hidden = true;
    if (!q) {
      status.textContent = '请输入要查找的内容。';
      list.replaceChildren();
      this.#renderFilters({}, {});
      return;
    }
    status.textContent = '正在搜索……';
    const [pagefind, common] = await Promise.all([
      loadPagefind(),
      loadCommonWords().catch(() => new Set<string>()),
    ]);
    const { text, phrases } = parseQuery(q);
    const active = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length));
    const { words: significant, rewritten } = understandQuery(text, this.#vocabulary);
    const perWord = phrases.length ? [] : searchedWords(significant);
    // A bare term or phrase is searched as typed: every word must match (cut into words as the
    // index was, see src/shared/segment.ts). A question is searched by the words that carry it.
    const asQuestion = rewritten && perWord.length > 0;
    // Words on nearly every page are left out while a telling one remains; a phrase is searched
    // whole, since its results are checked for it word for word.
    const typed = spaceWords(asQuestion ? perWord.join(' ') : text);
    const query = phrases.length ? typed : withoutCommonWords(typed, common);
    const search = await pagefind.search(query, { filters: active });
    // A question, or a query no page has every word of: rank pages by the words they match, and
    // say so when the best of them lacks some.
    let relaxed = false;
    const byWords = asQuestion ? perWord.length > 1 : !search.results.length && perWord.length > 0;
    if (byWords) {
      const lists = await Promise.all(
        wordQueries(perWord.map(spaceWords), common).map(async (word) => ({
          word,
          results: (await pagefind.search(word, { filters: active })).results,
        })),
      );
      const ranked = rankByWords(lists, search.results);
      search.results = ranked.results;
      relaxed = !ranked.complete;
    }
    // One loader per result, best first; a fragment is fetched only when its result is shown.
    let loaders: Loader[];
    let missing = false;
    if (phrases.length) {
      const checked = await Promise.all(search.results.slice(0, PHRASE_WINDOW).map((r) => readable(r)));
      missing = checked.includes(undefined);
      loaders = checked
        .filter((d) => d && containsPhrases(`${d.meta.title ?? ''} ${d.content}`, phrases))
        .map((d) => () => Promise.resolve(d));
    } else {
      loaders = search.results.map((r) => () => readable(r));
    }
    const total = loaders.length;
    const loaded = await Promise.all(loaders.slice(0, FIRST_SCREEN).map((load) => load()));
    if (run !== this.#run) return;
    const first = loaded.filter((d) => d !== undefined);
    missing ||= first.length < loaded.length || (await partialOffline());

    const words = [...new Set([...highlightWords(q), ...significant])];
    const shown = total > PAGE_SIZE ? `，先显示前 ${PAGE_SIZE} 条` : '';
    status.textContent = !total
      ? `没有找到与“${q}”相关的内容。`
      : relaxed
        ? `没有同时包含“${q}”全部词语的内容；共找到 ${total} 条只含部分词语的结果${shown}。`
        : `“${q}”共找到 ${total} 条结果${shown}。`;
    if (missing) status.textContent += OFFLINE_NOTE;
    list.replaceChildren(...first.map((d) => this.#result(d, words)));
    const next = await Promise.all(loaders.slice(FIRST_SCREEN, PAGE_SIZE).map((load) => load()));
    if (run !== this.#run) return;
    const rest = next.filter((d) => d !== undefined);
    if (rest.length < next.length && !missing) status.textContent += OFFLINE_NOTE;
    list.append(...rest.map((d) => this.#result(d, words)));
    this.#offerMore(loaders.slice(PAGE_SIZE), words, run);
    if (!total) this.#suggest(q, '可以换个说法，或看看这些术语：');
    else if ([...text.replace(/\s/g, '')].length === 1)
      this.#suggest(q, '只输入一个字会匹配很多内容，可以试试：');
    if (!filtersLoaded) {
      // The results are shown; now the counts per filter (searching again costs no download).
      // Offline without the filter index, the results stay without counts.
      try {
        await loadFilters();
      } catch {
        return;
      }
      if (run !== this.#run) return;
      search.filters = (await pagefind.search(query, { filters: active })).filters;
      if (run !== this.#run) return;
    }
    this.#renderFilters(search.filters, active);
  }

  /** The “显示更多” button under the results: each press shows the next PAGE_SIZE results. */
  #offerMore(rest: Loader[], words: readonly string[], run: number) {
    const button = this.querySelector<HTMLButtonElement>('.more')!;
    const list = this.querySelector('.results')!;
    button.hidden = rest.length === 0;
    button.disabled = false;
    button.textContent = `显示更多结果（还有 ${rest.length} 条）`;
    button.onclick = async () => {
      button.disabled = true;
      const next = await Promise.all(rest.slice(0, PAGE_SIZE).map((load) => load()));
      if (run !== this.#run) return;
      const items = next.filter((d) => d !== undefined).map((d) => this.#result(d, words));
      if (items.length < next.length) this.querySelector('.status')!.append(OFFLINE_NOTE);
      list.append(...items);
      // Keyboard and screen-reader users continue at the first new result.
      items[0]?.querySelector('a')?.focus();
      this.#offerMore(rest.slice(PAGE_SIZE), words, run);
    };
  }

  #suggest(q: string, lead: string) {
    const hint = this.querySelector<HTMLElement>('.hint')!;
    const terms = suggestTerms(q, this.#vocabulary.terms);
    const links = terms.map((t) => el('a', { href: `/search/?q=${encodeURIComponent(t.term)}` }, t.term));
    const browse = [
      ...guideCollections.map((c) => el('a', { href: `/${c.key}/` }, c.label)),
      el('a', { href: '/glossary/' }, '术语表'),
    ];
    hint.replaceChildren(
      ...(links.length
        ? [
            el('p', {}, lead),
            el('ul', { className: 'suggestions inline-list' }, ...links.map((a) => el('li', {}, a))),
          ]
        : []),
      el('p', {}, '也可以按栏目浏览：'),
      el('ul', { className: 'suggestions inline-list' }, ...browse.map((a) => el('li', {}, a))),
    );
  }

  #result(d: PagefindResultData, words: readonly string[]) {
    const facets = Object.entries(d.filters)
      .filter(([name]) => name !== '栏目')
      .flatMap(([, values]) => values);
    return el(
      'li',
      {},
      el(
        'a',
        { href: withHighlight(d.url, words), className: 'title' },
        ...marked(d.meta.title ?? d.url, words),
      ),
      el('p', { className: 'meta' }, [d.meta.collection, ...facets].filter(Boolean).join(' · ')),
      el('p', { className: 'excerpt' }, ...marked(excerptAround(d.content, words), words)),
    );
  }

  #renderFilters(counts: PagefindSearch['filters'], active: Record<string, string[]>) {
    const box = this.querySelector<HTMLElement>('.filters')!;
    const groups = (Object.keys(FILTER_PARAMS) as FilterName[])
      .map((name) => ({
        name,
        values: Object.entries(counts[name] ?? {}).filter(
          ([value, count]) => count > 0 || active[name]?.includes(value),
        ),
      }))
      .filter((g) => g.values.length > 0);
    box.hidden = groups.length === 0;
    // The 筛选 button says how many filters are on, so a phone shows it while they are closed.
    const chosen = Object.values(active).reduce((n, values) => n + values.length, 0);
    this.querySelector('.filter-count')!.textContent = chosen ? `（已选 ${chosen} 项）` : '';
    // A keyboard user who just ticked a box stays on it: the boxes are drawn anew for every search.
    const focused = box.contains(document.activeElement)
      ? (document.activeElement as HTMLInputElement)
      : null;
    box.replaceChildren(
      ...groups.map(({ name, values }) =>
        el(
          'fieldset',
          {},
          el('legend', {}, name),
          ...values.map(([value, count]) => {
            const check = document.createElement('input');
            check.type = 'checkbox';
            check.name = name;
            check.value = value;
            check.checked = active[name]?.includes(value) ?? false;
            return el('label', {}, check, ` ${value} `, el('span', { className: 'count' }, `(${count})`));
          }),
        ),
      ),
    );
    if (focused)
      [...box.querySelectorAll('input')]
        .find((check) => check.name === focused.name && check.value === focused.value)
        ?.focus();
  }
}

customElements.define('site-search', SiteSearch);
