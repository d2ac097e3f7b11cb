/**
 * 离线保存 (src/components/OfflineSave.astro) and the list of saved items on 我的学习.
 * <offline-save item="…">: a first press fetches the item's own manifest (written by the build) and
 * shows its size; a second press downloads its files into a cache of its own; it can be removed.
 * <offline-saved>: lists what this phone has saved, with sizes and a remove button. The service
 * worker serves from these caches offline.
 */
import {
  SAVE_CACHE_PREFIX,
  SAVE_RECORD_URL,
  downloadList,
  formatBytes,
  parseRecord,
  saveCacheName,
  saveManifestUrl,
  type SaveItem,
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
  #id = this.getAttribute('item') ?? '';
  #name = saveCacheName(this.#id);
  /** Fetched at the first press, so a page that is only read downloads nothing for it. */
  #plan: { manifest: SaveManifest; item: SaveItem } | undefined;

  connectedCallback() {
    if (!supported()) return;
    this.hidden = false;
    this.#button.addEventListener('click', () => void (this.#plan ? this.#save(this.#plan) : this.#offer()));
    this.#remove.addEventListener('click', async () => {
      await caches.delete(this.#name);
      await this.#show();
      this.#status.textContent = '已从这台手机删除。';
    });
    void this.#show();
  }

  async #show() {
    const record = (await caches.has(this.#name)) ? await readRecord(this.#name) : undefined;
    this.#plan = undefined;
    this.#button.hidden = !!record;
    this.#remove.hidden = !record;
    this.#button.disabled = false;
    this.#button.textContent = '离线保存';
    const what = this.getAttribute('kind') === 'collection' ? '本栏目的全部内容' : '本课、议程中的指南和讲义';
    this.#status.textContent = record
      ? `已保存到这台手机（${formatBytes(record.bytes)}），没有网络时也能阅读和搜索。`
      : `保存后，没有网络时也能阅读和搜索${what}。`;
  }

  /** First press: the size, before anything is downloaded. */
  async #offer() {
    this.#button.disabled = true;
    try {
      const manifest = (await (await fetch(saveManifestUrl(this.#id))).json()) as SaveManifest;
      const item = manifest.items.find((i) => i.id === this.#id);
      if (!item) throw new Error(this.#id);
      this.#plan = { manifest, item };
      this.#button.textContent = `开始保存（${formatBytes(item.bytes)}）`;
      this.#status.textContent = `将下载${formatBytes(item.bytes)}。用手机流量时请留意；连着无线网络时保存更好。`;
    } catch {
      this.#status.textContent = '现在没有网络，暂时不能保存。请连上网络后再试。';
    }
    this.#button.disabled = false;
  }

  /** Second press: every file into the item's own cache, then its record for 我的学习. */
  async #save({ manifest, item }: { manifest: SaveManifest; item: SaveItem }) {
    this.#button.disabled = true;
    const urls = downloadList(manifest, item);
    const cache = await caches.open(this.#name);
    let done = 0;
    try {
      const queue = [...urls];
      await Promise.all(
        Array.from({ length: PARALLEL }, async () => {
          for (let url = queue.shift(); url; url = queue.shift()) {
            const response = await fetch(new Request(url, { headers: { 'x-offline-save': '1' } }));
            if (!response.ok) throw new Error(url);
            await cache.put(url, response);
            this.#status.textContent = `正在保存……${++done} / ${urls.length}`;
          }
        }),
      );
      const record: SaveRecord = { id: item.id, title: item.title, href: item.href, bytes: item.bytes };
      await cache.put(SAVE_RECORD_URL, new Response(JSON.stringify(record)));
    } catch {
      await caches.delete(this.#name);
      this.#status.textContent = '保存没有完成，可能是网络断了。请连上网络后再试。';
      this.#button.disabled = false;
      return;
    }
    await this.#show();
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

customElements.define('offline-save', OfflineSave);
customElements.define('offline-saved', OfflineSaved);
