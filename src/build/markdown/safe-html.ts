/**
 * Sätteri hast plugin, the second line of defence behind the content check: whatever a body
 * contains, only the HTML that ./html-policy.ts allows reaches the page. It matters where the
 * check does not run (`astro dev`) or is bypassed. Raw HTML is rewritten to its allowed tags,
 * links and images with a refused URL scheme lose the URL, and in MDX, tags outside the
 * allowlist, components outside src/components/mdx/ and `{…}` expressions are dropped.
 */
import type { HastPluginEntry } from 'satteri';
import { ALLOWED_TAGS, DROPS_CONTENT, isSafeUrl, sanitizeRawHtml } from './html-policy.ts';

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = { name: string | null; attributes: JsxAttribute[]; children: unknown[] };

export function safeHtml(components: readonly string[] = []): HastPluginEntry {
  const known = new Set(components);
  return {
    name: 'safe-html',
    raw(node, ctx) {
      const clean = sanitizeRawHtml(node.value);
      if (clean !== node.value) ctx.replaceNode(node, clean ? { type: 'raw', value: clean } : []);
    },
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const url = node.tagName === 'a' ? node.properties?.href : node.properties?.src;
        if (typeof url !== 'string' || isSafeUrl(url)) return;
        ctx.replaceNode(node, node.tagName === 'a' ? [...node.children] : []);
      },
    },
    mdxJsxFlowElement: { filter: [], visit: (node, ctx) => jsx(node as unknown as JsxNode, ctx, known) },
    mdxJsxTextElement: { filter: [], visit: (node, ctx) => jsx(node as unknown as JsxNode, ctx, known) },
    mdxFlowExpression: (node, ctx) => ctx.replaceNode(node, []),
    mdxTextExpression: (node, ctx) => ctx.replaceNode(node, []),
  };
}

type Ctx = { replaceNode(node: never, replacement: never): void };

function jsx(node: JsxNode, ctx: Ctx, known: Set<string>) {
  const replace = (to: unknown) => ctx.replaceNode(node as never, to as never);
  const name = node.name;
  if (name === null) return; // a fragment <>…</>
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    if (!known.has(name)) replace([...node.children]);
    return;
  }
  const tag = name.toLowerCase();
  const allowed = ALLOWED_TAGS.get(tag);
  if (!allowed) {
    replace(DROPS_CONTENT.has(tag) ? [] : [...node.children]);
    return;
  }
  const attributes = node.attributes.filter(
    (a) => a.type === 'mdxJsxAttribute' && allowed.includes(a.name ?? '') && typeof a.value === 'string',
  );
  if (attributes.length !== node.attributes.length) replace({ ...node, attributes });
}
