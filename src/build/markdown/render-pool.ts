/**
 * Renders the Markdown of `astro build`'s content sync in worker threads (why in workers.ts): one
 * per core but the main thread's, started once the config is resolved and stopped when the build
 * starts, the sync being over. The workers build the site's pipeline from the same spec as the
 * config (options.ts); if anything else changed the config's pipeline (an integration adding a
 * plugin), the workers are not used and Astro renders as usual.
 */
import type { AstroIntegration } from 'astro';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { pipelineSignature, siteMarkdownOptions, type MarkdownSpec } from './options.ts';
import { offerMarkdownWorkers, type RenderedMarkdown } from './workers.ts';

export interface RenderRequest {
  id: number;
  body: string;
  filePath: string | undefined;
}

export type RenderReply = { id: number; rendered: RenderedMarkdown } | { id: number; error: string };

interface PoolWorker {
  worker: Worker;
  pending: number;
}

/** Worker threads rendering bodies, each request to the one with the fewest waiting. */
export class RenderPool {
  private readonly workers: PoolWorker[];
  private readonly waiting = new Map<
    number,
    { resolve: (r: RenderedMarkdown) => void; reject: (e: Error) => void }
  >();
  private next = 0;
  private failure: Error | undefined;

  constructor(spec: MarkdownSpec, shared: Record<string, unknown>, size: number) {
    this.workers = Array.from({ length: size }, () => {
      const entry: PoolWorker = {
        worker: new Worker(new URL('./render-worker.ts', import.meta.url), { workerData: { spec, shared } }),
        pending: 0,
      };
      entry.worker.unref();
      entry.worker.on('message', (reply: RenderReply) => {
        entry.pending--;
        if (!entry.pending) entry.worker.unref();
        const waiting = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        if ('error' in reply) waiting?.reject(new Error(reply.error));
        else waiting?.resolve(reply.rendered);
      });
      const fail = (error: Error) => {
        this.failure ??= error;
        for (const w of this.waiting.values()) w.reject(error);
        this.waiting.clear();
      };
      entry.worker.once('error', fail);
      entry.worker.once('exit', (code) => fail(new Error(`Markdown worker stopped (exit ${code})`)));
      return entry;
    });
  }

  render(body: string, filePath: string | undefined): Promise<RenderedMarkdown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.next++;
    const entry = this.workers.reduce((a, b) => (b.pending < a.pending ? b : a));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      entry.pending++;
      entry.worker.ref();
      entry.worker.postMessage({ id, body, filePath } satisfies RenderRequest);
    });
  }

  async stop(): Promise<void> {
    this.failure ??= new Error('Markdown workers stopped');
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

export default function markdownWorkers(spec: MarkdownSpec): AstroIntegration {
  let building = false;
  let pool: RenderPool | undefined;
  return {
    name: 'site:markdown-workers',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        const processor = config.markdown.processor as unknown as {
          options?: Parameters<typeof pipelineSignature>[0];
        };
        if (
          !processor.options ||
          pipelineSignature(processor.options) !== pipelineSignature(siteMarkdownOptions(spec))
        ) {
          logger.warn('the Markdown pipeline is not the site’s own: Markdown renders on the main thread');
          return;
        }
        const { syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
        let shared: Record<string, unknown>;
        try {
          shared = structuredClone({ image: config.image, syntaxHighlight, shikiConfig, gfm, smartypants });
        } catch {
          logger.warn(
            'the Markdown settings cannot be handed to a worker: Markdown renders on the main thread',
          );
          return;
        }
        pool = new RenderPool(spec, shared, Math.max(1, os.availableParallelism() - 1));
        const started = pool;
        offerMarkdownWorkers((body, filePath) => started.render(body, filePath));
      },
      'astro:build:start': async () => {
        offerMarkdownWorkers(undefined);
        await pool?.stop();
        pool = undefined;
      },
    },
  };
}
