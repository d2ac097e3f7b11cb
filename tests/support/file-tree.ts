import fs from 'node:fs';
import path from 'node:path';

/** Writes `files` (path relative to `dir` → text) under `dir`, making the folders; returns `dir`. */
export function writeFiles(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
