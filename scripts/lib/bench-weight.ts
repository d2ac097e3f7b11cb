/**
 * What a page costs a reader before search: its HTML, the stylesheets it links, and every script
 * it loads or inlines. Shared by `npm run bench` and the page budget test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
}

/** Stylesheets and scripts a page's HTML links (site-absolute paths) and the scripts it inlines. */
export function assetsOfPage(html: string): PageAssets {
  const attr = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}=["']?([^"'\\s>]+)`))?.[1];
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\srel=["']?stylesheet/.test(m[0])) stylesheets.push(attr(m[0], 'href') ?? '');
  }
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'src');
    if (/type=["']?application\/(ld\+)?json/.test(m[1]!)) continue;
    if (src) scripts.push(src);
    else if (m[2]!.trim()) inlineScripts.push(m[2]!);
  }
  return { stylesheets, scripts, inlineScripts };
}

export const gzipSize = (data: string | Buffer) => zlib.gzipSync(data, { level: 9 }).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
}

/** Gzip bytes of a built page's HTML, linked CSS and JS (loaded or inline), read from dist. */
export function pageWeight(dist: string, pagePath: string): PageWeight {
  const html = fs.readFileSync(path.join(dist, pagePath, 'index.html'), 'utf8');
  const assets = assetsOfPage(html);
  const file = (href: string) => fs.readFileSync(path.join(dist, new URL(href, 'http://x').pathname));
  return {
    html: gzipSize(html),
    css: gzipSize(Buffer.concat(assets.stylesheets.map(file))),
    js:
      (assets.scripts.length ? gzipSize(Buffer.concat(assets.scripts.map(file))) : 0) +
      (assets.inlineScripts.length ? gzipSize(assets.inlineScripts.join('\n')) : 0),
  };
}
