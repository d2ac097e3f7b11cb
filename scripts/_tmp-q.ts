import fs from 'node:fs';
import { understandQuery } from '../src/shared/question-query.ts';
const html = fs.readFileSync('dist/search/index.html', 'utf8');
const raw = html.match(/id="search-terms"[^>]*>([^<]*)</)![1]!;
const v = JSON.parse(raw);
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(understandQuery(q, v)));
