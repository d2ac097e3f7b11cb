/** Worker thread: stages the pages for Pagefind (see src/lib/index-staging.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { stagePages } from '../lib/index-staging.ts';

const { site, staging } = workerData as { site: string; staging: string };
parentPort!.postMessage(stagePages(site, staging));
