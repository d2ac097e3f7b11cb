/**
 * What a page costs a reader before search: its HTML, the stylesheets it links, and every script
 * it loads or inlines. Shared by `npm run bench` and the page budget test.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Parser } from 'htmlparser2';

export interface PageAssets {
  stylesheets: string[];
  scripts: string[];
  inlineScripts: string[];
}

/** Stylesheets and scripts a page's HTML links (site-absolute paths) and the scripts it inlines. */
export function assetsOfPage(html: string): PageAssets {
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  const inlineScripts: string[] = [];
  let inline: number | undefined; // where the text of an inline script starts
  const parser = new Parser({
    onopentag(tag, attrs) {
      if (tag === 'link' && (attrs.rel ?? '').split(/\s+/).includes('stylesheet'))
        stylesheets.push(attrs.href ?? '');
      if (tag !== 'script' || /^application\/(ld\+)?json$/.test(attrs.type ?? '')) return;
      if (attrs.src) scripts.push(attrs.src);
      else inline = parser.endIndex + 1;
    },
    onclosetag(tag) {
      if (tag !== 'script' || inline === undefined) return;
      const text = html.slice(inline, parser.startIndex);
      if (text.trim()) inlineScripts.push(text);
      inline = undefined;
    },
  });
  parser.end(html);
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

/**
 * What a first visit downloads into the service worker's precache, as sent: each file of the
 * precache list in dist/sw.js, gzip where that is smaller (Pagefind's files are gzip already).
 */
export function precacheWeight(dist: string): number {
  const sw = fs.readFileSync(path.join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].reduce((sum, [, url]) => {
    const data = fs.readFileSync(path.join(dist, decodeURI(url!)));
    return sum + Math.min(data.length, gzipSize(data));
  }, 0);
}
