/**
 * The HTML handout page's font: Noto Sans SC from the `@fontsource/noto-sans-sc` package, regular
 * and bold, loaded by the handout page only (src/pages/lessons/[id]/handout.astro imports its CSS),
 * so a handout printed from a browser looks like the PDF (which Typst prints with the same family
 * from TTF files, typst.ts) whatever fonts the reader's machine has.
 *
 * The package's CSS offers each subset as woff2 and woff; every browser that prints the handout
 * reads woff2, so `woff2Only` drops the woff fallback and the build emits only woff2 files.
 */
import type { Plugin } from 'vite';

/** The stylesheets of the two weights the handout uses. */
export const HANDOUT_FONT_CSS = ['@fontsource/noto-sans-sc/400.css', '@fontsource/noto-sans-sc/700.css'];

/** The family name those stylesheets declare. */
export const HANDOUT_FONT_FAMILY = 'Noto Sans SC';

const WOFF_FALLBACK = /,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g;

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
