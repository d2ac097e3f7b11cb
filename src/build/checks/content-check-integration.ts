/**
 * Runs the content check (`npm run check`) in `astro build`, so that the build itself fails on
 * anything the check reports: a broken frontmatter field, a reference to a missing entry, a bad
 * link in a body. Astro's own loader only logs some of these (a broken `reference()`), and rolls
 * an impossible unquoted date such as 2026-02-30 over to 2 March.
 *
 * The check runs in a worker thread while Astro starts and loads the collections on the main
 * thread; the build stops with the check's report before any page renders, and a collection loader
 * that fails first stops with that report too, when there is one (verdict.ts).
 */
import type { AstroIntegration } from 'astro';
import { Worker } from 'node:worker_threads';
import { setVerdict, stopOnReport, verdict, type Verdict } from './verdict.ts';

function runCheck(contentDir: string, root: string): Promise<Verdict> {
  const result = new Promise<Verdict>((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
      workerData: { contentDir, root },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`content check stopped (exit ${code})`)));
  });
  // Awaited at the latest when the build starts; a failure before that is not an unhandled one.
  result.catch(() => {});
  return result;
}

export interface ContentCheck extends AstroIntegration {
  /**
   * The old addresses of renamed or merged entries (`aliases`, `oldIds`), from the check, once
   * the build has started; none before, and none outside `astro build`.
   */
  oldAddresses(): ReadonlySet<string>;
}

export default function contentCheck({
  contentDir,
  root,
}: {
  contentDir: string;
  root: string;
}): ContentCheck {
  let oldAddresses: ReadonlySet<string> = new Set();
  return {
    oldAddresses: () => oldAddresses,
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const result = runCheck(contentDir, root);
        setVerdict(result);
        // Logged when the check ends, so the build log shows when that was.
        result.then(
          (found) => {
            if ('entries' in found) logger.info(`content: ${found.entries} entries checked`);
          },
          () => {},
        );
      },
      'astro:build:start': async () => {
        const found = await verdict();
        stopOnReport(found);
        if (found && 'redirects' in found) oldAddresses = new Set(Object.keys(found.redirects));
      },
    },
  };
}
