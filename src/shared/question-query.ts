/**
 * Query understanding for questions typed or dictated whole (领导干部要不要参加支部的组织生活): which
 * words of a query carry its meaning, and how pages found by searching those words one by one are
 * ranked. Question patterns and function words rarely stand on the page that answers a question,
 * so they are left out of the words that must match; the query as typed is kept by the caller for
 * phrases and the status line. Pure functions, used by the search page.
 */
import { segment } from './segment.ts';

/** A glossary entry as the search page knows it: the site's own term and its variants. */
export interface TermVariants {
  term: string;
  aliases: readonly string[];
}

/**
 * The site's own wording, as the search page gets it: glossary terms with their aliases, and the
 * everyday phrases authors list in entries' `keywords` (党支部有什么用, 当了党小组长该干啥).
 */
export interface SiteVocabulary {
  terms: readonly TermVariants[];
  phrases: readonly string[];
}

export interface UnderstoodQuery {
  /** The words that carry the meaning, most significant first (site terms, then longer words). */
  words: string[];
  /** Whether anything was left out or rewritten: the query is phrased, not a bare term. */
  rewritten: boolean;
}

/** Everyday variants written as the site writes them. Longest first where one contains another. */
const EVERYDAY: readonly (readonly [RegExp, string])[] = [
  [/咋办/g, '怎么办'],
  [/咋样/g, '怎样'],
  [/咋/g, '怎么'],
  [/为啥/g, '为什么'],
  [/干啥/g, '干什么'],
  [/啥/g, '什么'],
  [/开会/g, '会议'],
];

/**
 * Question patterns, taken out of the text before it is cut into words: the segmenter cuts some
 * of them oddly (要不要 → 要|不要), and some run into the next word (该做什么 → 该做|什么).
 */
const PATTERNS: readonly RegExp[] = [
  /为什么|什么样/g,
  // 要不要, 能不能, 是不是, 该不该, 算不算, 用不用, 有没有
  /(\p{Script=Han})[不没]\1/gu,
  /有没有|可不可以|是否|多长时间|多长|多久|到底|究竟|具体|什么意思|是指|叫做|叫|开几次|几次/g,
  /(怎么|如何|怎样)(才能|去|来)?(办|解决|处理|做|搞|弄|干|开展|落实|应对)?/g,
  /(应该|该|要|能)?(做|干|管|搞|学|讲|开)?(什么|哪些|哪个|哪里|哪儿|多少)/g,
];

/** Words that frame a question or fill a sentence, left out after the text is cut. */
const FUNCTION_WORDS = new Set([
  ...'的了吗呢吧啊呀嘛么和与跟及或在把被给对向从让就都也还又再很太更最只才是有个该要能想去来这那我你他她它'.split(
    '',
  ),
  ...[
    '一般',
    '才能',
    '我们',
    '咱们',
    '你们',
    '他们',
    '自己',
    '老是',
    '总是',
    '经常',
    '常常',
    '一直',
    '怎么',
    '怎样',
    '如何',
    '应该',
    '应当',
    '需要',
    '必须',
    '可以',
    '能够',
    '一下',
    '这个',
    '那个',
    '这些',
    '那些',
    '这样',
    '那样',
    '还是',
    '或者',
    '但是',
    '可是',
    '而且',
    '如果',
    '的话',
    '时候',
    '到底',
    '究竟',
    '一些',
    '有些',
    '有的',
    '什么',
    '哪些',
    '请问',
    '只有',
    '意思',
    '每个',
    '现在',
    '总',
    '老',
    '没',
    '不',
    '别',
    '未',
  ],
]);

/**
 * Negated modal verbs (不愿参加, 没人听): what follows is the subject of the question, not the
 * negation. Other negations are undone (不懂业务 → 懂业务): a page about 懂业务 answers 不懂业务怎么办.
 */
const NEGATED_MODALS = new Set([
  '不愿',
  '不想',
  '不会',
  '不敢',
  '不能',
  '不肯',
  '不用',
  '没人',
  '没有',
  '不要',
]);

/** Single characters that begin the next word (第一, 新任) rather than end the one before. */
const PREFIXES = new Set(['第', '新', '老', '每', '各', '副', '总', '首', '党']);

/** A run of letters, digits or Han characters: where words may stand. */
const RUN = /[\p{Script=Han}\p{L}\p{N}]+/gu;

