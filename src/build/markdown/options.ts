/**
 * The site's Markdown pipeline in one place: what astro.config.mjs gives Sätteri, and what each
 * Markdown worker of the content sync (render-pool.ts) builds again, so both render alike.
 */
import type { GlossaryWord } from '../../shared/glossary-matcher.ts';
import { mdxComponents } from '../../components/mdx/index.ts';
import { glossaryLinks } from './glossary-links.ts';
import { headingAnchors } from './heading-anchors.ts';
import { safeHtml } from './safe-html.ts';

/** What the pipeline is made from: plain data, so a worker thread can be handed it. */
export interface MarkdownSpec {
  glossaryWords: GlossaryWord[];
  /**
   * A digest of the glossary and of these plugins' code, written into the config as the name of
   * a plugin that does nothing: Astro re-renders cached Markdown when the config changes, and
   * glossary links depend on other files (a new term) and on our code.
   */
  digest: string;
}

/** Sätteri's options for the site (`satteri(siteMarkdownOptions(spec))`). */
export function siteMarkdownOptions({ glossaryWords, digest }: MarkdownSpec) {
  return {
    // Sätteri wants every plugin to have at least one hook: the digest's plugin gets an empty one.
    mdastPlugins: [glossaryLinks(glossaryWords), { name: `content-digest-${digest}`, before() {} }],
    // Bodies are untrusted: only the allowed HTML reaches the page, even where the content
    // check does not run (astro dev).
    hastPlugins: [safeHtml(Object.keys(mdxComponents)), headingAnchors()],
    // Straight quotes stay as written: Chinese text uses full-width “” directly.
    features: { smartPunctuation: false },
  };
}

/**
 * What identifies a pipeline's plugins and features: their names, or a factory's code. Two
 * pipelines with the same signature, made from the same spec, render alike.
 */
export function pipelineSignature(options: {
  mdastPlugins: readonly unknown[];
  hastPlugins: readonly unknown[];
  features: object;
}): string {
  const name = (p: unknown) =>
    typeof p === 'function' ? String(p) : String((p as { name?: unknown } | null)?.name ?? '?');
  return JSON.stringify([options.mdastPlugins.map(name), options.hastPlugins.map(name), options.features]);
}
