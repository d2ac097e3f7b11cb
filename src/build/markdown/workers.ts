/**
 * Markdown rendered in worker threads during `astro build`'s content sync. Astro's glob loader
 * renders each Markdown body on the main thread, where it also parses the frontmatter and
 * validates it; with up to ten files in flight per collection, handing the rendering to workers
 * (render-pool.ts) lets another core render while the main thread parses.
 *
 * The pool is started by an integration (render-pool.ts, loaded by Node with the config) and
 * used by the collection loaders (src/content.config.ts, loaded by a different module graph in the
 * same process): hence a global. Without it (`astro dev`, `astro check`) the loaders render as
 * Astro does.
 */
const MARKDOWN_WORKERS = Symbol.for('jiceng.markdown-workers');

/** What Sätteri's renderer returns for a body, less the frontmatter the loader already holds. */
export interface RenderedMarkdown {
  code: string;
  metadata: {
    headings: { depth: number; slug: string; text: string }[];
    localImagePaths: string[];
    remoteImagePaths: string[];
  };
}

/** Renders one body (`filePath`: the file it comes from, which plugins may read). */
export type RenderMarkdown = (body: string, filePath: string | undefined) => Promise<RenderedMarkdown>;

type Global = { [MARKDOWN_WORKERS]?: RenderMarkdown };

export function offerMarkdownWorkers(render: RenderMarkdown | undefined): void {
  if (render) (globalThis as Global)[MARKDOWN_WORKERS] = render;
  else delete (globalThis as Global)[MARKDOWN_WORKERS];
}

export function markdownWorkers(): RenderMarkdown | undefined {
  return (globalThis as Global)[MARKDOWN_WORKERS];
}

interface EntryType {
  getRenderFunction?: (config: never) => Promise<unknown>;
}

/** What of a loader's context this needs (the rest is passed on untouched). */
interface LoadContext {
  entryTypes: Map<string, EntryType>;
  watcher?: unknown;
}

/** The entry Astro's loader hands a render function. */
interface Entry {
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
}

/**
 * A glob loader whose Markdown bodies are rendered by the workers, when there are any and the
 * loader does not watch files (a build). The result has the shape of Astro's own renderer's.
 */
export function renderInWorkers<L extends { name: string; load(context: never): Promise<void> }>(
  loader: L,
): L {
  return {
    ...loader,
    load: (context: LoadContext) => {
      const render = markdownWorkers();
      const markdown = context.entryTypes.get('.md');
      if (!render || context.watcher || !markdown?.getRenderFunction) return loader.load(context as never);
      const renderToString = async (entry: Entry) => {
        const { code, metadata } = await render(entry.body ?? '', entry.filePath);
        return {
          html: code,
          metadata: {
            ...metadata,
            // Astro's renderer copies the frontmatter here, for render()'s remarkPluginFrontmatter,
            // which no page reads: the content store would hold every entry's frontmatter twice
            // (its `data` is the validated copy the pages use), and that store is bundled and
            // loaded by every build (figures in docs/performance.md).
            frontmatter: {},
            imagePaths: metadata.localImagePaths.concat(metadata.remoteImagePaths),
          },
        };
      };
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.md', { ...markdown, getRenderFunction: async () => renderToString });
      return loader.load({ ...context, entryTypes } as never);
    },
  } as L;
}
