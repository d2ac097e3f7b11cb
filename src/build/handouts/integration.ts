/**
 * PDF handouts: after `astro build`, headless Chromium prints each lesson's handout page
 * (/lessons/<id>/handout/) to /lessons/<id>/handout.pdf.
 *
 * Whether to make them is decided before the pages render, so a lesson page never links a PDF
 * that will not exist: HANDOUTS=required (the default when CI=true) fails the build without
 * Chromium, or on any failed PDF; HANDOUTS=auto (the default) makes them when Chromium is there
 * and otherwise says plainly that it skipped them; HANDOUTS=off skips them. The handout page
 * brings its own font (font.ts), so the fonts installed on the machine do not matter.
 *
 * The PDFs are reproducible: Chromium loads the pages at the site's own address (answered from
 * dist/), so links in a PDF point at the real site, not at a temporary port; and the print time
 * Chromium writes is replaced by the lesson's `updated` day.
 *
 * Printing is most of a large build's time, so each PDF is kept in Astro's cache folder
 * (`node_modules/.astro/handouts/`, or the configured cacheDir) under a digest of everything it
 * is made from: the handout page, its stylesheets, the font files, the browser version, the print
 * options and this code (see handoutCacheKey). A later build copies the PDFs whose digest it finds
 * and prints only the others; HANDOUT_CACHE=off prints every one. Entries the build did not use
 * are removed, so the folder holds one build's PDFs at most.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../chromium.ts';
import { distFileOf, handoutCacheKey, pdfDateDigits, pinPdf, stylesheetsOf } from './handout.ts';
import { codeDigest } from '../code-digest.ts';
import { configuredSiteUrl, SITE_URL_MISSING } from '../site-url.ts';
import { handoutFontDigest, woff2Only } from './font.ts';

export interface HandoutPlan {
  enabled: boolean;
  required: boolean;
  chromium: string;
  /** Why handouts are skipped, for the build log (Chinese, with the fix). */
  reason?: string;
}

/** How every handout is printed. */
const PDF_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true } as const;

/** This integration's code, the PDF-pinning code and the font set-up: a change prints every handout again. */
function printerCode(): string {
  return codeDigest(
    ['./integration.ts', './handout.ts', './font.ts'].map((file) => new URL(file, import.meta.url)),
  );
}

export function planHandouts(env: NodeJS.ProcessEnv = process.env): HandoutPlan {
  const mode = env.HANDOUTS ?? (env.CI === 'true' ? 'required' : 'auto');
  const chromium = env.CHROMIUM_PATH ?? CHROMIUM_PATH;
  const required = mode === 'required';
  if (mode === 'off')
    return { enabled: false, required, chromium, reason: '已按 HANDOUTS=off 跳过 PDF 讲义。' };
  if (fs.existsSync(chromium)) return { enabled: true, required, chromium };
  const reason =
    `未找到 Chromium（${chromium}），本次构建跳过 PDF 讲义，课程页改为提供打印版讲义。` +
    `需要 PDF 时请安装：apt-get install -y chromium（或用 CHROMIUM_PATH 指定浏览器），再重新构建。`;
  if (required) throw new Error(`HANDOUTS=required：${reason}`);
  return { enabled: false, required, chromium, reason };
}

/** Every built handout page: lessons/<id>/handout/index.html under `dist`. */
export function findHandoutPages(dist: string): string[] {
  const lessons = path.join(dist, 'lessons');
  if (!fs.existsSync(lessons)) return [];
  return fs
    .readdirSync(lessons)
    .filter((id) => fs.existsSync(path.join(lessons, id, 'handout', 'index.html')))
    .sort();
}

