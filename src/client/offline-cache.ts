/** What the 离线保存 button (offline-save.ts) and the list on 我的学习 (offline-saved.ts) share. */
import { SAVE_RECORD_URL, parseRecord, type SaveRecord } from '../shared/offline-save.ts';

/**
 * Fired on an <offline-save> once offline-save-actions.ts is loaded, which acts on it; `detail` is
 * true for the remove button.
 */
export const PRESS_EVENT = 'offline-save-press';

/** Saving needs Cache Storage, and a service worker to serve the saved files offline. */
export const supported = () => 'caches' in window && 'serviceWorker' in navigator;

/** The record a saved item's cache holds (title, address, size); none while it is incomplete. */
export async function readRecord(cacheName: string): Promise<SaveRecord | undefined> {
  const response = await (await caches.open(cacheName)).match(SAVE_RECORD_URL);
  return response ? parseRecord(await response.text()) : undefined;
}
