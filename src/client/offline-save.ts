/**
 * 离线保存 (src/components/OfflineSave.astro): what loads with the page is only this element, which
 * shows whether the item is saved; the code that fetches its size, downloads and removes it
 * (offline-save-actions.ts) loads at the first press, so reading a page costs little script.
 * The service worker serves from the item's cache offline; 我的学习 lists it (offline-saved.ts).
 */
import { formatBytes, saveCacheName, type SaveItem, type SaveManifest } from '../shared/offline-save.ts';
import { PRESS_EVENT, readRecord, supported } from './offline-cache.ts';

export class OfflineSave extends HTMLElement {
  /** The address of the built offline-save-actions.ts (the component sets it). */
  static actions = '';
  readonly saveButton = this.querySelector<HTMLButtonElement>('button.save')!;
  readonly removeButton = this.querySelector<HTMLButtonElement>('button.remove')!;
  readonly status = this.querySelector<HTMLElement>('.status')!;
  readonly item = this.getAttribute('item') ?? '';
  readonly cacheName = saveCacheName(this.item);
  /** Fetched at the first press, so a page that is only read downloads nothing for it. */
  plan: { manifest: SaveManifest; item: SaveItem } | undefined;

  connectedCallback() {
    if (!supported()) return;
    this.hidden = false;
    this.addEventListener('click', async (event) => {
      const button = event.target instanceof Element && event.target.closest('button');
      if (!button) return;
      await import(/* @vite-ignore */ OfflineSave.actions);
      this.dispatchEvent(
        new CustomEvent(PRESS_EVENT, { bubbles: true, detail: button === this.removeButton }),
      );
    });
    void this.show();
  }

  /** Saved: its size and the remove button. Not saved: the save button (the status stays). */
  async show() {
    const record = (await caches.has(this.cacheName)) ? await readRecord(this.cacheName) : undefined;
    this.plan = undefined;
    this.saveButton.hidden = !!record;
    this.removeButton.hidden = !record;
    this.saveButton.disabled = false;
    this.saveButton.textContent = '离线保存';
    if (record)
      this.status.textContent = `已保存到这台手机（${formatBytes(record.bytes)}），没有网络时也能阅读和搜索。`;
  }
}
