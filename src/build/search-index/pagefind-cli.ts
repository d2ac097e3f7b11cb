/**
 * Runs Pagefind's command-line indexer (the binary of the `pagefind` npm package, through the
 * package's own launcher, which honours PAGEFIND_BINARY_PATH). The CLI writes the same index as the
 * Node API, byte for byte, in less time and memory (docs/performance.md), and it runs in its own
 * process while the build goes on.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The launcher script of the `pagefind` package, next to its main module; the bench's floor
 * (scripts/lib/bench-bare.ts) runs the same one.
 */
export function pagefindLauncher(): string {
  return fileURLToPath(new URL('./runner/bin.cjs', import.meta.resolve('pagefind')));
}

export interface PagefindRun {
  /** The folder of HTML files to index; result URLs are paths inside it. */
  site: string;
  /** Where the search bundle is written (absolute). */
  outputPath: string;
  /** Index every page as this language (`--force-language`). */
  language: string;
}

/** The CLI's arguments for a run. */
function pagefindArgs({ site, outputPath, language }: PagefindRun): string[] {
  return ['--site', site, '--output-path', outputPath, '--force-language', language, '--quiet'];
}

/**
 * Indexes `site` into `outputPath` and returns the number of pages indexed, read from the bundle's
 * entry file. Throws, with what Pagefind printed, when it fails or finds no page to index.
 */
export async function runPagefind(run: PagefindRun): Promise<number> {
  const child = spawn(process.execPath, [pagefindLauncher(), ...pagefindArgs(run)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`Pagefind 索引出错（退出码 ${code}）：${output.trim()}`);
  const entryFile = path.join(run.outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(fs.readFileSync(entryFile, 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const pages = Object.values(entry.languages).reduce((sum, l) => sum + l.page_count, 0);
  if (pages === 0) throw new Error('Pagefind 没有找到可索引的页面（缺少 data-pagefind-body）。');
  return pages;
}
