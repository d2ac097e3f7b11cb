/**
 * Synthetic content for `npm run bench`: N guides built from the real content in content/.
 * Frontmatter is a real entry of the same collection with a new title, new references and (for
 * lessons) agenda steps pointing at generated guides; bodies are real sentences recombined into
 * headings, paragraphs and lists, and every page carries glossary terms so linking is exercised.
 * The glossary and the sources are copied as they are, so every reference resolves.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseFrontmatter } from '../../src/build/checks/content-check.ts';
import { COLLECTION_KEYS, GUIDE_COLLECTION_KEYS, type GuideCollection } from '../../src/model/registry.ts';

export const GUIDE_COLLECTIONS = GUIDE_COLLECTION_KEYS;
export type BenchCollection = GuideCollection;

/** A small deterministic generator (mulberry32), so a run with the same N makes the same pages. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Chinese sentences of a Markdown body, each with its closing punctuation; no headings, lists or links. */
export function splitSentences(body: string): string[] {
  const out: string[] = [];
  for (const raw of body.split('\n')) {
    const line = raw
      .trim()
      .replace(/^(#+|\d+\.|[-*])\s+/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`<>{}]/g, '');
    if (!line || raw.trim().startsWith('#') || raw.trim().startsWith('---')) continue;
    for (const s of line.match(/[^。！？]+[。！？]”?/g) ?? []) {
      const t = s.trim();
      if ([...t].length >= 8) out.push(t);
    }
  }
  return out;
}

/**
 * How many guides of each collection make `total`: the real site's proportions, at least one
 * of each (so every template is exercised) once there are enough for one of each.
 */
export function planCounts(
  total: number,
  real: Record<BenchCollection, number>,
): Record<BenchCollection, number> {
  const sum = GUIDE_COLLECTIONS.reduce((s, c) => s + real[c], 0);
  const counts = Object.fromEntries(
    GUIDE_COLLECTIONS.map((c) => [
      c,
      total >= GUIDE_COLLECTIONS.length ? Math.max(1, Math.floor((total * real[c]) / sum)) : 0,
    ]),
  ) as Record<BenchCollection, number>;
  let left = total - GUIDE_COLLECTIONS.reduce((s, c) => s + counts[c], 0);
  for (let i = 0; left !== 0; i = (i + 1) % GUIDE_COLLECTIONS.length) {
    const c = GUIDE_COLLECTIONS[i]!;
    if (left > 0) {
      counts[c]++;
      left--;
    } else if (counts[c] > 1) {
      counts[c]--;
      left++;
    }
  }
  return counts;
}

/** The id of the i-th generated guide of a collection: `cases/bench-cases-00042`. */
export function benchId(collection: BenchCollection, i: number): string {
  return `bench-${collection}-${String(i).padStart(5, '0')}`;
}

/** The words glossary linking looks for (terms and aliases) that occur in a text. */
export function termsIn(text: string, words: readonly string[]): string[] {
  return words.filter((w) => text.includes(w));
}

export interface Corpus {
  /** Real entries' frontmatter by collection, used as templates. */
  templates: Record<BenchCollection, Record<string, unknown>[]>;
  sentences: string[];
  /** Sentences that contain at least one glossary word. */
  termSentences: string[];
  headings: string[];
}

/** Reads content/ into the material the generator recombines. */
export function readCorpus(contentDir: string, glossaryWords: readonly string[]): Corpus {
  const templates = {} as Corpus['templates'];
  const sentences: string[] = [];
  const headings = new Set<string>();
  for (const c of GUIDE_COLLECTIONS) {
    templates[c] = [];
    const dir = path.join(contentDir, c);
    for (const name of fs.readdirSync(dir).sort()) {
      if (!/\.mdx?$/.test(name)) continue;
      const parsed = parseFrontmatter(fs.readFileSync(path.join(dir, name), 'utf8'), name);
      if ('message' in parsed) continue;
      templates[c].push(parsed.data as Record<string, unknown>);
      sentences.push(...splitSentences(parsed.body));
      for (const m of parsed.body.matchAll(/^##+\s+(.+)$/gm)) headings.add(m[1]!.trim());
    }
  }
  const glossaryDir = path.join(contentDir, 'glossary');
  for (const name of fs.readdirSync(glossaryDir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const parsed = parseFrontmatter(fs.readFileSync(path.join(glossaryDir, name), 'utf8'), name);
    if (!('message' in parsed)) sentences.push(...splitSentences(parsed.body));
  }
  const unique = [...new Set(sentences)];
  return {
    templates,
    sentences: unique,
    termSentences: unique.filter((s) => termsIn(s, glossaryWords).length > 0),
    headings: [...headings],
  };
}

/** A Markdown body of recombined sentences: 3–5 sections, paragraphs and one list, with glossary terms. */
export function makeBody(corpus: Corpus, random: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const paragraph = (n: number) =>
    Array.from({ length: n }, (_, i) => (i === 0 ? pick(corpus.termSentences) : pick(corpus.sentences))).join(
      '',
    );
  const sections: string[] = [];
  const count = 3 + Math.floor(random() * 3);
  for (let s = 0; s < count; s++) {
    const parts = [`## ${pick(corpus.headings)}`, paragraph(3 + Math.floor(random() * 3))];
    if (s === 1)
      parts.push(Array.from({ length: 4 }, (_, i) => `${i + 1}. ${pick(corpus.sentences)}`).join('\n'));
    else parts.push(paragraph(2 + Math.floor(random() * 3)));
    sections.push(parts.join('\n\n'));
  }
  return sections.join('\n\n') + '\n';
}

/** A short title (≤ 40 characters) from a real one, numbered so every page is distinct. */
export function makeTitle(template: string, n: number): string {
  const suffix = `（${n}）`;
  return [...template].slice(0, 40 - suffix.length).join('') + suffix;
}

export interface GeneratedFile {
  /** Path inside the content folder, e.g. `cases/bench-cases-00001.md`. */
  file: string;
  text: string;
}

/**
 * The frontmatter of one generated guide: a real entry of the collection with a new title,
 * `related` pointing at 2–4 other generated guides, and lessons' agenda steps pointing at
 * generated guides too (minutes unchanged, so they still sum to the duration).
 */
export function makeData(
  template: Record<string, unknown>,
  title: string,
  pickRef: () => string,
  random: () => number,
): Record<string, unknown> {
  const data: Record<string, unknown> = {
    ...template,
    title,
    updated: '2026-11-22',
    draft: false,
    aliases: [],
  };
  data.related = [...new Set(Array.from({ length: 2 + Math.floor(random() * 3) }, pickRef))];
  if (Array.isArray(template.agenda)) {
    data.agenda = (template.agenda as Record<string, unknown>[]).map((step) =>
      step.guide ? { ...step, guide: pickRef() } : step,
    );
  }
  return data;
}

/** All generated guides for `total` pages. Deterministic for a given seed. */
export function generateGuides(corpus: Corpus, total: number, seed = 1): GeneratedFile[] {
  const random = seededRandom(seed);
  const counts = planCounts(
    total,
    Object.fromEntries(GUIDE_COLLECTIONS.map((c) => [c, corpus.templates[c].length])) as Record<
      BenchCollection,
      number
    >,
  );
  const guideCollections = GUIDE_COLLECTIONS.filter((c) => c !== 'lessons' && counts[c] > 0);
  const pickRef = () => {
    const c = guideCollections[Math.floor(random() * guideCollections.length)]!;
    return `${c}/${benchId(c, Math.floor(random() * counts[c]))}`;
  };
  const files: GeneratedFile[] = [];
  let n = 0;
  for (const c of GUIDE_COLLECTIONS) {
    for (let i = 0; i < counts[c]; i++) {
      const template = corpus.templates[c][i % corpus.templates[c].length]!;
      // An entry never refers to itself (the content check rejects that).
      const self = `${c}/${benchId(c, i)}`;
      const pickOther = () => {
        let ref = pickRef();
        while (ref === self) ref = pickRef();
        return ref;
      };
      const data = makeData(template, makeTitle(String(template.title), ++n), pickOther, random);
      const frontmatter = yaml.dump(data, { lineWidth: -1 });
      files.push({
        file: `${c}/${benchId(c, i)}.md`,
        text: `---\n${frontmatter}---\n\n${makeBody(corpus, random)}`,
      });
    }
  }
  return files;
}

/**
 * Writes a complete content folder: the generated guides plus the real content (the glossary and
 * the routines link to real guides, and templates cite real sources and cases).
 */
export function writeContent(contentDir: string, outDir: string, files: readonly GeneratedFile[]): void {
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const c of COLLECTION_KEYS)
    fs.cpSync(path.join(contentDir, c), path.join(outDir, c), { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(outDir, f.file), f.text);
}
