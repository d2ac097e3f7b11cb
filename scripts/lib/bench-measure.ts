/**
 * Measuring for `npm run bench`: wall time and peak memory of a command's whole process tree
 * (polled from /proc, so Pagefind's own binary and any workers count), and sizes on disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RunResult {
  seconds: number;
  /** Highest sum of resident memory over the command and all its descendants. */
  peakRssMB: number;
  code: number;
  output: string;
}

/** pid → [parent pid, resident bytes] for every process, from /proc. */
function processTable(): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields after the command name: state, ppid, …; rss (in pages) is the 22nd of them.
      table.set(Number(name), [Number(fields[1]), Number(fields[21]) * 4096]);
    } catch {
      // The process ended while we read the table.
    }
  }
  return table;
}

/** Sum of resident bytes of `root` and its descendants in a process table. */
export function treeRss(table: Map<number, [number, number]>, root: number): number {
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    sum += table.get(pid)?.[1] ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return sum;
}

/** Runs a command, polling the memory of its process tree every 200 ms. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let peak = 0;
    const timer = setInterval(() => {
      if (child.pid) peak = Math.max(peak, treeRss(processTable(), child.pid));
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - start) / 1000,
        peakRssMB: peak / 2 ** 20,
        code: code ?? 1,
        output,
      });
    });
  });
}

/** Total bytes and number of files under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
