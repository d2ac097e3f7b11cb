/**
 * The search regression suites, on the real Pagefind index in Chromium; the same queries feed
 * `npm run bench:search`.
 * - Terms and phrases (search-queries.json): each must bring its entry into the top 3. One test
 *   per kind of query, on one page, so the index files load once per group; every query is still
 *   checked and reported on its own (soft assertions).
 * - Whole questions (search-questions.json), as typed or dictated on a phone: at least 9 in 10
 *   must bring a page that answers them into the top 5.
 */
import { questionCases, queryCases, rankOf, runQuery } from '../../scripts/lib/search-run.ts';
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

/** Share of the questions whose answer must be in the top 5. */
const QUESTION_RECALL = 0.9;

test(`at least ${QUESTION_RECALL * 100}% of the ${questionCases.length} questions list an answer in the top 5`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(30_000 + questionCases.length * 15_000);
  expect(questionCases.length, 'the question suite holds at least 60 questions').toBeGreaterThanOrEqual(60);
  const missed: string[] = [];
  for (const c of questionCases) {
    const keys = await runQuery(page, baseURL!, c.q);
    const rank = rankOf(keys, c.expect);
    if (rank === 0 || rank > 5)
      missed.push(
        `${c.q} → ${keys.slice(0, 5).join(', ') || '无结果'}（应有 ${[c.expect].flat().join(' 或 ')}）`,
      );
  }
  const recall = 1 - missed.length / questionCases.length;
  expect(
    recall,
    `recall@5 = ${recall.toFixed(3)}；前 5 条里没有答案的问题：\n${missed.join('\n')}`,
  ).toBeGreaterThanOrEqual(QUESTION_RECALL);
});