/** Everyday variants in the site's own words (咋办 → 怎么办, 开会 → 会议). */
export function normaliseVariants(text: string): string {
  return EVERYDAY.reduce((t, [from, to]) => t.replace(from, to), text);
}

const compactRun = (v: string) => v.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '').toLocaleLowerCase('zh-CN');

/**
 * The site's wording to keep whole, longest first. A longer alias that contains its term
 * (三会一课制度) is searched as the term, which more pages use; any other variant, and every
 * `keywords` phrase, is searched as written, since the index holds each of them in a weighted field.
 */
function termTable({ terms, phrases }: SiteVocabulary): { text: string; word: string }[] {
  return [
    ...terms.flatMap((t) =>
      [t.term, ...t.aliases].map((v) => ({
        text: compactRun(v),
        word: v !== t.term && v.includes(t.term) ? compactRun(t.term) : compactRun(v),
      })),
    ),
    ...phrases.map((p) => ({ text: compactRun(p), word: compactRun(p) })),
  ]
    .filter((v) => [...v.text].length > 1)
    .sort((a, b) => b.text.length - a.text.length);
}

type Part = string | { term: string };

/** Cuts the site's wording out of the plain parts, longest first, so no pattern cuts into it. */
function splitTerms(parts: Part[], table: readonly { text: string; word: string }[]): Part[] {
  for (const { text: variant, word } of table) {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      if (typeof part !== 'string' || !part.includes(variant)) continue;
      const [before, ...after] = part.split(variant);
      parts.splice(i, 1, before!, { term: word }, after.join(variant));
    }
  }
  return parts;
}

/** A piece of the query: a site term, a word the segmenter cut, or a gap where filler stood. */
type Token = { text: string; term: boolean; next?: boolean } | null;

/**
 * The query as tokens: the site's wording (glossary terms, aliases, keywords phrases), then the rest with question patterns taken out and cut by the segmenter;
 * function words become gaps and negations are undone (不懂 → 懂, which then begins the next word).
 */
function tokens(text: string, table: readonly { text: string; word: string }[]): Token[] {
  const out: Token[] = [];
  for (const [raw] of text.matchAll(RUN)) {
    // The site's wording as typed first (开会没人听 is a page's phrase), then in the site's words.
    const parts = splitTerms([raw.toLocaleLowerCase('zh-CN')], table).flatMap((part) =>
      typeof part === 'string' ? splitTerms([normaliseVariants(part)], table) : [part],
    );
    for (const part of parts) {
      if (typeof part !== 'string') {
        out.push({ text: part.term, term: true });
        continue;
      }
      for (const chunk of PATTERNS.reduce((t, p) => t.replace(p, ' '), part).split(' ')) {
        for (const piece of segment(chunk)) {
          if (NEGATED_MODALS.has(piece) || FUNCTION_WORDS.has(piece)) out.push(null);
          else if (/^[不没]\p{Script=Han}$/u.test(piece))
            out.push({ text: piece.slice(1), term: false, next: true });
          else out.push({ text: piece, term: false });
        }
        out.push(null);
      }
    }
    out.push(null);
  }
  return out;
}

/**
 * Words from tokens. Single characters alone match far too much, so they join a neighbour:
 * several in a row make one word (党|建 → 党建); one alone ends the word before it (走过|场 →
 * 走过场, 组织生活|会 → 组织生活会) unless it begins words (第, 新, 党) or nothing comes before it.
 * Plain neighbours that fit in four characters stay one word (领导干部, 生产经营): searched
 * together, both must match, which says more than either alone.
 */
