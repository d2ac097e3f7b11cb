/**
 * Checks every link of the built site at the end of `astro build`: a link to a page, file or
 * `#fragment` that does not exist, or link text such as “点击这里”, fails the build with a Chinese
 * message naming the page and the link. The pages were read as they rendered
 * (src/build/rendered-pages/); the check runs once every file is written, the handouts' PDFs
 * too, and leaves pagefind/ alone: no page links into it (the search code loads it from a script).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatLinkProblems } from './links.ts';
import type { RenderedPages } from '../rendered-pages/integration.ts';

export default function linkCheck(rendered: RenderedPages): AstroIntegration {
  return {
    name: 'site:link-check',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, problems } = await rendered.linkProblems(fileURLToPath(dir));
        if (problems.length) throw new Error(formatLinkProblems(problems));
        logger.info(`links: ${pages} pages, every internal link and fragment resolves`);
      },
    },
  };
}
