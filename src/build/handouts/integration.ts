/**
 * PDF handouts: after `astro build`, each lesson's handout page (/lessons/<id>/handout/) is read
 * into a handout model (handout-model.ts) and printed with Typst (typst.ts, template handout.typ)
 * to /lessons/<id>/handout.pdf. The HTML page stays the one source of what a handout says, and
 * stays printable from a browser.
 *
 * Whether to make them is decided before the pages render, so a lesson page never links a PDF
 * that will not exist: HANDOUTS=required (the default when CI=true) fails the build when the Typst
 * compiler does not load, or on any failed PDF; HANDOUTS=auto (the default) makes them when it loads
 * and otherwise says plainly that it skipped them; HANDOUTS=off skips them. The PDFs embed only the
 * bundled font, so the fonts installed on the machine do not matter; a handout with a character
 * the font lacks fails the build (required) or is skipped with a warning (auto), naming the lesson
 * and the characters.
 *
 * The PDFs are reproducible: Typst writes the same bytes for the same input, and the document date
 * is the lesson's `updated` day. Each PDF is kept in Astro's cache folder
 * (`node_modules/.astro/handouts/`, or the configured cacheDir) under a digest of everything it is
 * made from: the handout page, the template, the font files, the compiler's version and this code
 * (see handoutCacheKey). A later build copies the PDFs whose digest it finds and prints only the
 * others; HANDOUT_CACHE=off prints every one. Entries the build did not use are removed, so the
 * folder holds one build's PDFs at most.
 */
import type { AstroIntegration } from 'astro';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { handoutCacheKey } from './handout.ts';
import { readHandoutPage } from './handout-model.ts';
import { codeDigest } from '../code-digest.ts';
import { configuredSiteUrl, SITE_URL_MISSING } from '../site-url.ts';
import { woff2Only } from './font.ts';
import {
  fontDigest,
  handoutPrinter,
  loadTypst,
  TEMPLATE_FILE,
  TYPST_PACKAGE,
  typstVersion,
} from './typst.ts';

export interface HandoutPlan {
  enabled: boolean;
  required: boolean;
  /** Why handouts are skipped, for the build log (Chinese, with the fix). */
  reason?: string;
}

/** The template, this integration's code, the model, the printer and the font set-up: a change prints every handout again. */
function printerCode(): string {
  return codeDigest(
    [
      TEMPLATE_FILE,
      ...['./integration.ts', './handout.ts', './handout-model.ts', './typst.ts', './font.ts'].map(
        (file) => new URL(file, import.meta.url),
      ),
    ],
    [typstVersion(), fontDigest()],
  );
}

export function planHandouts(
  env: NodeJS.ProcessEnv = process.env,
  load: () => unknown = loadTypst,
): HandoutPlan {
  const mode = env.HANDOUTS ?? (env.CI === 'true' ? 'required' : 'auto');
  const required = mode === 'required';
  if (mode === 'off') return { enabled: false, required, reason: '已按 HANDOUTS=off 跳过 PDF 讲义。' };
  try {
    load();
    return { enabled: true, required };
  } catch (error) {
    const reason =
      `Typst 编译器（${TYPST_PACKAGE}）在本机（${process.platform}-${process.arch}）加载失败：` +
      `${(error as Error).message}。本次构建跳过 PDF 讲义，课程页改为提供打印版讲义。` +
      `需要 PDF 时请重新安装依赖（npm install，会装上本平台的编译器包），再重新构建。`;
    if (required) throw new Error(`HANDOUTS=required：${reason}`, { cause: error });
    return { enabled: false, required, reason };
  }
}

/** The build's message for a handout with characters the font lacks (Chinese, with the fix). */
export function missingMessage(file: string, lessonId: string, missing: readonly string[]): string {
  const chars = missing.map(
    (c) => `“${c}”（U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}）`,
  );
  return (
    `讲义 ${file}（课程 content/lessons/${lessonId}.md 或 .mdx，及其议程引用的内容）有 PDF 字体 Noto Sans SC 没有的字：` +
    `${chars.join('、')}，PDF 里会印成空框。请在这一课或它引用的内容里改用常用字、全角标点或文字说明，再重新构建。`
  );
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
  let cacheDir = '';
  let root = '';
  return {
    name: 'site:handouts',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'handouts');
        root = fileURLToPath(config.root);
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
        try {
          const printer = printerCode();
          const pageOf = (id: string) => path.join(dist, 'lessons', id, 'handout', 'index.html');
          const pdfOf = (id: string) => path.join(dist, 'lessons', id, 'handout.pdf');
          const cached = (id: string) => path.join(cacheDir, `${keys.get(id)}.pdf`);
          const keys = new Map(
            ids.map((id) => [id, handoutCacheKey({ html: fs.readFileSync(pageOf(id)), printer })]),
          );
          const queue = ids.filter((id) => {
            if (!useCache || !fs.existsSync(cached(id))) return true;
            fs.copyFileSync(cached(id), pdfOf(id));
            return false;
          });
          if (useCache) fs.mkdirSync(cacheDir, { recursive: true });
          // One process prints them all: a compile is short native code, and each worker thread
          // would load the compiler and the fonts again (figures in docs/performance.md).
          const typst = queue.length > 0 ? handoutPrinter() : undefined;
          for (const id of queue) {
            const file = path.relative(root, pageOf(id));
            const doc = readHandoutPage(fs.readFileSync(pageOf(id), 'utf8'), file);
            const missing = typst!.missing(doc);
            if (missing.length > 0) {
              const message = missingMessage(file, id, missing);
              if (plan.required) throw new Error(message);
              logger.warn(message);
            }
            const pdf = typst!.print(doc);
            fs.writeFileSync(pdfOf(id), pdf);
            // A PDF with empty boxes is not kept, so every build warns about it until it is fixed.
            if (useCache && missing.length === 0) {
              // Written under a temporary name first: an interrupted build never leaves half a PDF.
              const temporary = `${cached(id)}.${process.pid}.tmp`;
              fs.writeFileSync(temporary, pdf);
              fs.renameSync(temporary, cached(id));
            }
            // Each print is synchronous: between two, the build's other work on this thread gets
            // its turn (the readers' staged copies, which start Pagefind beside the printing).
            await new Promise((resolve) => setImmediate(resolve));
          }
          if (useCache) {
            // Keep only this build's PDFs.
            const used = new Set(ids.map((id) => path.basename(cached(id))));
            for (const file of fs.readdirSync(cacheDir))
              if (!used.has(file)) fs.rmSync(path.join(cacheDir, file), { force: true });
          }
          logger.info(
            `handouts: ${ids.length} PDF (${queue.length} printed, ${ids.length - queue.length} from the cache)`,
          );
        } catch (error) {
          throw new Error(`PDF 讲义生成失败：${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
