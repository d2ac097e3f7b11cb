import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { contentSecurityPolicy, inlineHashes, writeNginxConf } from '../../deploy/nginx-conf.ts';

test('inline scripts and styles are hashed; external scripts and JSON data blocks are not', () => {
  const hashes = inlineHashes([
    '<script>alert(1)</script><script type="module" src="/a.js"></script><style>p{color:red}</style>',
    '<script type="application/json" id="x">{"a":1}</script><script>alert(1)</script>',
  ]);
  expect(hashes).toEqual({
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64 (and 'p{color:red}')
    scripts: ["'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
    styles: ["'sha256-p0bF+un5yUb9MBO6xRb8kPHlY2BdpHVtLiFkDrZPF64='"],
  });
});

test('the policy allows inline code only by hash, WebAssembly for Pagefind, nothing from elsewhere', () => {
  const csp = contentSecurityPolicy({ scripts: ["'sha256-a='"], styles: ["'sha256-b='"] });
  expect(csp).toBe(
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a='; style-src 'self' 'sha256-b='; " +
      "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; " +
      "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  );
  expect(csp).not.toContain('unsafe-inline');
});

test('the written config points at the build and includes the headers in every location', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-conf-'));
  try {
    const dist = path.join(dir, 'dist');
    fs.mkdirSync(dist);
    fs.writeFileSync(path.join(dist, 'index.html'), '<script>alert(1)</script>');
    const site = fs.readFileSync(writeNginxConf(dist, path.join(dir, 'out'), '127.0.0.1:8080'), 'utf8');
    expect(site).toContain(`root ${dist};`);
    expect(site).toContain('listen 127.0.0.1:8080;');
    expect(site).not.toMatch(/\{\{\w+\}\}/);
    const locations = site.match(/^\s+location /gm)!.length;
    expect(site.match(/include .*security-headers\.conf;/g)).toHaveLength(locations);
    expect(site).toContain('application/wasm wasm;');
    const headers = fs.readFileSync(path.join(dir, 'out/security-headers.conf'), 'utf8');
    expect(headers).toContain("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing build is reported in Chinese', () => {
  expect(() => writeNginxConf('/nonexistent-dist', os.tmpdir())).toThrow(
    '里没有构建结果：先运行 npm run build。',
  );
});
