import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/wt-question-search/src/build/chromium.ts';
import { serveStatic } from '/work/wt-question-search/src/build/static-server.ts';
import { questionCases, queryCases, rankOf, runQuery } from '/work/wt-question-search/scripts/lib/search-run.ts';
const server = await serveStatic(path.resolve('/work/wt-question-search/dist'));
const browser = await chromium.launch(chromiumLaunchOptions);
const page = await browser.newPage();
const suite = process.argv[2] === 'terms' ? queryCases : questionCases;
let hit = 0, hit3=0;
for (const c of suite) {
  const keys = await runQuery(page, server.url, c.q);
  const r = rankOf(keys, c.expect);
  if (r > 0 && r <= 5) hit++; if (r>0&&r<=3) hit3++;
  if (!(r > 0 && r <= (process.argv[2]==='terms'?3:5))) console.log('MISS', r, c.q, '→', keys.slice(0, 5).join(' '), '| want', [c.expect].flat().join(' '));
}
console.log('recall@5', (hit / suite.length).toFixed(3), 'recall@3', (hit3/suite.length).toFixed(3), suite.length);
await browser.close(); await server.close();
