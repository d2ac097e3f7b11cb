/**
 * A digest of the code (and any other inputs) that makes a cached build product, so the cache is
 * dropped when that code changes: rendered Markdown, the staged search-index pages, the handout PDFs.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';

/** sha256 (hex) of the files at `urls` and the extra `inputs`, each length-prefixed. */
export function codeDigest(urls: readonly URL[], inputs: readonly string[] = []): string {
  const hash = createHash('sha256');
  for (const part of [...inputs, ...urls.map((url) => fs.readFileSync(url, 'utf8'))])
    hash.update(`${Buffer.byteLength(part)}:`).update(part);
  return hash.digest('hex');
}
