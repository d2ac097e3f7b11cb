import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { storePartsFromDisk } from '../../src/build/data-store.ts';

type LoadHook = { handler: (id: string) => { code: string } | null };
const load = (dir: string) => storePartsFromDisk(dir).load as unknown as LoadHook;

test("a store part's module reads the part from Astro's cache", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'store-parts-'));
  const text = '[["党支部","\\u003Cp>正文\\u003C/p>"]]\n';
  fs.writeFileSync(path.join(dir, '0123456789abcdef.txt'), text);
  const result = load(dir).handler('\0astro:data-layer-content-chunk:0123456789abcdef.txt.mjs');
  expect(result).not.toBeNull();
  const file = path.join(dir, 'module.mjs');
  fs.writeFileSync(file, result!.code);
  const module = (await import(file)) as { default: string };
  expect(module.default).toBe(text);
});

test('only the ids of store parts are loaded, and no other file can be named', () => {
  const hook = load('/tmp/cache/data-store/');
  expect(hook.handler('\0astro:data-layer-content-chunk:../../etc/passwd.mjs')).toBeNull();
  expect(hook.handler('\0astro:data-layer-content-chunk:0123456789ABCDEF.txt.mjs')).toBeNull();
  expect(hook.handler('\0astro:data-layer-content')).toBeNull();
  expect(hook.handler('/src/pages/index.astro')).toBeNull();
});

test('the plugin runs in builds only, before Astro loads the same ids', () => {
  const plugin = storePartsFromDisk('/tmp/cache/data-store/');
  expect(plugin.apply).toBe('build');
  expect(plugin.enforce).toBe('pre');
  expect((plugin.load as unknown as { order: string }).order).toBe('pre');
});
