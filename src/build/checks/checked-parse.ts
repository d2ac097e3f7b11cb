/**
 * Collection loaders that read each file with the content check's own parser (js-yaml, core
 * schema; content-check.ts) instead of Astro's (the `yaml` package, with YAML timestamps). The
 * build then validates exactly the data `npm run check` validated: a date stays the text the
 * author wrote, as the check saw it, and no rare YAML form can read one way in the check and
 * another in the build. js-yaml is also several times faster, and parsing frontmatter is the
 * largest part of the content sync's main thread at scale (docs/performance.md).
 */
import { fileURLToPath } from 'node:url';
import { parseDataFile, parseFrontmatter } from './content-check.ts';
import { ContentError, type Problem } from './integrity.ts';
import type { LoaderLike } from './verdict.ts';

/** What Astro's entry types return for a file (`body` and `slug` for pages only). */
export interface EntryInfo {
  data: Record<string, unknown>;
  body?: string;
  slug?: unknown;
  rawData: string;
}

interface EntryType {
  getEntryInfo(params: { contents: string; fileUrl: URL }): Promise<EntryInfo>;
}

/**
 * A problem as the error that stops a loader (when the check has no report, which it should),
 * worded as the check's report: not a crash, so no stack trace under it.
 */
function failure(problem: Problem): Error {
  const error = new ContentError([problem]);
  error.stack = '';
  return error;
}

/** A Markdown or MDX page: frontmatter and body, split and parsed as the check does. */
export function pageInfo(contents: string, filePath: string): EntryInfo {
  const parsed = parseFrontmatter(contents, filePath);
  if ('message' in parsed) throw failure(parsed);
  const data = parsed.data as Record<string, unknown>;
  return { data, body: parsed.body.trim(), slug: data.slug, rawData: parsed.front };
}

/** A data file (a source): the whole file is YAML. */
export function dataInfo(contents: string, filePath: string): EntryInfo {
  const parsed = parseDataFile(contents, filePath);
  if ('message' in parsed) throw failure(parsed);
  return { data: (parsed.data ?? {}) as Record<string, unknown>, rawData: contents };
}

const PARSERS: Record<string, (contents: string, filePath: string) => EntryInfo> = {
  '.md': pageInfo,
  '.mdx': pageInfo,
  '.yaml': dataInfo,
  '.yml': dataInfo,
};

/** `loader` with the check's parser for every file type it reads; the rest of Astro's kept. */
export function withCheckedParse<L extends LoaderLike>(loader: L): L {
  return {
    ...loader,
    load: (context: unknown) => {
      const { entryTypes } = context as { entryTypes: Map<string, EntryType> };
      const ours = new Map(entryTypes);
      for (const [extension, parse] of Object.entries(PARSERS)) {
        const type = entryTypes.get(extension);
        if (!type) continue;
        ours.set(extension, {
          ...type,
          getEntryInfo: async ({ contents, fileUrl }) => parse(contents, fileURLToPath(fileUrl)),
        });
      }
      return loader.load({ ...(context as object), entryTypes: ours });
    },
  };
}
