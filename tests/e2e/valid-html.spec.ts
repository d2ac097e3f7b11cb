/**
 * Every built page passes the W3C Nu HTML Checker (the `vnu-jar` package, run with Java) with no
 * error. One checker run over all of dist/: the JVM starts once. Needs a Java runtime
 * (`apt-get install -y default-jre-headless`; .ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { expect, test } from './fixtures.ts';

const dist = path.resolve(process.env.SITE_DIST ?? path.resolve(import.meta.dirname, '../../dist'));
/** The package exports the path of its jar (as a String object). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

test('every built page passes the Nu HTML Checker with no error', () => {
  test.setTimeout(300_000);
  const java = spawnSync('java', ['-version']);
  expect(
    java.error,
    '没有找到 java：请安装 Java 运行环境（apt-get install -y default-jre-headless）',
  ).toBeUndefined();
  const pages = fs.globSync('**/*.html', { cwd: dist });
  expect(pages.length, `${dist} 里没有页面：先运行 npm run build。`).toBeGreaterThan(0);

  // --exit-zero-always: the report, not the exit code, says what is wrong. It is written to stderr.
  const run = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', '--skip-non-html', dist],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
    .map(
      (m) => `${path.relative(dist, new URL(m.url ?? 'file:///').pathname)}:${m.lastLine ?? ''} ${m.message}`,
    );
  expect(errors, '这些页面不是有效的 HTML（W3C Nu HTML Checker）').toEqual([]);
});
