/**
 * The search regression suite: each query a secretary would type must bring its entry into the
 * top 3, on the real Pagefind index in Chromium. The same queries feed `npm run bench:search`.
 */
import { queryCases, rankOf, runQuery } from '../../scripts/lib/search-run.ts';
import { expect, test } from './fixtures.ts';

for (const c of queryCases) {
  test(`searching ${c.q} (${c.kind}) lists ${[c.expect].flat().join(' or ')} in the top 3`, async ({
    page,
    baseURL,
  }) => {
    const keys = await runQuery(page, baseURL!, c.q);
    const rank = rankOf(keys, c.expect);
    expect(rank, `results: ${keys.slice(0, 5).join(', ')}`).toBeGreaterThan(0);
    expect(rank, `results: ${keys.slice(0, 5).join(', ')}`).toBeLessThanOrEqual(3);
  });
}
