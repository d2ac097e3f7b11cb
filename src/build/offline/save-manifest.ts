/**
 * Completes the plan of 离线保存 (written by src/pages/offline-save/index.json.ts) after the build:
 * each item gets its pages' files, their Pagefind fragments and the handout PDF where one was
 * printed, with bytes; the search index (chunks and filters) is listed once for all items.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileOf, pathOf } from '../dist.ts';
import {
  SAVE_MANIFEST_URL,
  saveManifestUrl,
  type SaveItem,
  type SaveManifest,
  type SavePlanItem,
} from '../../shared/offline-save.ts';

/**
 * Pure: the manifest from the plan, the size of every file in dist/ (by path) and the fragment
 * of every indexed page (by site path). Files the build did not make are left out.
 */
export function completeManifest(
  plan: readonly SavePlanItem[],
  sizes: ReadonlyMap<string, number>,
  fragments: ReadonlyMap<string, string>,
): SaveManifest {
  const searchFiles = [...sizes.keys()].filter((f) => /^pagefind\/.+\.pf_(index|filter)$/.test(f)).sort();
  const bytesOf = (files: readonly string[]) => files.reduce((sum, f) => sum + (sizes.get(f) ?? 0), 0);
  const searchBytes = bytesOf(searchFiles);
  const items: SaveItem[] = plan.map((item) => {
    const files = [
      ...new Set([
        ...item.pages.flatMap((page) => {
          const fragment = fragments.get(page);
          return [fileOf(page), ...(fragment ? [fragment] : [])];
        }),
        ...item.files.map(fileOf),
      ]),
    ].filter((f) => sizes.has(f));
    return {
      id: item.id,
      kind: item.kind,
      title: item.title,
      href: item.href,
      urls: files.map(pathOf),
      bytes: bytesOf(files) + searchBytes,
    };
  });
  return { search: { urls: searchFiles.map((f) => `/${f}`), bytes: searchBytes }, items };
}

/** Pagefind fragments are gzip with a `pagefind_dcd` signature before their JSON. */
function fragmentUrl(buffer: Buffer): string | undefined {
  const text = gunzipSync(buffer)
    .toString('utf8')
    .replace(/^pagefind_dcd/, '');
  return (JSON.parse(text) as { url?: string }).url;
}

/**
 * Rewrites dist/offline-save/index.json with files and bytes, and writes one such file per item,
 * given the size of every file in dist/ (by path). Returns the number of items and the files
 * written, with their sizes.
 */
export function writeSaveManifest(
  dist: string,
  sizes: ReadonlyMap<string, number>,
): { items: number; written: Map<string, number> } {
  const written = new Map<string, number>();
  const file = path.join(dist, SAVE_MANIFEST_URL);
  if (!fs.existsSync(file)) return { items: 0, written };
  const plan = (JSON.parse(fs.readFileSync(file, 'utf8')) as { items: SavePlanItem[] }).items;
  const write = (url: string, json: string) => {
    fs.writeFileSync(path.join(dist, url), json);
    written.set(fileOf(url), Buffer.byteLength(json));
  };
  const fragments = new Map<string, string>();
  for (const f of sizes.keys()) {
    if (!f.endsWith('.pf_fragment')) continue;
    const url = fragmentUrl(fs.readFileSync(path.join(dist, f)));
    if (url) fragments.set(url, f);
  }
  const manifest = completeManifest(plan, sizes, fragments);
  write(SAVE_MANIFEST_URL, JSON.stringify(manifest));
  for (const item of manifest.items)
    write(
      saveManifestUrl(item.id),
      JSON.stringify({ search: manifest.search, items: [item] } satisfies SaveManifest),
    );
  return { items: manifest.items.length, written };
}
