/**
 * Build only: empties the output folder without making the build wait for it. Astro deletes the
 * last build's files (every page, the search index, the handouts) one by one on its main thread
 * before it bundles, while the second core idles (figures in docs/performance.md). Here the folder
 * is renamed aside at once, Astro finds it gone and skips its own emptying, and a worker thread
 * deletes the old files while the content syncs; the build waits for that only at its end.
 *
 * An output folder holding .git (a deploy kept in git), a link to a folder elsewhere, or one that
 * cannot be renamed (another file system), is left to Astro, which keeps .git and the link.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The name a folder being deleted has, beside the output folder `dir`. */
const ASIDE = (dir: string) => `.${path.basename(dir)}-deleting-`;

/**
 * Renames `dir` aside and deletes it, with what an earlier build left aside and did not delete,
 * in a worker thread. Returns the deletion, or undefined if `dir` is left where it is.
 */
export function clearAside(dir: string): Promise<void> | undefined {
  const parent = path.dirname(dir);
  const prefix = ASIDE(dir);
  let aside: string[] = [];
  try {
    aside = fs.readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return undefined; // no parent folder yet: nothing to delete
  }
  if (fs.existsSync(dir)) {
    // A link is kept as it is, pointing where it points: Astro empties the folder behind it.
    if (fs.lstatSync(dir).isSymbolicLink() || fs.existsSync(path.join(dir, '.git'))) return undefined;
    const name = `${prefix}${process.pid}-${Date.now()}`;
    try {
      fs.renameSync(dir, path.join(parent, name));
    } catch {
      return undefined;
    }
    aside.push(name);
  }
  if (!aside.length) return Promise.resolve();
  const folders = aside.map((name) => path.join(parent, name));
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      `const fs = require('node:fs');
       for (const folder of require('node:worker_threads').workerData)
         fs.rmSync(folder, { recursive: true, force: true, maxRetries: 3 });`,
      { eval: true, workerData: folders },
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`删除旧的输出目录未完成（exit ${code}）：${folders.join('、')}`)),
    );
  });
}

export default function clearDist(): AstroIntegration {
  let deletion: Promise<void> | undefined;
  return {
    name: 'site:clear-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        deletion = clearAside(fileURLToPath(config.outDir));
        if (!deletion) return;
        // A failed deletion fails the build at its end, not as an unhandled rejection before.
        deletion.catch(() => {});
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:done': async () => {
        await deletion;
      },
    },
  };
}
