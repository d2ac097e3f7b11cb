/**
 * Checks every link of the built site at the end of `astro build`: a link to a page, file or
 * `#fragment` that does not exist, or link text such as “点击这里”, fails the build with a Chinese
 * message naming the page and the link. It runs while Pagefind still writes the search index, so
 * it leaves pagefind/ alone: no page links into it (the search code loads it from a script).
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFiles, pathOf } from '../dist.ts';
import { checkLinks, formatLinkProblems, parseHtml, stringTable, type HtmlPage } from './links.ts';

/** Reads a built site: parsed HTML pages by path, and the names of all other files. */
export function readSite(dir: string): { pages: Map<string, HtmlPage>; files: Set<string> } {
  const pages = new Map<string, HtmlPage>();
  const files = new Set<string>();
  const own = stringTable();
  for (const file of distFiles(dir)) {
    if (file.startsWith('pagefind/')) continue;
    files.add(file);
    if (file.endsWith('.html'))
      pages.set(pathOf(file), parseHtml(fs.readFileSync(path.join(dir, file), 'utf8'), own));
  }
  return { pages, files };
}

export default function linkCheck(): AstroIntegration {
  return {
    name: 'site:link-check',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, files } = readSite(fileURLToPath(dir));
        const problems = checkLinks(pages, files);
        if (problems.length) throw new Error(formatLinkProblems(problems));
        logger.info(`links: ${pages.size} pages, every internal link and fragment resolves`);
      },
    },
  };
}
