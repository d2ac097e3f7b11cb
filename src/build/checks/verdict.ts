/**
 * The content check's verdict, shared between the integration that runs the check beside Astro's
 * start-up (content-check-integration.ts) and the collection loaders (src/content.config.ts),
 * which are loaded by a different module graph in the same process: hence a global.
 */
const CONTENT_VERDICT = Symbol.for('jiceng.content-verdict');

/**
 * The entries checked, with the old addresses of renamed or merged entries (each leading to the
 * address it now has), or the report for authors.
 */
export type Verdict = { entries: number; redirects: Record<string, string> } | { report: string };

type Global = { [CONTENT_VERDICT]?: Promise<Verdict> };

export function setVerdict(verdict: Promise<Verdict>): void {
  (globalThis as Global)[CONTENT_VERDICT] = verdict;
}

/** The verdict of this build's check; none outside `astro build` (dev, `astro check`). */
export function verdict(): Promise<Verdict> | undefined {
  return (globalThis as Global)[CONTENT_VERDICT];
}

/**
 * Stops the build when the check found problems, with its report for authors: not a crash, so
 * no stack trace and no code location under it.
 */
export function stopOnReport(found: Verdict | undefined): void {
  if (!found || !('report' in found)) return;
  const error = new Error(`内容检查未通过，构建已停止：\n${found.report}`);
  error.stack = '';
  throw error;
}

/** What a collection loader needs to be to wait for the verdict (method syntax: any context). */
export interface LoaderLike {
  name: string;
  load(context: unknown): Promise<void>;
}

/**
 * A loader that runs as `loader` does, unless it fails: then the content check's report, when it
 * found problems, is what the build stops with, not the loader's own error (English, and often
 * about a symptom, such as a date rolled over by the YAML parser).
 */
export function afterVerdict<L extends LoaderLike>(
  loader: L,
  current: () => Promise<Verdict> | undefined = verdict,
): L {
  return {
    ...loader,
    load: async (context: unknown) => {
      try {
        await loader.load(context);
      } catch (error) {
        stopOnReport(await current());
        throw error;
      }
    },
  };
}
