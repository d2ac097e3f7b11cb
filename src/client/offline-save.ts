/**
 * 离线保存 (src/components/OfflineSave.astro) and the list of saved items on 我的学习.
 * <offline-save item="…">: shows the item's size (from the manifest the build wrote), downloads its
 * files into a cache of its own, and removes it again. <offline-saved>: lists what this phone has
 * saved, with sizes and a remove button. The service worker serves from these caches offline.
 */
import {
  SAVE_CACHE_PREFIX,
  SAVE_MANIFEST_URL,
  SAVE_RECORD_URL,
  downloadList,
  formatBytes,
  parseRecord,
  saveCacheName,
  type SaveManifest,
  type SaveRecord,
} from '../shared/offline-save.ts';

/** Files fetched at once while saving. */
const PARALLEL = 4;

const supported = () => 'caches' in window && 'serviceWorker' in navigator;

async function readRecord(cacheName: string): Promise<SaveRecord | undefined> {
  const response = await (await caches.open(cacheName)).match(SAVE_RECORD_URL);
  return response ? parseRecord(await response.text()) : undefined;
}

class OfflineSave extends HTMLElement {
  #button = this.querySelector<HTMLButtonElement>('button.save')!;
  #remove = this.querySelector<HTMLButtonElement>('button.remove')!;
  #status = this.querySelector<HTMLElement>('.status')!;

  connectedCallback() {
    if (!supported()) return;
    void this.#init();
  }

  async #init() {
    const id = this.getAttribute('item') ?? '';
    let manifest: SaveManifest;
    try {
      manifest = (await (await fetch(SAVE_MANIFEST_URL)).json()) as SaveManifest;
    } catch {
      return; // Offline and never saved: nothing to offer.
    }
    const item = manifest.items.find((i) => i.id === id);
    if (!item) return;
    this.hidden = false;
    const name = saveCacheName(id);
    const show = async () => {
      const record = (await caches.has(name)) ? await readRecord(name) : undefined;
      this.#button.hidden = !!record;
      this.#remove.hidden = !record;
      this.#button.disabled = false;
      this.#button.textContent = `离线保存（${formatBytes(item.bytes)}）`;
      this.#status.textContent = record
        ? `已保存到这台手机（${formatBytes(record.bytes)}），没有网络时也能阅读和搜索。`
        : `保存后，没有网络时也能阅读${item.kind === 'lesson' ? '本课、议程中的指南和讲义' : '本栏目的全部内容'}。`;
    };
    this.#button.addEventListener('click', async () => {
      this.#button.disabled = true;
      const urls = downloadList(manifest, item);
      let done = 0;
      const cache = await caches.open(name);
      try {
        const queue = [...urls];
        await Promise.all(
          Array.from({ length: PARALLEL }, async () => {
            for (let url = queue.shift(); url; url = queue.shift()) {
              const request = new Request(url, { headers: { 'x-offline-save': '1' } });
              const response = await fetch(request);
              if (!response.ok) throw new Error(url);
              await cache.put(url, response);
              this.#status.textContent = `正在保存……${++done} / ${urls.length}`;
            }
          }),
        );
        const record: SaveRecord = { id, title: item.title, href: item.href, bytes: item.bytes };
        await cache.put(SAVE_RECORD_URL, new Response(JSON.stringify(record)));
      } catch {
        await caches.delete(name);
        this.#status.textContent = '保存没有完成，可能是网络断了。请连上网络后再试。';
        this.#button.disabled = false;
        return;
      }
      await show();
    });
    this.#remove.addEventListener('click', async () => {
      await caches.delete(name);
      await show();
      this.#status.textContent = '已从这台手机删除。';
    });
    await show();
  }
}

class OfflineSaved extends HTMLElement {
  connectedCallback() {
    if (!supported()) return;
    this.hidden = false;
    void this.#render();
  }

  async #render() {
    const names = (await caches.keys()).filter((n) => n.startsWith(SAVE_CACHE_PREFIX));
    const records = (await Promise.all(names.map(async (n) => ({ name: n, record: await readRecord(n) })))).filter(
      (r): r is { name: string; record: SaveRecord } => !!r.record,
    );
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

customElements.define('offline-save', OfflineSave);
customElements.define('offline-saved', OfflineSaved);