export default function handouts(
  plan: HandoutPlan = planHandouts(),
  useCache = process.env.HANDOUT_CACHE !== 'off',
): AstroIntegration {
  let origin = 'http://localhost:4321';
  let cacheDir = '';
  return {
    name: 'site:handouts',
    hooks: {
      'astro:config:done': ({ config }) => {
        origin = new URL(config.site ?? 'http://localhost:4321').origin;
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'handouts');
      },
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const pdf = command === 'build' && plan.enabled;
        updateConfig({
          vite: { define: { 'import.meta.env.HANDOUT_PDF': JSON.stringify(pdf) }, plugins: [woff2Only()] },
        });
        if (command === 'build' && !configuredSiteUrl()) logger.warn(SITE_URL_MISSING);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan.enabled) {
          logger.warn(plan.reason ?? '跳过 PDF 讲义。');
          return;
        }
        const dist = fileURLToPath(dir);
        const ids = findHandoutPages(dist);
        const { chromium } = await import('playwright-core');
        const browser = await chromium.launch({ ...chromiumLaunchOptions, executablePath: plan.chromium });
        try {
          // What each PDF is made from, and whether an earlier build already printed it.
          const printer = [origin, browser.version(), handoutFontDigest(), printerCode()].join('\n');
          const keys = new Map(
            ids.map((id) => {
              const html = fs.readFileSync(path.join(dist, 'lessons', id, 'handout', 'index.html'));
              const styles = stylesheetsOf(html.toString()).map((href) =>
                fs.readFileSync(path.join(dist, href)),
              );
              return [id, handoutCacheKey({ html, styles, printer })];
            }),
          );
          const cached = (id: string) => path.join(cacheDir, `${keys.get(id)}.pdf`);
          const pdfOf = (id: string) => path.join(dist, 'lessons', id, 'handout.pdf');
          const queue = ids.filter((id) => {
            if (!useCache || !fs.existsSync(cached(id))) return true;
            fs.copyFileSync(cached(id), pdfOf(id));
            return false;
          });
          const reused = ids.length - queue.length;

          const context = await browser.newContext({ serviceWorkers: 'block' });
          // The site's address is answered straight from the files in dist/; nothing else is fetched.
          // (Through a local HTTP server, a connection it had closed was sometimes reused while
          // hundreds of handouts loaded their fonts, and the build failed with ECONNRESET.)
          await context.route('**/*', (route) => {
            const url = new URL(route.request().url());
            if (url.origin !== origin) return route.abort();
            const file = distFileOf(dist, url.pathname);
            return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
          });
          if (useCache) fs.mkdirSync(cacheDir, { recursive: true });
          // One tab per core (or HANDOUT_TABS) prints in parallel; each takes the next lesson until none is left.
          const printNext = async (page: Page): Promise<void> => {
            // Laid out for print from the start, so the font subsets awaited below are those the PDF uses.
            await page.emulateMedia({ media: 'print' });
            for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
              const response = await page.goto(`${origin}/lessons/${id}/handout/`, { waitUntil: 'load' });
              if (!response?.ok())
                throw new Error(`讲义页 /lessons/${id}/handout/ 打不开（${response?.status()}）。`);
              // The font's subsets load as laid-out text needs them (layout is forced here); printing
              // before they arrive would print the fallback font.
              await page.evaluate(async () => {
                document.body.getBoundingClientRect();
                await document.fonts.ready;
              });
              const updated = await page.locator('.meta time').getAttribute('datetime');
              const pdf = pinPdf(await page.pdf(PDF_OPTIONS), pdfDateDigits(updated ?? ''));
              fs.writeFileSync(pdfOf(id), pdf);
              if (useCache) {
                // Written under a temporary name first: an interrupted build never leaves half a PDF.
                const temporary = `${cached(id)}.${process.pid}.tmp`;
                fs.writeFileSync(temporary, pdf);
                fs.renameSync(temporary, cached(id));
              }
            }
          };
          const printing = queue.length;
          const tabs = Math.max(
            0,
            Math.min(Number(process.env.HANDOUT_TABS) || os.availableParallelism(), printing),
          );
          await Promise.all(Array.from({ length: tabs }, async () => printNext(await context.newPage())));
          if (useCache) {
            // Keep only this build's PDFs.
            const used = new Set(ids.map((id) => path.basename(cached(id))));
            for (const file of fs.readdirSync(cacheDir))
              if (!used.has(file)) fs.rmSync(path.join(cacheDir, file), { force: true });
          }
          logger.info(`handouts: ${ids.length} PDF (${printing} printed, ${reused} from the cache)`);
        } catch (error) {
          throw new Error(`PDF 讲义生成失败：${(error as Error).message}`, { cause: error });
        } finally {
          await browser.close();
        }
      },
    },
  };
}
