/**
 * The handouts' font: Noto Sans SC from the `@fontsource/noto-sans-sc` package, regular and bold,
 * loaded by the handout page only (src/pages/lessons/[id]/handout.astro imports its CSS).
 *
 * Why a web font: Chromium's PDF backend embeds only TrueType-outline fonts as subset fonts. The
 * system Noto Sans CJK has CFF outlines, so every glyph became a Type 3 drawing, and the PDFs were
 * slow to print and several times larger. These files have TrueType outlines, so the handouts no
 * longer depend on the fonts a machine has installed either.
 *
 * The package's CSS offers each subset as woff2 and woff; every browser that prints the handout
 * reads woff2, so `woff2Only` drops the woff fallback and the build emits only woff2 files.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** The stylesheets of the two weights the handout uses. */
export const HANDOUT_FONT_CSS = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];

/** The family name those stylesheets declare. */
export const HANDOUT_FONT_FAMILY = 'Noto Sans SC';

const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;
const WOFF2_URL = /url\(([^)]*\.woff2)\)/g;

/** Removes the woff fallback of each @font-face of a @fontsource stylesheet. */
export function dropWoff(css: string, file: string): string {
  const out = css.replace(WOFF_FALLBACK, '');
  if (out === css || /\.woff\)/.test(out))
    throw new Error(`${file}: the @font-face rules no longer name woff2 and then woff; update woff2Only.`);
  return out;
}

/** Vite plugin: the handout's font stylesheets name only their woff2 files. */
export function woff2Only(): Plugin {
  return {
    name: 'site:handout-font-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (!HANDOUT_FONT_CSS.some((css) => file.endsWith(css.replace('@fontsource/', '/@fontsource/'))))
        return null;
      return { code: dropWoff(code, file), map: null };
    },
  };
}

/** The woff2 files the handout's font stylesheets name, as absolute paths. */
export function handoutFontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return HANDOUT_FONT_CSS.flatMap((spec) => {
    const css = require.resolve(spec);
    return [...fs.readFileSync(css, 'utf8').matchAll(WOFF2_URL)].map((m) =>
      path.resolve(path.dirname(css), m[1]!.replace(/^['"]|['"]$/g, '')),
    );
  });
}

/** sha256 of every handout font file, in order: part of each handout's cache key. */
export function handoutFontDigest(files: readonly string[] = handoutFontFiles()): string {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    hash.update(`${path.basename(file)}:${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}
