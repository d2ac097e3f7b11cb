/**
 * Sätteri hast plugin: gives every h2–h4 a stable id and a permalink (“#”) next to it that works
 * without JavaScript. It runs before Astro's heading-ids plugin, which keeps the ids set here, so the
 * table of contents and the anchors agree.
 */
import { headingSlugger } from './heading-slugs.ts';
import type { HastPluginEntry } from 'satteri';

export function headingAnchors(): HastPluginEntry {
  return () => {
    const slugOf = headingSlugger();
    return {
      name: 'heading-anchors',
      element: {
        filter: ['h2', 'h3', 'h4'],
        visit(node, ctx) {
          const text = ctx.textContent(node);
          const id = slugOf(text, node.properties?.id);
          if (node.properties?.id !== id) ctx.setProperty(node, 'id', id);
          // The anchor sits beside the heading, not inside it, so the heading's accessible name
          // stays its own text: div.heading-wrapper > [h2, a.heading-anchor].
          ctx.wrapNode(node, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
            children: [
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `本节链接：${text}` },
                children: [],
              },
            ],
          });
        },
      },
    };
  };
}
