/**
 * The search regression suite: each query a secretary would type must bring its entry into the
 * top 3, on the real Pagefind index in Chromium. The same queries feed `npm run bench:search`.
 * One test per kind of query, on one page, so the index files load once per group; every query
 * is still checked and reported on its own (soft assertions).
 */
import { queryCases, rankOf, runQuery } from '../../scripts/lib/search-run.ts';
import { expect, test } from './fixtures.ts';

const kinds = [...new Set(queryCases.map((c) => c.kind))];

for (const kind of kinds) {
  const cases = queryCases.filter((c) => c.kind === kind);
  test(`every ${kind} query (${cases.length}) lists its entry in the top 3`, async ({ page, baseURL }) => {
    test.setTimeout(30_000 + cases.length * 15_000);
    for (const c of cases) {
      const keys = await runQuery(page, baseURL!, c.q);
      const rank = rankOf(keys, c.expect);
      const shown = `${c.q} → ${keys.slice(0, 5).join(', ')}（应有 ${[c.expect].flat().join(' 或 ')}）`;
      expect.soft(rank, shown).toBeGreaterThan(0);
      expect.soft(rank, shown).toBeLessThanOrEqual(3);
    }
  });
}
