/** Worker thread: the content check (content-check.ts) of one build, beside Astro's start-up. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent, redirectsOf } from './content-check.ts';
import { formatProblems } from './integrity.ts';
import type { Verdict } from './verdict.ts';

const { contentDir, root } = workerData as { contentDir: string; root: string };
const { entries, problems } = loadContent(contentDir, root);
const verdict: Verdict = problems.length
  ? { report: formatProblems(problems) }
  : { entries: entries.length, redirects: redirectsOf(entries) };
parentPort!.postMessage(verdict);
