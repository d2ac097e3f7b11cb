/**
 * 离线保存: what the build writes into dist/offline-save/index.json (src/build/offline/) and what
 * the save button (src/client/offline-save.ts) reads. A saved item is one named cache holding its
 * files; the service worker serves from every cache, so a saved lesson reads offline.
 */

/** Where the build writes the manifest of every item (the plan, before the build adds bytes). */
export const SAVE_MANIFEST_URL = '/offline-save/index.json';

/** One item's manifest (the same shape, with that item alone), which the save button fetches. */
export function saveManifestUrl(id: string): string {
  return `/offline-save/${id}.json`;
}
/**
 * A cache the service worker creates when only the shell was precached (the site is over the
 * budget): offline, search then covers only what was read or saved; the page script
 * (src/client/page-script.ts) reads it to word its 已可离线使用 notice.
 */
export const SHELL_MARKER_CACHE = 'offline-shell-only';
/** Every saved item's cache name starts with this. */
export const SAVE_CACHE_PREFIX = 'offline-save:';
/** The header the save button fetches with, so the service worker leaves those files to it. */
export const SAVE_REQUEST_HEADER = 'x-offline-save';
/** The entry in an item's cache that records its title, address and size for 我的学习. */
export const SAVE_RECORD_URL = '/offline-save/record.json';

export type SaveKind = 'lesson' | 'collection';

/** What the pages route lists: an item and the pages it covers (before the build adds bytes). */
export interface SavePlanItem {
  id: string;
  kind: SaveKind;
  title: string;
  /** The page that offers the button. */
  href: string;
  /** Site paths of the pages to save, with a trailing slash. */
  pages: string[];
  /** Other files to save when the build made them (a lesson's PDF handout). */
  files: string[];
}

export interface SaveItem {
  id: string;
  kind: SaveKind;
  title: string;
  href: string;
  /** Every file of the item: pages, their search fragments, the handout. */
  urls: string[];
  /** Bytes of `urls` plus the shared search files. */
  bytes: number;
}

export interface SaveManifest {
  /** The search index every saved item needs, to search its pages offline. */
  search: { urls: string[]; bytes: number };
  items: SaveItem[];
}

/** What an item's cache records about it (for 我的学习). */
export interface SaveRecord {
  id: string;
  title: string;
  href: string;
  bytes: number;
}

export function lessonSaveId(lessonId: string): string {
  return `lesson-${lessonId}`;
}

export function collectionSaveId(collection: string): string {
  return `collection-${collection}`;
}

export function saveCacheName(id: string): string {
  return `${SAVE_CACHE_PREFIX}${id}`;
}

/** Everything to download for an item: its own files, then the search index, each once. */
export function downloadList(manifest: SaveManifest, item: SaveItem): string[] {
  return [...new Set([...item.urls, ...manifest.search.urls])];
}

/** A size as readers see it: “约 1.3 MB”, “约 420 KB”. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `约 ${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `约 ${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Reads a saved item's record; anything malformed counts as no record. */
export function parseRecord(text: string): SaveRecord | undefined {
  try {
    const r = JSON.parse(text) as Partial<SaveRecord>;
    if (
      typeof r.id === 'string' &&
      typeof r.title === 'string' &&
      typeof r.href === 'string' &&
      r.href.startsWith('/') &&
      typeof r.bytes === 'number'
    )
      return { id: r.id, title: r.title, href: r.href, bytes: r.bytes };
  } catch {
    // Not JSON: no record.
  }
  return undefined;
}
