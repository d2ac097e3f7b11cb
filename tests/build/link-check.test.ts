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
import { astroBuild } from '../astro-build.ts';

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
