/**
 * The few scripts that must run without a request of their own (the text size before first paint,
 * the page script at the end of <body>) are written as TypeScript in src/client/ and inlined by
 * src/components/PageScript.astro. Here each is bundled (it may import from src/shared/) and
 * minified into one IIFE, so what every page carries is as small as the bundled page scripts.
 * The CSP allows the result by its hash, read from the built HTML (deploy/nginx-conf.ts).
 */
import path from 'node:path';
import { buildSync } from 'esbuild';

const built = new Map<string, string>();

/**
 * `entry` is a file in src/client/; `define` gives values for the `declare const` names it uses.
 * Paths are read from the project root, where Astro runs (its bundled page code has no usable
 * import.meta.url).
 */
export function inlineScript(entry: string, define: Record<string, string | boolean> = {}): string {
  const key = `${entry}\n${JSON.stringify(define)}`;
  // Built once per build; `astro dev` rebuilds on every request, so an edit shows on reload.
  const cached = import.meta.env.PROD ? built.get(key) : undefined;
  if (cached !== undefined) return cached;
  const result = buildSync({
    entryPoints: [path.resolve(process.cwd(), 'src/client', entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    legalComments: 'none',
    // Chinese text as it is: escaped, every character would cost six bytes.
    charset: 'utf8',
    define: Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)])),
  });
  const code = result.outputFiles[0]!.text.trim();
  built.set(key, code);
  return code;
}
