/**
 * Runs a real `astro build` of the project in a child process, as the build and browser tests
 * need it: into its own dist/ and cache (so builds never share state), optionally from another
 * content folder, with extra environment variables.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

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
  const result = spawnSync(
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
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, dist };
}
