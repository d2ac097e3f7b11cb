import fs from 'node:fs';
import { understandQuery } from '../src/shared/question-query.ts';
const html = fs.readFileSync('dist/search/index.html', 'utf8');
const terms = JSON.parse(html.match(/id="search-terms"[^>]*>([^<]*)</)![1]!);
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(understandQuery(q, terms)));