function words(list: readonly Token[]): { word: string; term: boolean }[] {
  const out: { word: string; term: boolean; run: number }[] = [];
  let run: { word: string; term: boolean }[] = [];
  let single: { text: string; next: boolean } | undefined;
  let singles = '';
  const endSingles = (next = false) => {
    if ([...singles].length > 1) run.push({ word: singles, term: false });
    else if (singles) single = { text: singles, next: next || PREFIXES.has(singles) || !run.length };
    singles = '';
  };
  const flush = () => {
    endSingles();
    if (single) {
      if (run.length) run[run.length - 1]!.word += single.text;
      else run.push({ word: single.text, term: false });
      single = undefined;
    }
    for (const w of run) {
      const last = out[out.length - 1];
      if (
        last &&
        last.run === runId &&
        !last.term &&
        !w.term &&
        [...last.word].length + [...w.word].length <= 4
      )
        last.word += w.word;
      else out.push({ ...w, run: runId });
    }
    run = [];
    runId += 1;
  };
  let runId = 0;
  for (const token of list) {
    if (!token) {
      flush();
      continue;
    }
    if (!token.term && [...token.text].length === 1) {
      singles += token.text;
      if (token.next) endSingles(true);
      continue;
    }
    endSingles();
    let word = token.text;
    if (single?.next) word = single.text + word;
    else if (single) run[run.length - 1]!.word += single.text;
    single = undefined;
    run.push({ word, term: token.term });
  }
  flush();
  return out.map(({ word, term }) => ({ word, term }));
}

/**
 * The words of `text` that carry its meaning. The site's wording (glossary terms and aliases,
 * entries' keywords) is kept whole; question patterns, function words and negations are left out.
 */
export function understandQuery(
  text: string,
  vocabulary: SiteVocabulary = { terms: [], phrases: [] },
): UnderstoodQuery {
  const found = words(tokens(text, termTable(vocabulary)));
  const significant = [...new Map(found.map((f, at) => [f.word, { ...f, at }])).values()]
    .sort((a, b) => Number(b.term) - Number(a.term) || b.word.length - a.word.length || a.at - b.at)
    .map((f) => f.word);
  const rewritten = compactRuns(text) !== found.map((f) => f.word).join('');
  return { words: significant, rewritten };
}

const compactRuns = (text: string) => [...text.toLocaleLowerCase('zh-CN').matchAll(RUN)].join('');

/** How many words are searched one by one: each search may fetch a part of the index. */
export const MAX_WORD_SEARCHES = 4;

/** The words worth a search of their own: the most significant, never a single character. */
export function searchedWords(words: readonly string[], max = MAX_WORD_SEARCHES): string[] {
  return words.filter((w) => [...w].length > 1).slice(0, max);
}

export interface WordResults<T> {
  word: string;
  results: readonly T[];
}

/** A match's base value, whatever field it is in; the rest of a word's value grows with its score. */
const BASE = 0.4;

/**
 * Ranks pages found by a search per word. Each word a page matches adds its rarity (a word on few
 * of the pages found says more than one on many) times how strongly it matches there: Pagefind's
 * score for that word on that page against the best page for it, which the metadata weights lift
 * for a match in a title, term, keywords or headings. So three words in a title outweigh the rarest
 * word alone in a body. `whole` lists the pages that matched the whole query, as Pagefind ranked
 * them; they count as one more word, as rare as the rarest. `complete` tells whether the best page
 * matches every word.
 */
export function rankByWords<T extends { id: string; score: number }>(
  lists: readonly WordResults<T>[],
  whole: readonly T[] = [],
): { results: T[]; complete: boolean } {
  const all = new Set([...lists.flatMap((l) => l.results.map((r) => r.id)), ...whole.map((r) => r.id)]);
  const pages = all.size;
  const rarity = (n: number) => Math.log(1 + pages / Math.max(1, n));
  const weighted = [
    ...lists.map((l) => ({ results: l.results, weight: rarity(l.results.length) })),
    { results: whole, weight: Math.max(0, ...lists.map((l) => rarity(l.results.length))) },
  ].filter((l) => l.results.length);
  const byId = new Map<string, { item: T; value: number }>();
  const best =
    Math.max(0, ...lists.flatMap((l) => l.results.map((r) => r.score)), ...whole.map((r) => r.score)) || 1;
  for (const { results, weight } of weighted) {
    for (const item of results) {
      const value = weight * (BASE + (1 - BASE) * (item.score / best));
      const seen = byId.get(item.id);
      if (seen) seen.value += value;
      else byId.set(item.id, { item, value });
    }
  }
  const ranked = [...byId.values()].sort((a, b) => b.value - a.value);
  const complete =
    ranked.length > 0 &&
    (whole.some((r) => r.id === ranked[0]!.item.id) ||
      lists.every((l) => l.results.some((r) => r.id === ranked[0]!.item.id)));
  return { results: ranked.map((r) => r.item), complete };
}
