/**
 * Runs a real `astro build` of the project in a child process, as the build and browser tests
 * need it: into its own dist/ and cache (so builds never share state), optionally from another
 * content folder, with extra environment variables.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Astro writes its prerender bundle to the project's own .astro/ whatever the outDir and cache,
 * so two builds at once (browser-test workers) would delete each other's chunks: one at a time,
 * across processes, by a lock directory holding its owner's pid (a dead owner's lock is taken over).
 */
const lock = path.join(root, '.astro', 'test-build.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function withBuildLock<T>(run: () => T): T {
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }));
      if (owner && !alive(owner)) fs.rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    return run();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, without colours. */
  output: string;
  dist: string;
}

/** Builds into `<dir>/dist` with the cache in `<dir>/cache`. */
export function astroBuild(
  dir: string,
  { content, env = {} }: { content?: string; env?: Record<string, string> } = {},
): BuildResult {
  const dist = path.join(dir, 'dist');
  const result = withBuildLock(() =>
    spawnSync(
      process.execPath,
      [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
      {
        cwd: root,
        encoding: 'utf8',
        env: {
          ...process.env,
          ...(content ? { SITE_CONTENT_DIR: content } : {}),
          SITE_CACHE_DIR: path.join(dir, 'cache'),
          FORCE_COLOR: '0',
          ...env,
        },
      },
    ),
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}
