/**
 * Runs a query through the real search page in a browser and reads the ranked results.
 * Shared by the search regression tests and `npm run bench:search`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { FIRST_SCREEN, PAGE_SIZE } from '../../src/shared/search-params.ts';

export interface QueryCase {
  q: string;
  expect: string | string[];
  kind: string;
}

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../tests/fixtures', name);
/** Terms and short phrases (search-queries.json). */
export const queryCases: QueryCase[] = (
  JSON.parse(fs.readFileSync(fixture('search-queries.json'), 'utf8')) as { queries: QueryCase[] }
).queries;
/** Whole questions, as typed or dictated on a phone (search-questions.json). */
export const questionCases: QueryCase[] = (
  JSON.parse(fs.readFileSync(fixture('search-questions.json'), 'utf8')) as { questions: QueryCase[] }
).questions;

/** `/cases/x/?hl=…#y` → `cases/x`. */
export function keyOfUrl(url: string): string {
  const { pathname } = new URL(url, 'http://x');
  return decodeURIComponent(pathname).replace(/^\/|\/$/g, '');
}

/**
 * Opens /search/?q=… and waits until the first results show (the first screen's, or the status
 * saying there are none); returns how many results the status line counts.
 */
export async function openSearch(page: Page, baseURL: string, q: string): Promise<number> {
  await page.goto(`${baseURL}/search/?q=${encodeURIComponent(q)}`);
  const status = page.locator('.status').filter({ hasText: /共找到|没有找到/ });
  await status.waitFor();
  const total = Number((await status.textContent())?.match(/共找到 (\d+) 条/)?.[1] ?? 0);
  if (total > 0)
    await page
      .locator('.results li')
      .nth(Math.min(total, FIRST_SCREEN) - 1)
      .waitFor();
  return total;
}

/** Opens /search/?q=… and returns the keys of the first page of results, in rank order. */
export async function runQuery(page: Page, baseURL: string, q: string): Promise<string[]> {
  const total = await openSearch(page, baseURL, q);
  if (total > 0)
    await page
      .locator('.results li')
      .nth(Math.min(total, PAGE_SIZE) - 1)
      .waitFor();
  const hrefs = await page
    .locator('.results .title')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map(keyOfUrl);
}

/** 1-based rank of the first acceptable entry, or 0 when none is listed. */
export function rankOf(keys: readonly string[], expected: string | string[]): number {
  const wanted = new Set([expected].flat());
  const i = keys.findIndex((k) => wanted.has(k));
  return i + 1;
}
