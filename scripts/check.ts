/**
 * `npm run check`: validates every content file against its schema and every reference,
 * without building the site. Exit 1 with a Chinese report when anything is wrong.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/build/checks/content-check.ts';
import { formatProblems } from '../src/build/checks/integrity.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(root, process.argv[2] ?? 'content');
const { entries, problems } = loadContent(contentDir, root);

if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`内容检查通过：${entries.length} 个条目，没有发现问题。`);
