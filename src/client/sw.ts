/// <reference lib="webworker" />
/**
 * The service worker (bundled and given its precache list by src/build/offline/integration.ts).
 * - Every page, asset and the whole search index are precached on the first visit, so the site,
 *   search included, works with no network afterwards.
 * - Pages are fetched network-first: a reader with a connection always gets the latest build,
 *   and a new build reaches readers on their next visit; without a connection (or after a few
 *   seconds of a bad one) the precached copy is served.
 * - A new worker takes over at once and old caches are removed, so nothing stays old for ever.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: { url: string; revision: string | null }[];
};

self.skipWaiting();
clientsClaim();
cleanupOutdatedCaches();

const pages = new NetworkFirst({ cacheName: 'pages', networkTimeoutSeconds: 4 });

registerRoute(
  new NavigationRoute(async (options) => {
    try {
      const response = await pages.handle(options);
      if (response) return response;
    } catch {
      // Offline or too slow: fall through to the precached copy.
    }
    const { pathname } = new URL(options.request.url);
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    return (await matchPrecache(file)) ?? (await matchPrecache('/404.html')) ?? Response.error();
  }),
);

// Pagefind asks for pagefind-entry.json?ts=…: match precached files whatever the query string.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
