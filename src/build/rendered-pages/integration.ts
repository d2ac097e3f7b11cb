/**
 * Reads every page of `astro build` once, while the others still render: worker threads
 * (worker.ts, reader.ts) take each page from the build's middleware (middleware.ts), stage it
 * for the search index and keep its links. Rendering holds one core and the readers, one per
 * other core, use the rest (one more reader slows the rendering more than it helps); once the
 * pages are written, one more reader takes its part of the pages still waiting (dispatch.ts).
 * Before, 10,000 pages were read back from disk twice after the last one was written.
 *
 * The search index (src/build/search-index/integration.ts) asks for the staged copies once the
 * pages are written, the link check (src/build/checks/link-check-integration.ts) for the link
 * problems once every file is (the handouts' PDFs too). Either works without the middleware:
 * whatever did not pass through it is read from dist/.
 */
import type { AstroIntegration } from 'astro';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { distFiles, fileOf, htmlFiles, notPagefind } from '../dist.ts';
import type { LinkProblem } from '../checks/links.ts';
import { closeStaging, openStaging, type StageResult, type StagingFolder } from '../search-index/staging.ts';
import { PAGE_LISTENER, type PageListener } from './listener.ts';
import type { PageIds } from './reader.ts';
import { Dispatch } from './dispatch.ts';
import { collectGarbage } from '../heap.ts';

/**
 * Messages to a reader: a page, or a question once the site is written (`pages`: the site's HTML
 * files of this reader's share; `others`: the ids of the pages of the other readers).
 */
export type Request =
  | { kind: 'page'; file: string; html: string }
  | { kind: 'stage' | 'ids'; site: string; pages: string[] }
  | { kind: 'links'; files: string[]; others: PageIds };

/**
 * A reader's answers, in the order of the questions (`read`: one page read, not an answer);
 * `fromDisk`: pages read from dist/ for this answer, not as they rendered.
 */
export type Reply =
  | { kind: 'read' }
  | { kind: 'staged'; result: StageResult; fromDisk: number }
  | { kind: 'ids'; ids: PageIds; fromDisk: number }
  | { kind: 'links'; pages: number; problems: LinkProblem[] }
  | { kind: 'failed'; message: string };

export interface RenderedPages extends AstroIntegration {
  /**
   * Staged copies of the indexed pages of the written `site`, in `staging`; `written`: cut anew;
   * `fromDisk`: pages of the site read back from dist/.
   */
  staged(site: string): Promise<{ staging: string; written: number; pages: string[]; fromDisk: number }>;
  /** The link problems of the finished `site`, page by page; the reading ends with it. */
  linkProblems(site: string): Promise<{ pages: number; problems: LinkProblem[] }>;
}

type Global = { [PAGE_LISTENER]?: PageListener };

/** One reader thread and the questions asked of it not yet answered, oldest first. */
interface Reader {
  worker: Worker;
  waiting: { resolve: (reply: Reply) => void; reject: (error: Error) => void }[];
}

type PageRequest = Extract<Request, { kind: 'page' }>;

interface Session {
  readers: Reader[];
  folder: StagingFolder;
  dispatch: Dispatch<PageRequest>;
}

/**
 * Pages a reader is given beyond those it has read: enough that it never waits for the rendering
 * thread to hand it more, few enough that the pages left when the rendering ends are shared.
 */
const WINDOW = 32;

function startReader(folder: StagingFolder, onRead: () => void, onFailure: () => void): Reader {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    workerData: { staging: folder.dir, previous: folder.previous },
  });
  // The thread keeps the build alive only while an answer is awaited (a failed build exits).
  worker.unref();
  const reader: Reader = { worker, waiting: [] };
  const fail = (error: Error) => {
    for (const w of reader.waiting.splice(0)) w.reject(error);
    onFailure();
  };
  worker.on('message', (reply: Reply) => {
    if (reply.kind === 'read') return onRead();
    reader.waiting.shift()?.resolve(reply);
    if (!reader.waiting.length) worker.unref();
  });
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`读取页面的线程异常退出（${code}）。`)));
  return reader;
}

