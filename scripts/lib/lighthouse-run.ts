/**
 * Lighthouse (its Node API) against pages of a running server, in the project's Chromium: Playwright
 * starts Chromium with a DevTools port, Lighthouse drives it through that port. Mobile, with
 * Lighthouse's default simulated throttling. Used by tests/e2e/lighthouse.spec.ts (accessibility,
 * best practices, SEO) and `npm run bench:lighthouse` (performance).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/build/chromium.ts';

/** The pages issue 16 names: home, a guide, a lesson, the glossary and search with results. */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', path: '/' },
  { name: 'a guide', path: '/routines/dangxiaozu-hui/' },
  { name: 'a lesson', path: '/lessons/xinren-shuji-rumen/' },
  { name: 'the glossary', path: '/glossary/' },
  { name: 'search', path: `/search/?q=${encodeURIComponent('党员分散')}` },
] as const;

export type Category = 'performance' | 'accessibility' | 'best-practices' | 'seo';

export interface LighthouseResult {
  /** 0–100 per category asked for. */
  scores: Partial<Record<Category, number>>;
  /** Audits of the categories asked for that did not pass: id and title. */
  failed: string[];
  lcpMs?: number | undefined;
  tbtMs?: number | undefined;
  cls?: number | undefined;
  /** Lighthouse's measure of how fast this machine ran at the time (higher is faster). */
  benchmarkIndex?: number | undefined;
}

/** Starts Chromium with a DevTools port; `run` audits one address; `close` ends Chromium. */
export async function startLighthouse() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--remote-debugging-port=0'],
  });
  const portFile = path.join(profile, 'DevToolsActivePort');
  for (let i = 0; i < 200 && !fs.existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const port = Number(fs.readFileSync(portFile, 'utf8').split('\n')[0]);

  async function run(url: string, categories: readonly Category[]): Promise<LighthouseResult> {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse 没有返回 ${url} 的结果`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse 运行 ${url} 出错：${lhr.runtimeError.message}`);
    const scores: LighthouseResult['scores'] = {};
    const failed: string[] = [];
    for (const id of categories) {
      const category = lhr.categories[id]!;
      scores[id] = Math.round((category.score ?? 0) * 100);
      if (id === 'performance') continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id]!;
        if (ref.weight > 0 && audit.score !== null && audit.score < 1)
          failed.push(`${ref.id}（${audit.title}）`);
      }
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    return {
      scores,
      failed,
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  }

  async function close() {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }

  return { run, close, version: context.browser()?.version() ?? (await chromiumVersion(context)) };
}

async function chromiumVersion(context: import('playwright-core').BrowserContext): Promise<string> {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return /Chrome\/([\d.]+)/.exec(ua)?.[1] ?? 'unknown';
}
