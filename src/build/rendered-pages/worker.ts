/** Worker thread: a PageReader (reader.ts) fed by integration.ts, one message at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import { collectGarbage } from '../heap.ts';
import { PageReader } from './reader.ts';
import type { Reply, Request } from './integration.ts';

const { staging, previous } = workerData as { staging: string; previous: Record<string, string> };
const reader = new PageReader(staging, previous);
const reply = (message: Reply) => parentPort!.postMessage(message);

parentPort!.on('message', (request: Request) => {
  if (request.kind === 'page') {
    reader.add(request.file, request.html);
    reply({ kind: 'read' });
    return;
  }
  try {
    if (request.kind === 'links') {
      reply({ kind: 'links', ...reader.linkProblems(new Set(request.files), request.others) });
      return;
    }
    const fromDisk = reader.complete(request.site, request.pages);
    if (request.kind === 'stage') {
      reply({ kind: 'staged', result: reader.staged(), fromDisk });
      // Every page is read: the parsing's garbage goes as Pagefind's binary starts (heap.ts),
      // not while the reader waits for the link check with its heap at its largest.
      collectGarbage();
    } else reply({ kind: 'ids', ids: reader.ids(), fromDisk });
  } catch (error) {
    reply({ kind: 'failed', message: (error as Error).message });
  }
});
