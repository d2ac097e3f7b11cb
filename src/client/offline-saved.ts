/**
 * The items saved with 离线保存 on 我的学习 (src/pages/wode/index.astro): each with its size and a
 * remove button. Only items whose download finished (they have a record) are listed.
 */
import { SAVE_CACHE_PREFIX, formatBytes, type SaveRecord } from '../shared/offline-save.ts';
import { readRecord, supported } from './offline-cache.ts';

class OfflineSaved extends HTMLElement {
  connectedCallback() {
    if (!supported()) return;
    this.hidden = false;
    void this.#render();
  }

  async #render() {
    const names = (await caches.keys()).filter((n) => n.startsWith(SAVE_CACHE_PREFIX));
    const records = (
      await Promise.all(names.map(async (n) => ({ name: n, record: await readRecord(n) })))
    ).filter((r): r is { name: string; record: SaveRecord } => !!r.record);
    const items = records.map(({ name, record }) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = record.href;
      a.textContent = record.title;
      const size = document.createElement('span');
      size.className = 'where';
      size.textContent = `占用${formatBytes(record.bytes)}`;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button secondary';
      remove.textContent = '删除';
      remove.setAttribute('aria-label', `删除已保存的“${record.title}”`);
      remove.addEventListener('click', async () => {
        await caches.delete(name);
        await this.#render();
      });
      li.append(a, size, remove);
      return li;
    });
    this.querySelector('ul')?.replaceChildren(...items);
    const empty = this.querySelector<HTMLElement>('.empty');
    if (empty) empty.hidden = items.length > 0;
  }
}

customElements.define('offline-saved', OfflineSaved);
