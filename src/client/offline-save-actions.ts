/**
 * What the 离线保存 buttons do, loaded at a first press by offline-save.ts (a file of its own, so
 * a page that is only read never loads it): the first press fetches the item's own manifest
 * (written by the build) and shows its size; the second downloads its files into a cache of its
 * own, then writes its record for 我的学习; the other button removes it.
 */
import {
  SAVE_RECORD_URL,
  SAVE_REQUEST_HEADER,
  downloadList,
  formatBytes,
  saveManifestUrl,
  type SaveManifest,
  type SaveRecord,
} from '../shared/offline-save.ts';
import { PRESS_EVENT } from './offline-cache.ts';
import type { OfflineSave } from './offline-save.ts';

/** Files fetched at once while saving. */
const PARALLEL = 4;

addEventListener(PRESS_EVENT, (event) => {
  const el = event.target as OfflineSave;
  if ((event as CustomEvent<boolean>).detail) return void remove(el);
  el.saveButton.disabled = true;
  void (el.plan ? save(el, el.plan) : offer(el));
});

async function remove(el: OfflineSave) {
  await caches.delete(el.cacheName);
  await el.show();
  el.status.textContent = '已从这台手机删除。';
}

/** First press: the size, before anything is downloaded. */
async function offer(el: OfflineSave) {
  try {
    const manifest = (await (await fetch(saveManifestUrl(el.item))).json()) as SaveManifest;
    const item = manifest.items.find((i) => i.id === el.item);
    if (!item) throw new Error(el.item);
    el.plan = { manifest, item };
    el.saveButton.textContent = `开始保存（${formatBytes(item.bytes)}）`;
    el.status.textContent = `将下载${formatBytes(item.bytes)}。用手机流量时请留意；连着无线网络时保存更好。`;
  } catch {
    el.status.textContent = '现在没有网络，暂时不能保存。请连上网络后再试。';
  }
  el.saveButton.disabled = false;
}

/** Second press: every file into the item's own cache, then its record for 我的学习. */
async function save(el: OfflineSave, { manifest, item }: NonNullable<OfflineSave['plan']>) {
  const urls = downloadList(manifest, item);
  const cache = await caches.open(el.cacheName);
  let done = 0;
  try {
    const queue = [...urls];
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          const response = await fetch(new Request(url, { headers: { [SAVE_REQUEST_HEADER]: '1' } }));
          if (!response.ok) throw new Error(url);
          await cache.put(url, response);
          el.status.textContent = `正在保存……${++done} / ${urls.length}`;
        }
      }),
    );
    const record: SaveRecord = { id: item.id, title: item.title, href: item.href, bytes: item.bytes };
    await cache.put(SAVE_RECORD_URL, new Response(JSON.stringify(record)));
  } catch {
    await caches.delete(el.cacheName);
    el.status.textContent = '保存没有完成，可能是网络断了。请连上网络后再试。';
    el.saveButton.disabled = false;
    return;
  }
  await el.show();
}
