/**
 * Build only (added by integration.ts): hands the HTML of each page, as it renders, to the
 * listener of integration.ts, then returns the same bytes for Astro to write. Without a listener
 * (`astro dev`, a worker of parallel prerendering) it changes nothing.
 *
 * The page is read as text, not as bytes passed on unchanged: byte buffers live outside V8's
 * heap, and on the rendering thread's large heap their growth sets off full garbage collections
 * (docs/performance.md).
 */
import type { MiddlewareHandler } from 'astro';
import { PAGE_LISTENER, type PageListener } from './listener.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const listener = (globalThis as { [PAGE_LISTENER]?: PageListener })[PAGE_LISTENER];
  if (!listener || !context.isPrerendered || response.status !== 200) return response;
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  listener(context.url.pathname, html);
  return new Response(html, response);
};
