/**
 * Prints a handout model (handout-model.ts) to PDF with Typst, through its npm compiler
 * `@myriaddreamin/typst-ts-node-compiler` (native code, shipped per platform as an optional
 * package), with the template handout.typ and the font Noto Sans SC from
 * `@expo-google-fonts/noto-sans-sc` (TrueType outlines, regular and bold).
 *
 * The model goes to the template as JSON in `sys.inputs`, never spliced into markup, so no content
 * can run as Typst code. The template names the font and turns fallback off; the build checks that
 * the font has every character a handout prints, since Typst would print an empty box (and does
 * not warn) where it has none.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { create as openFont } from 'fontkitten';
import type { HandoutDoc } from './handout-model.ts';
import { handoutText } from './handout-model.ts';

type Typst = typeof import('@myriaddreamin/typst-ts-node-compiler');

const require = createRequire(import.meta.url);
export const TYPST_PACKAGE = '@myriaddreamin/typst-ts-node-compiler';

/** The font files the PDFs embed, regular then bold. */
export const PDF_FONT_FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
].map((spec) => require.resolve(spec));

/** sha256 of the font files: part of every handout's cache key. */
export function fontDigest(files: readonly string[] = PDF_FONT_FILES): string {
  const hash = createHash('sha256');
  for (const file of files) {
    const bytes = fs.readFileSync(file);
    hash.update(`${path.basename(file)}:${bytes.length}:`).update(bytes);
  }
  return hash.digest('hex');
}

/** The template, as a file. */
export const TEMPLATE_FILE = new URL('./handout.typ', import.meta.url);

/** Loads the compiler's native binary for this platform; throws when there is none. */
export function loadTypst(): Typst {
  return require(TYPST_PACKAGE) as Typst;
}

/** The compiler package's version: part of every handout's cache key. */
export function typstVersion(): string {
  return (require(`${TYPST_PACKAGE}/package.json`) as { version: string }).version;
}

/** The document date of a handout: its lesson's `updated` day. */
export function dateOf(updated: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(updated);
  if (!match) throw new Error(`讲义日期格式应为 YYYY-MM-DD，实际是“${updated}”。`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** The characters of `text` that one of the fonts lacks (white space aside), in order of first use. */
export function missingCharacters(
  text: string,
  fonts: readonly { hasGlyphForCodePoint(cp: number): boolean }[],
) {
  const missing = new Set<string>();
  for (const char of text)
    if (!/\s/.test(char) && fonts.some((font) => !font.hasGlyphForCodePoint(char.codePointAt(0)!)))
      missing.add(char);
  return [...missing];
}

export interface HandoutPrinter {
  /** The PDF of a handout; throws on a Typst error. */
  print(doc: HandoutDoc): Buffer;
  /** The characters of a handout the font lacks. */
  missing(doc: HandoutDoc): string[];
}

/** A compiler with the handout font and template loaded, for any number of handouts. */
export function handoutPrinter(typst: Typst = loadTypst()): HandoutPrinter {
  const compiler = typst.NodeCompiler.create({ fontArgs: [{ fontPaths: PDF_FONT_FILES }] });
  const template = fs.readFileSync(TEMPLATE_FILE, 'utf8');
  const fonts = PDF_FONT_FILES.map((file) => {
    const font = openFont(fs.readFileSync(file));
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} 是字体集合，应为单个字体。`);
    return font;
  });
  return {
    print(doc) {
      const inputs = { handout: JSON.stringify({ ...doc, date: dateOf(doc.updated) }) };
      const result = compiler.compile({ mainFileContent: template, inputs });
      const error = result.takeError();
      if (error || !result.result) {
        const messages = error?.shortDiagnostics.map((d: { message: string }) => d.message) ?? [];
        throw new Error(`Typst 排版失败：${messages.join('；') || error?.kind || '没有结果'}`);
      }
      const warnings = result.takeWarnings();
      if (warnings) {
        const messages = warnings.shortDiagnostics.map((d: { message: string }) => d.message);
        throw new Error(
          `Typst 排版有警告，请修改模板 src/build/handouts/handout.typ：${messages.join('；')}`,
        );
      }
      const pdf = compiler.pdf(result.result);
      // Typst memoises layouts across compiles; without eviction a build of hundreds of
      // handouts keeps every one in memory. The age is the one Typst suggests for batch tools.
      compiler.evictCache(10);
      return pdf;
    },
    missing: (doc) => missingCharacters(handoutText(doc), fonts),
  };
}
