/**
 * Where the build's middleware (middleware.ts, bundled into Astro's render) hands each rendered
 * page to the integration (integration.ts), which runs in the same Node process. A global, since
 * the two are loaded by different module graphs.
 */
export const PAGE_LISTENER = Symbol.for('jiceng.rendered-page');

/** Takes a page's site path (`/cases/x/`) and its HTML, as Astro writes it to dist/. */
export type PageListener = (pathname: string, html: string) => void;
