/** Worker thread: stages its share of the pages for Pagefind (see src/build/search-index/staging.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { stagePages, type StagedPages } from './staging.ts';

const { site, staging, files, part, parts, previous } = workerData as {
  site: string;
  files: string[];
  staging: string;
  part: number;
  parts: number;
  previous: StagedPages;
};
parentPort!.postMessage(stagePages(site, staging, { files, part, parts, previous }));
