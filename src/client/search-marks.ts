/**
 * A page opened from a search result (?hl=words) marks those words in its article, as the result
 * list marked them (markWords()), and scrolls to the first one. Loaded only on such a visit
 * (src/components/SearchMarks.astro), so other visits do not carry it.
 */
import { markWords } from '../shared/search-query.ts';

function markSearchWords(hl: string, article: Element) {
  const words = hl.split(/\s+/).filter(Boolean);
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    const parts = markWords(node.data, words);
    if (!parts.some((part) => typeof part !== 'string')) continue;
    node.replaceWith(
      ...parts.map((part) => {
        if (typeof part === 'string') return part;
        const mark = document.createElement('mark');
        mark.textContent = part.mark;
        first ??= mark;
        return mark;
      }),
    );
  }
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

const hl = new URLSearchParams(location.search).get('hl');
const article = document.querySelector('[data-pagefind-body]');
if (hl && article) markSearchWords(hl, article);