async function ask<K extends Reply['kind']>(
  reader: Reader,
  request: Request,
  kind: K,
): Promise<Extract<Reply, { kind: K }>> {
  const reply = await new Promise<Reply>((resolve, reject) => {
    reader.waiting.push({ resolve, reject });
    reader.worker.ref();
    reader.worker.postMessage(request);
  });
  if (reply.kind === 'failed') throw new Error(reply.message);
  if (reply.kind !== kind) throw new Error(`读取页面的线程答非所问（${reply.kind}）。`);
  return reply as Extract<Reply, { kind: K }>;
}

export default function renderedPages(): RenderedPages {
  let cacheDir = '';
  let session: Session | undefined;

  const open = (): Session => {
    if (session) return session;
    const folder = openStaging(cacheDir);
    const cores = Math.max(1, os.availableParallelism());
    const readers: Reader[] = [];
    const dispatch = new Dispatch<PageRequest>(
      cores,
      cores - 1,
      (i, page) => readers[i]!.worker.postMessage(page),
      WINDOW,
    );
    const current: Session = { folder, readers, dispatch };
    const drop = () => {
      if (session === current) session = undefined;
      dispatch.close();
    };
    // All readers start now; the last joins once the rendering no longer holds its core.
    for (let i = 0; i < cores; i++) readers.push(startReader(folder, () => dispatch.read(i), drop));
    session = current;
    return current;
  };
  /**
   * The session once no page renders any more, every page rendered handed to a reader (a new
   * session if a reader failed: the pages are then read from disk).
   */
  const rendered = (): Session => {
    delete (globalThis as Global)[PAGE_LISTENER];
    const current = open();
    current.dispatch.flush();
    return current;
  };
  /** The site's HTML files of each reader. */
  const shares = ({ readers, dispatch }: Session, pages: readonly string[]) =>
    readers.map((_, i) => pages.filter((file) => dispatch.ownerOf(file) === i));

  return {
    name: 'site:rendered-pages',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({ order: 'pre', entrypoint: new URL('./middleware.ts', import.meta.url) });
      },
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': () => {
        const { dispatch } = open();
        (globalThis as Global)[PAGE_LISTENER] = (pathname, html) => {
          let file: string;
          try {
            file = fileOf(pathname);
          } catch {
            return; // read from dist/ instead
          }
          if (!file.endsWith('.html')) return;
          dispatch.push({ kind: 'page', file, html });
        };
      },
      'astro:build:generated': () => {
        try {
          rendered();
          // The rendering's garbage goes before Pagefind's binary starts (heap.ts), while the
          // readers finish the last pages.
          collectGarbage();
        } catch {
          // Surfaces where the pages are asked for (staged, linkProblems).
        }
      },
    },

    async staged(site) {
      const current = rendered();
      const { readers, folder } = current;
      const parts = shares(current, htmlFiles(site));
      const replies = await Promise.all(
        readers.map((reader, i) => ask(reader, { kind: 'stage', site, pages: parts[i]! }, 'staged')),
      );
      const pages = Object.assign({}, ...replies.map((r) => r.result.pages)) as Record<string, string>;
      closeStaging(folder, pages);
      return {
        staging: folder.dir,
        written: replies.reduce((sum, r) => sum + r.result.written, 0),
        pages: Object.keys(pages),
        fromDisk: replies.reduce((sum, r) => sum + r.fromDisk, 0),
      };
    },

    async linkProblems(site) {
      try {
        const current = rendered();
        const { readers } = current;
        const files = distFiles(site, notPagefind);
        const parts = shares(current, htmlFiles(site, files));
        const ids = await Promise.all(
          readers.map((reader, i) => ask(reader, { kind: 'ids', site, pages: parts[i]! }, 'ids')),
        );
        const others = (i: number) => Object.assign({}, ...ids.filter((_, j) => j !== i).map((r) => r.ids));
        const replies = await Promise.all(
          readers.map((reader, i) => ask(reader, { kind: 'links', files, others: others(i) }, 'links')),
        );
        // Page by page, as the site's files are listed, whichever reader read them.
        const problems = replies
          .flatMap((r) => r.problems)
          .sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
        return { pages: replies.reduce((sum, r) => sum + r.pages, 0), problems };
      } finally {
        const done = session;
        session = undefined;
        await Promise.all(done?.readers.map((r) => r.worker.terminate()) ?? []);
        // Pagefind's binary is still indexing, towards its peak: what the readers' replies and
        // the pages' links held goes now, not at some later collection (heap.ts).
        collectGarbage();
      }
    },
  };
}
