/**
 * Runs the content check (`npm run check`) at the start of `astro build`, so that the build
 * itself fails on anything the check reports: a broken frontmatter field, a reference to a
 * missing entry, a bad link in a body. Astro's own loader only logs some of these (a broken
 * `reference()`), and rolls an impossible unquoted date such as 2026-02-30 over to 2 March.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from './content-check.ts';
import { formatProblems } from './integrity.ts';

export default function contentCheck({
  contentDir,
  root,
}: {
  contentDir: string;
  root: string;
}): AstroIntegration {
  return {
    name: 'site:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const { entries, problems } = loadContent(contentDir, root);
        if (problems.length) {
          // A report for authors, not a crash: no stack trace, no code location under it.
          const error = new Error(`内容检查未通过，构建已停止：\n${formatProblems(problems)}`);
          error.stack = '';
          throw error;
        }
        logger.info(`content: ${entries.length} entries checked`);
      },
    },
  };
}
