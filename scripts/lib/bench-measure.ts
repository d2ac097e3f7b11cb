/**
 * Measuring for `npm run bench`: wall time and peak memory of a command's whole process tree
 * (polled from /proc, so Pagefind's own binary and any workers count), and sizes on disk.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RunResult {
  seconds: number;
  /** User + system CPU seconds of the whole process tree (each process as last seen by polling). */
  cpuSeconds: number;
  /** Highest sum of resident memory over the command and all its descendants. */
  peakRssMB: number;
  /** The same, for each kind of process on its own (node, pagefind, chromium, other). */
  peakRssByKindMB: Record<string, number>;
  /**
   * Highest sum of proportional set size (PSS) over the tree: memory shared between processes
   * (Chromium's many processes map the same libraries) counted once, not once per process.
   */
  peakPssMB: number;
  code: number;
  /** Everything the command printed, each line stamped with the seconds since it started. */
  output: string;
}

/** The kind of a process, from its command name: node, pagefind, chromium or other. */
export function kindOf(command: string): string {
  if (/^(node|MainThread)/.test(command)) return 'node';
  if (/^pagefind/.test(command)) return 'pagefind';
  if (/^(chrom|headless)/.test(command)) return 'chromium';
  return 'other';
}

/** pid → [parent pid, resident bytes, CPU seconds so far, kind] for every process, from /proc. */
function processTable(): Map<number, [number, number, number, string]> {
  const table = new Map<number, [number, number, number, string]>();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields after the command name: state, ppid, …, utime and stime (clock ticks, 100 a
      // second) are the 12th and 13th, rss (in pages) the 22nd.
      table.set(Number(name), [
        Number(fields[1]),
        Number(fields[21]) * 4096,
        (Number(fields[11]) + Number(fields[12])) / 100,
        kindOf(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))),
      ]);
    } catch {
      // The process ended while we read the table.
    }
  }
  return table;
}

/** A process's proportional set size in bytes (0 when it has ended or cannot be read). */
function pssOf(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

/**
 * Whether to read the tree's PSS now. Reading a process's smaps_rollup walks its page tables
 * (tens of milliseconds for a build's 4 GB Node process) while it holds the memory map, and
 * the build's threads and garbage collector wait on it: every 200 ms it slowed the builds with the
 * largest heaps most. So PSS is read at most once a `gapMs`, and only while the tree's RSS is
 * near its peak, where the peak of PSS (never above RSS) can be.
 */
export function shouldReadPss(rss: number, peakRss: number, msSinceLast: number, gapMs = 1000): boolean {
  return rss >= 0.9 * peakRss && msSinceLast >= gapMs;
}

/** `root` and its descendants in a process table (pid → [parent pid, …]). */
export function treeOf(table: Map<number, readonly [number, ...unknown[]]>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, [ppid]] of table) {
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(pid);
  }
  const tree: number[] = [];
  const stack = table.has(root) ? [root] : [];
  while (stack.length) {
    const pid = stack.pop()!;
    tree.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/**
 * Runs a command, polling the RSS and CPU time of its whole process tree every 200 ms, and its
 * PSS when shouldReadPss says so, unless `pss` is false (a run that only times: reading PSS
 * slows the build it reads, most of all the one with the larger heap; peakPssMB is then 0).
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; pss?: boolean },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Each chunk of output stamped with the seconds since start, to see where the time goes.
    let output = '';
    const log = (d: Buffer) => {
      const at = ((performance.now() - start) / 1000).toFixed(1).padStart(6);
      output += d
        .toString()
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => `${at}s ${line}\n`)
        .join('');
    };
    child.stdout.on('data', log);
    child.stderr.on('data', log);
    let peak = 0;
    let peakPss = 0;
    let lastPss = -Infinity;
    const peakByKind: Record<string, number> = {};
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      if (!child.pid) return;
      const table = processTable();
      let rss = 0;
      const byKind: Record<string, number> = {};
      const tree = treeOf(table, child.pid);
      for (const pid of tree) {
        const [, bytes, seconds, kind] = table.get(pid)!;
        rss += bytes;
        byKind[kind] = (byKind[kind] ?? 0) + bytes;
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, seconds));
      }
      peak = Math.max(peak, rss);
      const now = performance.now();
      if (options.pss !== false && shouldReadPss(rss, peak, now - lastPss)) {
        lastPss = now;
        peakPss = Math.max(
          peakPss,
          tree.reduce((sum, pid) => sum + pssOf(pid), 0),
        );
      }
      for (const [kind, bytes] of Object.entries(byKind))
        peakByKind[kind] = Math.max(peakByKind[kind] ?? 0, bytes);
    }, 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({
        seconds: (performance.now() - start) / 1000,
        cpuSeconds: [...cpu.values()].reduce((a, b) => a + b, 0),
        peakRssMB: peak / 2 ** 20,
        peakPssMB: peakPss / 2 ** 20,
        peakRssByKindMB: Object.fromEntries(
          Object.entries(peakByKind).map(([kind, bytes]) => [kind, Math.round(bytes / 2 ** 20)]),
        ),
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

export interface Phase {
  name: string;
  seconds: number;
}

/**
 * Where a build's time went, from its stamped log (see RunResult.output): start-up (config,
 * content sync and the content check beside it, bundling) until pages render, rendering, then
 * each integration up to its own last log line. Approximate: an integration is charged from the
 * previous mark.
 */
export function phasesOf(log: string): Phase[] {
  const marks: { name: string; at: number }[] = [];
  const mark = (name: string, at: number) => {
    if (marks.at(-1)?.name === name) marks.at(-1)!.at = at;
    else marks.push({ name, at });
  };
  let rendering = false;
  // Until the pages render, integrations' lines (the content check's, logged mid-sync; a
  // warning) mark no phase of their own: that time is the start-up's.
  let started = false;
  for (const line of log.split('\n')) {
    const m = line.match(/^\s*([\d.]+)s (.*)$/);
    if (!m) continue;
    const at = Number(m[1]);
    const text = m[2]!;
    const integration = text.match(/\[((?:site:|bare-)[\w-]+|@astrojs\/[\w-]+)\]/)?.[1];
    if (text.includes('generating static routes')) {
      mark('start-up (config, content, bundling)', at);
      rendering = true;
      started = true;
    } else if (rendering && text.includes('✓ Completed in')) {
      mark('pages', at);
      rendering = false;
    } else if (started && integration && !text.includes('Waiting for integration')) mark(integration, at);
    else if (text.includes('[build] Complete!')) mark('rest', at);
  }
  return marks.map((x, i) => ({ name: x.name, seconds: +(x.at - (marks[i - 1]?.at ?? 0)).toFixed(1) }));
}

/**
 * The middle of a list of ratios (the mean of the two middle ones for an even count). One
 * build pair is far off when the machine's speed swings between its two builds; the median of
 * interleaved pairs is not moved by one such pair.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Which side builds first in timing pair `i` (0-based): the floor in even pairs, ours in odd
 * ones, so that a machine slowing down or speeding up over the pairs favours neither.
 */
export function pairOrder(i: number): readonly ['bare', 'ours'] | readonly ['ours', 'bare'] {
  return i % 2 === 0 ? (['bare', 'ours'] as const) : (['ours', 'bare'] as const);
}
