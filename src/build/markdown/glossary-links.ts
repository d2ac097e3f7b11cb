/**
 * Sätteri mdast plugin: links the first mention of each glossary term (or alias) on a page to
 * its page in the glossary (/glossary/<id>/), so authors never add those links by hand.
 * Headings, links and code are left alone; the glossary's own pages are not processed.
 */
import type { MdastPluginEntry } from 'satteri';
import { createTermMatcher, type GlossaryWord } from '../../shared/glossary-matcher.ts';

const SKIP_PARENTS = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code']);

export function glossaryLinks(words: readonly GlossaryWord[], glossaryUrl = '/glossary/'): MdastPluginEntry {
  const matcher = createTermMatcher(words);
  return (factory) => {
    if (factory.fileURL?.pathname.includes('/content/glossary/')) return false;
    const seen = new Set<string>();
    return {
      name: 'glossary-links',
      text(node, ctx) {
        let parent: { type: string } | undefined = ctx.parent(node);
        while (parent && parent.type !== 'root') {
          if (SKIP_PARENTS.has(parent.type)) return;
          parent = ctx.parent(parent as Parameters<typeof ctx.parent>[0]);
        }
        const parts = matcher.split(node.value, seen);
        if (parts.length === 1 && typeof parts[0] === 'string') return;
        ctx.replaceNode(
          node,
          parts.map((part) =>
            typeof part === 'string'
              ? { type: 'text', value: part }
              : {
                  type: 'link',
                  url: `${glossaryUrl}${part.id}/`,
                  title: part.definition,
                  children: [{ type: 'text', value: part.text }],
                },
          ),
        );
      },
    };
  };
}
