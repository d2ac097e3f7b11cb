/// <reference lib="webworker" />
/**
 * The service worker (bundled and given its precache list by src/build/offline/integration.ts).
 * - While the site fits the budget, every page, asset and the whole search index are precached on
 *   the first visit, so the site, search included, works with no network afterwards. Above it only
 *   the shell is (src/build/offline/precache.ts); the rest is cached as it is read, or saved on
 *   purpose with 离线保存 into caches of its own (src/client/offline-save.ts), which are served too.
 * - Pages are fetched network-first: a reader with a connection always gets the latest build,
 *   and a new build reaches readers on their next visit; without a connection (or after a few
 *   seconds of a bad one) a cached copy is served.
 * - Hashed files (Astro's assets, Pagefind's index chunks and fragments) never change under one
 *   name: cache-first. Other files: network-first.
 * - A new worker takes over at once and old caches are removed, so nothing stays old for ever.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { SAVE_REQUEST_HEADER, SHELL_MARKER_CACHE } from '../shared/offline-save.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

/** 'all' or 'shell', written in by the build. */
const PRECACHE_MODE = '__PRECACHE_MODE__' as string;

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

// Before activation, so the pages see it when the worker takes over.
self.addEventListener('install', (event) => {
  event.waitUntil(
    PRECACHE_MODE === 'shell'
      ? caches.open(SHELL_MARKER_CACHE).then(() => undefined)
      : caches.delete(SHELL_MARKER_CACHE),
  );
});

const pages = new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 4 });
const files = new NetworkFirst({ cacheName: 'files', networkTimeoutSeconds: 4 });
const hashed = new CacheFirst({ cacheName: 'hashed' });

/** A GET for one of this site's files, other than the save button's (its files go into its own cache only). */
const ownGet = (url: URL, request: Request) =>
  url.origin === self.location.origin &&
  request.method === 'GET' &&
  !request.headers.has(SAVE_REQUEST_HEADER);

/** A copy in any cache: the precache, what was read, what was saved with 离线保存. */
async function anyCached(path: string): Promise<Response | undefined> {
  return (await matchPrecache(path)) ?? (await caches.match(path, { ignoreSearch: true }));
}

registerRoute(
  new NavigationRoute(async (options) => {
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Offline or too slow: fall through to any cached copy.
    }
    const { pathname } = new URL(options.request.url);
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const fallback = PRECACHE_MODE === 'shell' ? '/offline/index.html' : '/404.html';
    return (
      (await anyCached(file)) ??
      (await anyCached(pathname)) ??
      (await matchPrecache(fallback)) ??
      Response.error()
    );
  }),
);

// After the pages' route, which must come first so that a precached page is still network-first.
// Pagefind asks for pagefind-entry.json?ts=…: match precached files whatever the query string.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

registerRoute(
  ({ url, request }) =>
    ownGet(url, request) && (url.pathname.startsWith('/_astro/') || /\.pf_[a-z]+$/.test(url.pathname)),
  async (options) => (await anyCached(options.url.pathname)) ?? hashed.handle(options),
);

registerRoute(
  ({ url, request }) =>
    ownGet(url, request) && url.pathname !== '/sw.js' && !url.pathname.startsWith('/offline-save/'),
  async (options) => {
    try {
      return await files.handle(options);
    } catch (error) {
      const cached = await anyCached(options.url.pathname);
      if (cached) return cached;
      throw error;
    }
  },
);
