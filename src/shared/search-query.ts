/**
 * What the search page does with a reader's query before and after Pagefind: quoted phrases,
 * the words to mark, excerpts around the first match, and suggestions when nothing is found.
 * Pure functions, shared by the search page and the landing-page highlighter.
 */
import { segment } from './segment.ts';

export interface ParsedQuery {
  /** What Pagefind searches: the query without quote marks. */
  text: string;
  /** Quoted parts (“…”, "…", 「…」) that must appear as written. */
  phrases: string[];
}

const QUOTED = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;

export function parseQuery(raw: string): ParsedQuery {
  const phrases = [...raw.matchAll(QUOTED)].map((m) => m[1]!.trim()).filter(Boolean);
  const text = raw
    .replace(/["“”「」『』]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { text, phrases };
}

/** Letters, digits and Han characters only: how phrases are compared with page text. */
export const compact = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, '').toLocaleLowerCase('zh-CN');

/** Does `content` contain every phrase, ignoring spaces and punctuation? */
export function containsPhrases(content: string, phrases: readonly string[]): boolean {
  const text = compact(content);
  return phrases.every((p) => text.includes(compact(p)));
}

/**
 * The words to mark in results and on the landing page: each space-separated part of the query
 * as typed, and the pieces the browser's segmenter cuts it into (for longer queries), longest first.
 */
export function highlightWords(query: string): string[] {
  const { text } = parseQuery(query);
  const parts = text.split(' ').filter(Boolean);
  const pieces = parts.flatMap((p) => (p.length > 4 ? segment(p).filter((w) => w.length > 1) : []));
  return [...new Set([...parts, ...pieces])].sort((a, b) => b.length - a.length);
}

export type Marked = (string | { mark: string })[];

/** Splits `text` into plain parts and marked matches of `words` (longest match wins). */
export function markWords(text: string, words: readonly string[]): Marked {
  const list = [...words].filter(Boolean).sort((a, b) => b.length - a.length);
  const lower = text.toLocaleLowerCase('zh-CN');
  const out: Marked = [];
  let plain = '';
  let i = 0;
  while (i < text.length) {
    const word = list.find((w) => lower.startsWith(w.toLocaleLowerCase('zh-CN'), i));
    if (word) {
      if (plain) out.push(plain);
      plain = '';
      out.push({ mark: text.slice(i, i + word.length) });
      i += word.length;
    } else {
      plain += text[i];
      i += 1;
    }
  }
  if (plain) out.push(plain);
  return out;
}

/** About `length` characters of `content` around the first match of any word, with ellipses. */
export function excerptAround(content: string, words: readonly string[], length = 80): string {
  const lower = content.toLocaleLowerCase('zh-CN');
  const positions = words.map((w) => lower.indexOf(w.toLocaleLowerCase('zh-CN'))).filter((p) => p >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - Math.floor(length / 4));
  const end = Math.min(content.length, start + length);
  return `${start > 0 ? '…' : ''}${content.slice(start, end).trim()}${end < content.length ? '…' : ''}`;
}

export interface TermSuggestion {
  term: string;
  url: string;
}

/**
 * Glossary terms to offer when a query finds nothing or is a single character: the terms that
 * share the most characters with the query, then the shorter ones.
 */
export function suggestTerms(
  query: string,
  terms: readonly { term: string; aliases: readonly string[]; url: string }[],
  max = 6,
): TermSuggestion[] {
  const chars = new Set(compact(query));
  if (chars.size === 0) return [];
  return terms
    .map((t) => {
      const words = [t.term, ...t.aliases];
      const score = Math.max(
        ...words.map((w) => [...new Set(compact(w))].filter((c) => chars.has(c)).length),
      );
      return { term: t.term, url: t.url, score };
    })
    .filter((t) => t.score > 0)
    .sort((a, b) => b.score - a.score || a.term.length - b.term.length)
    .slice(0, max)
    .map(({ term, url }) => ({ term, url }));
}

/** A result's address with the words to highlight on arrival: /cases/x/?hl=三会一课#背景. */
export function withHighlight(url: string, words: readonly string[]): string {
  if (!words.length) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}hl=${encodeURIComponent(words.join(' '))}${hash ? `#${hash}` : ''}`;
}
