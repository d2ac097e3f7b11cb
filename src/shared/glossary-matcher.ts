/**
 * Finds glossary terms in running Chinese text. There are no spaces between words, so it scans
 * character by character and takes the longest term that starts at each position
 * (“民主评议党员” wins over “民主评议”).
 */
export interface GlossaryWord {
  /** The text to find: a term or one of its aliases. */
  word: string;
  /** The glossary entry it belongs to. */
  id: string;
  /** Shown as a tooltip on the link. */
  definition: string;
}

export type Segment = string | { text: string; id: string; definition: string };

export interface TermMatcher {
  /** Splits `text` into plain strings and term matches, skipping ids already in `seen`. */
  split(text: string, seen?: Set<string>): Segment[];
}

export function createTermMatcher(words: readonly GlossaryWord[]): TermMatcher {
  const byFirst = new Map<string, GlossaryWord[]>();
  for (const w of words) {
    if (!w.word) continue;
    const first = w.word[0]!;
    byFirst.set(first, [...(byFirst.get(first) ?? []), w]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);

  return {
    split(text, seen = new Set()) {
      const out: Segment[] = [];
      let plain = '';
      let i = 0;
      while (i < text.length) {
        const match = byFirst.get(text[i]!)?.find((w) => text.startsWith(w.word, i));
        if (match && !seen.has(match.id)) {
          if (plain) out.push(plain);
          plain = '';
          out.push({ text: match.word, id: match.id, definition: match.definition });
          seen.add(match.id);
          i += match.word.length;
        } else if (match) {
          // Already linked once on this page: keep the whole word plain, so a shorter term
          // inside it is not linked instead.
          plain += match.word;
          i += match.word.length;
        } else {
          plain += text[i];
          i += 1;
        }
      }
      if (plain) out.push(plain);
      return out;
    },
  };
}
