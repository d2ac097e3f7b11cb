/**
 * A link in a guide to a page or a heading that does not exist fails `astro build`, naming the
 * file, the line and the fix in Chinese. The content check at the start of the build finds it in
 * the source, before anything renders; the check of the built HTML at the end (src/build/checks/links.ts,
 * unit-tested) is the net for links that templates make.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'link-check-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('a broken link or fragment in a guide fails the build, naming the page and the link', () => {
  const content = path.join(work, 'content');
  fs.cpSync(path.join(root, 'tests/fixtures/site'), content, { recursive: true });
  fs.appendFileSync(
    path.join(content, 'competencies/zhengzhi.md'),
    '\n详见[党员分散的案例](/cases/fensan-liudong/)和[案例的背景](/cases/fensan/#beijing)。\n',
  );
  const { status, output } = astroBuild(work, { content });
  expect(status, output).not.toBe(0);
  expect(output).toContain('内容检查未通过，构建已停止：');
  expect(output).toContain('content/competencies/zhengzhi.md\n');
  expect(output).toMatch(
    /· 第 \d+ 行：链接“\/cases\/fensan-liudong\/”指向的页面 \/cases\/fensan-liudong\/ 不存在。请改成已有页面的网址/,
  );
  expect(output).toMatch(
    /· 第 \d+ 行：链接“\/cases\/fensan\/#beijing”指向的小节“#beijing”在 \/cases\/fensan\/ 上不存在。/,
  );
  expect(fs.existsSync(path.join(work, 'dist', 'index.html'))).toBe(false);
}, 180_000);

test('a link the content check cannot see is caught in the built HTML and fails the build', () => {
  // Every guide may link #rules (the 依据条文 section), but a page shows that section only when
  // its entry cites rules: the fixture competency cites none, so only the built page shows the gap.
  const content = path.join(work, 'content-built');
  fs.cpSync(path.join(root, 'tests/fixtures/site'), content, { recursive: true });
  fs.appendFileSync(
    path.join(content, 'cases/fensan.md'),
    '\n对照[政治素质的依据条文](/competencies/zhengzhi/#rules)。\n',
  );
  const { status, output } = astroBuild(path.join(work, 'built'), { content });
  expect(status, output).not.toBe(0);
  expect(output).not.toContain('内容检查未通过');
  expect(output).toContain('链接检查发现 1 处问题');
  expect(output).toMatch(
    /\/cases\/fensan\/\n\s+· 链接“\/competencies\/zhengzhi\/#rules”指向的锚点“#rules”在 \/competencies\/zhengzhi\/ 上不存在。/,
  );
}, 180_000);
