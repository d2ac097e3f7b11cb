/**
 * A new build reaches readers on their next visit with the network on. Builds the small fixture
 * site twice (the second with a changed guide), serves the first, then the second.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveStatic } from '../../src/build/static-server.ts';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../support/astro-build.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'offline-update-'));

function build(name: string, edit?: (content: string) => void): string {
  const content = path.join(work, name, 'content');
  fs.cpSync(path.join(root, 'tests/fixtures/site'), content, { recursive: true });
  edit?.(content);
  const { status, output, dist } = astroBuild(path.join(work, name), { content, env: { HANDOUTS: 'off' } });
  if (status !== 0) throw new Error(output);
  return dist;
}

let before: string;
let after: string;

test.describe.configure({ timeout: 120_000 });
// The two builds take minutes on a busy machine: apart from the test's own time.
test.beforeAll(() => {
  test.setTimeout(600_000);
  before = build('before');
  after = build('after', (c) => {
    const file = path.join(c, 'cases/fensan.md');
    fs.writeFileSync(
      file,
      fs
        .readFileSync(file, 'utf8')
        .replace('title: 党员分散，活动难开展', 'title: 党员分散，活动难开展（修订）'),
    );
  });
});
test.afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('after a rebuild with a changed guide, a reader back online sees the change and is told', async ({
  page,
  context,
}) => {
  const server = await serveStatic(before);
  const base = server.url;
  try {
    await page.goto(`${base}/cases/fensan/`);
    await expect(page.locator('.site-notice')).toContainText('已可离线使用', { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员分散，活动难开展');

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员分散，活动难开展');

    server.switchTo(after);
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('党员分散，活动难开展（修订）');
    await expect(page.locator('.site-notice')).toContainText('有新内容', { timeout: 30_000 });

    // The new build is what is kept for offline reading now.
    await context.setOffline(true);
    await page.goto(`${base}/competencies/zhengzhi/`);
    await expect(page.getByRole('region', { name: '相关内容' }).getByRole('link')).toHaveText(
      '党员分散，活动难开展（修订）',
    );
  } finally {
    await server.close();
  }
});
