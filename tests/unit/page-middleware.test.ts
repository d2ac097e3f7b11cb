/**
 * The build's middleware hands each page's HTML to the readers and gives Astro the same bytes to
 * write.
 */
import { afterEach, expect, test } from 'vitest';
import { onRequest } from '../../src/build/rendered-pages/middleware.ts';
import { PAGE_LISTENER, type PageListener } from '../../src/build/rendered-pages/listener.ts';

const html =
  '<!doctype html><html lang="zh-CN"><title>支部党员大会</title><p>每季度至少召开一次。</p></html>';

type Global = { [PAGE_LISTENER]?: PageListener };
afterEach(() => {
  delete (globalThis as Global)[PAGE_LISTENER];
});

/** Runs the middleware on a page that renders `body` with the given type and status. */
async function run(body: BodyInit, { type = 'text/html', status = 200, prerendered = true } = {}) {
  const seen: [string, string][] = [];
  (globalThis as Global)[PAGE_LISTENER] = (pathname, text) => seen.push([pathname, text]);
  const context = { isPrerendered: prerendered, url: new URL('https://example.org/cases/x/') };
  const rendered = new Response(body, { status, headers: { 'content-type': type, 'x-kept': 'yes' } });
  const response = (await onRequest(context as never, async () => rendered)) as Response;
  return { seen, response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

test('a page’s text goes to the listener and its bytes, unchanged, to Astro', async () => {
  const encoded = new TextEncoder().encode(html);
  const { seen, response, bytes } = await run(encoded);
  expect(seen).toEqual([['/cases/x/', html]]);
  expect(bytes).toEqual(encoded);
  expect(response.status).toBe(200);
  expect(response.headers.get('x-kept')).toBe('yes');
});

test('a page rendered in many chunks, a character split between two, reads whole', async () => {
  const encoded = new TextEncoder().encode(html);
  const chunks = Array.from({ length: Math.ceil(encoded.length / 5) }, (_, i) =>
    encoded.slice(i * 5, i * 5 + 5),
  );
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  const { seen, bytes } = await run(stream);
  expect(seen).toEqual([['/cases/x/', html]]);
  expect(bytes).toEqual(encoded);
});

test('other responses pass untouched and unread', async () => {
  for (const options of [{ type: 'application/xml' }, { status: 404 }, { prerendered: false }]) {
    const { seen, bytes } = await run(html, options);
    expect(seen).toEqual([]);
    expect(new TextDecoder().decode(bytes)).toBe(html);
  }
});
