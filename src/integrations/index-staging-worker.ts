/** Worker thread: stages the pages for Pagefind (see src/lib/index-staging.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { stagePages } from '../lib/index-staging.ts';

const { site, staging, part, parts } = workerData as {
  site: string;
  staging: string;
  part: number;
  parts: number;
};
parentPort!.postMessage(stagePages(site, staging, part, parts));
