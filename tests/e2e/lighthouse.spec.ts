/**
 * Lighthouse, mobile, against the nginx-served build (the `nginx` project only): accessibility,
 * best practices and SEO score 100 on home, a guide, a lesson, the glossary and search. The
 * performance score is measured by `npm run bench:lighthouse`, not here: tests never time things.
 */
import { LIGHTHOUSE_PAGES, startLighthouse } from '../../scripts/lib/lighthouse-run.ts';
import { expect, test } from './fixtures.ts';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

for (const { name, path } of LIGHTHOUSE_PAGES) {
  test(`${name} scores 100 in Lighthouse accessibility, best practices and SEO`, async ({ baseURL }) => {
    // A Lighthouse run on a busy 2-core machine can take a minute or more.
    test.setTimeout(300_000);
    const lighthouse = await startLighthouse();
    try {
      const { scores, failed } = await lighthouse.run(`${baseURL}${path}`, CATEGORIES);
      expect(failed, `${path} 在 Lighthouse 中没有通过的检查`).toEqual([]);
      expect(scores).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
    } finally {
      await lighthouse.close();
    }
  });
}
