/**
 * Writes the nginx configuration for a built site: deploy/nginx.conf with its paths filled in,
 * and security-headers.conf with a strict Content-Security-Policy. Inline scripts and styles
 * are allowed by their SHA-256 hashes, computed from the built HTML, so no 'unsafe-inline' is
 * needed; Pagefind's WebAssembly needs 'wasm-unsafe-eval' and its search worker 'self'.
 *
 *   node deploy/nginx-conf.ts <dist> <out-dir> [listen]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';

export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const sha256 = (text: string) =>
  `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Scripts that run: no type, or a JavaScript one. JSON data blocks are not executed, so CSP does not apply. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Hashes of every executable inline <script> and every inline <style> in the built pages. */
export function inlineHashes(htmlPages: Iterable<string>): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const html of htmlPages) {
    // The element being read and where its text starts; the hash is of the raw text as written.
    let open: { set: Set<string>; start: number } | undefined;
    const parser = new Parser({
      onopentag(tag, attrs) {
        const inlineScript =
          tag === 'script' && attrs.src === undefined && EXECUTABLE.has((attrs.type ?? '').toLowerCase());
        if (inlineScript || tag === 'style')
          open = { set: inlineScript ? scripts : styles, start: parser.endIndex + 1 };
      },
      onclosetag(tag) {
        if (open && (tag === 'script' || tag === 'style'))
          open.set.add(sha256(html.slice(open.start, parser.startIndex)));
        open = undefined;
      },
    });
    parser.end(html);
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

export function contentSecurityPolicy({ scripts, styles }: InlineHashes): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src 'self' ${styles.join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function securityHeaders(csp: string): string {
  return [
    `add_header Content-Security-Policy "${csp}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    'add_header Referrer-Policy "strict-origin-when-cross-origin" always;',
    'add_header X-Frame-Options "DENY" always;',
    'add_header Cross-Origin-Opener-Policy "same-origin" always;',
    'add_header Permissions-Policy "camera=(), microphone=(), geolocation=(), interest-cohort=()" always;',
    '',
  ].join('\n');
}

function htmlFiles(dist: string): string[] {
  return fs
    .readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dist, f), 'utf8'));
}

/** Writes site.conf and security-headers.conf for `dist` into `outDir`; returns site.conf's path. */
export function writeNginxConf(dist: string, outDir: string, listen = '80'): string {
  const root = path.resolve(dist);
  if (!fs.existsSync(path.join(root, 'index.html')))
    throw new Error(`${root} 里没有构建结果：先运行 npm run build。`);
  fs.mkdirSync(outDir, { recursive: true });
  const headers = path.resolve(outDir, 'security-headers.conf');
  fs.writeFileSync(headers, securityHeaders(contentSecurityPolicy(inlineHashes(htmlFiles(root)))));
  const template = fs.readFileSync(fileURLToPath(new URL('nginx.conf', import.meta.url)), 'utf8');
  const site = path.resolve(outDir, 'site.conf');
  fs.writeFileSync(
    site,
    template.replaceAll('{{root}}', root).replaceAll('{{listen}}', listen).replaceAll('{{headers}}', headers),
  );
  return site;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dist, outDir, listen = '80'] = process.argv.slice(2);
  if (!dist || !outDir) {
    console.error(
      '用法：node deploy/nginx-conf.ts <构建目录，如 dist> <输出目录，如 /etc/nginx/zhinan> [监听端口，默认 80]',
    );
    process.exit(2);
  }
  console.log(`已写入 ${writeNginxConf(dist, outDir, listen)}`);
}
