/**
 * Fuzzing the content check with mutations of the real entries: cut files, random YAML values and
 * nesting, invisible and right-to-left characters, huge values, random Markdown and raw HTML.
 * Whatever a file holds, the check ends with problems that each name a file under content/, and
 * the Markdown pipeline (safe-html) never emits script-capable HTML, whether the check passed the
 * entry or not. A passed entry also renders without error.
 *
 * Seeded; FUZZ_RUNS sets the number of cases (docs/testing.md), FUZZ_SEED another seed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { markdownToHtml, mdxToMdast } from 'satteri';
import { afterAll, expect, test } from 'vitest';
import { loadContent, parseFrontmatter } from '../../src/build/checks/content-check.ts';
import { referencesIn } from '../../src/build/checks/integrity.ts';
import { isSafeUrl } from '../../src/build/markdown/html-policy.ts';
import { safeHtml } from '../../src/build/markdown/safe-html.ts';
import { headingAnchors } from '../../src/build/markdown/heading-anchors.ts';
import { glossaryLinks } from '../../src/build/markdown/glossary-links.ts';

const root = path.resolve(import.meta.dirname, '../..');
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 14);

/** Every real page file, as text, with its collection. */
const real = fs
  .readdirSync(path.join(root, 'content'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.md') && f.includes(path.sep))
  .sort()
  .map((f) => ({
    collection: f.split(path.sep)[0]!,
    name: path.basename(f),
    text: fs.readFileSync(path.join(root, 'content', f), 'utf8'),
  }));

/**
 * Each case's project: the real sources, the mutated file, and an empty file for each entry the
 * original refers to or links to. The check counts a file that does not parse as existing, so
 * the references resolve while a case reads a handful of files (the whole site takes 60 ms).
 */
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
fs.cpSync(path.join(root, 'content/sources'), path.join(project, 'content/sources'), { recursive: true });
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
const realEntries = loadContent(path.join(root, 'content'), root).entries;
const depsOf = new Map(
  real.map(({ collection, name, text }) => {
    const entry = realEntries.find((e) => e.collection === collection && `${e.id}.md` === name);
    const refs = entry ? referencesIn(entry.data).map(({ ref }) => `${ref.collection}/${ref.id}`) : [];
    const links = [...text.matchAll(/\/([a-z]+)\/([a-z0-9-]+)\//g)].map((m) => `${m[1]}/${m[2]}`);
    return [
      `${collection}/${name}`,
      [...new Set([...refs, ...links])].filter((r) => !r.startsWith('sources/')),
    ];
  }),
);

const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202e',
  '\u2066',
  '\u2069',
  '\u00ad',
  '\u2800',
  '\u3000',
  '\u3164',
];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/a.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<iframe src="https://x.example/"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x">',
  '<form action="https://x.example/"><input name=p></form>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload=alert(1)>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<abbr title="x" onmouseover="alert(1)">x</abbr>',
  '<mark style="position:fixed;inset:0">x</mark>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<meta http-equiv="refresh" content="0;url=https://x.example/">',
  '<base href="https://x.example/">',
  '<link rel=stylesheet href=//x.example/a.css>',
  '<!-- <script>alert(1)</script> -->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<style>*{display:none}</style>',
  '<sup>1</sup><sub>2</sub><br><kbd>Ctrl</kbd>',
  '<div\nonclick="alert(1)">x</div>',
  '<scr<script>ipt>alert(1)</script>',
  '<textarea><script>alert(1)</script></textarea>',
  '</abbr>',
  '<abbr title="unclosed',
];
const MARKDOWN = [
  '[x](javascript:alert(1))',
  '[x]( JaVaScRiPt:alert(1))',
  '[x](<java\tscript:alert(1)>)',
  '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
  '[x](vbscript:msgbox(1))',
  '<javascript:alert(1)>',
  '[x][r]\n\n[r]: javascript:alert(1)',
  '# 标题',
  '## 小节',
  '![](/images/none.png)',
  '[点击这里](/cases/x/)',
  '{alert(1)}',
  '`<script>`',
  '```html\n<script>alert(1)</script>\n```',
  '> 引用 <script>x</script>',
  '- 列表 <iframe>',
  '| a | b |\n| - | - |\n| <img src=x onerror=1> | c |',
  '***',
  '\\',
  '<',
  '&lt;script&gt;',
];
const YAML_VALUES = [
  '',
  '~',
  'null',
  'true',
  '0',
  '-1',
  '1e999',
  '.nan',
  '2099-01-01',
  '2026-02-30',
  '[]',
  '{}',
  '[[[[[[[[[[]]]]]]]]]]',
  '{a: {b: {c: [1, 2]}}}',
  '"unclosed',
  "'unclosed",
  '*alias',
  '&anchor x',
  '!!binary aGk=',
  '!tag x',
  '|\n  多行\n  文字',
  '>-\n  折叠',
  '"\\u200b\\u202e"',
  '- a\n- b',
  'a: b',
  '\t- tab',
  'cases/fensan',
  'sources/x',
];

const piece = fc.oneof(
  fc.constantFrom(...INVISIBLE),
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...MARKDOWN),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom(
    '---',
    '\n',
    ': ',
    '- ',
    '  ',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    '#',
    '<',
    '>',
    '&',
    '\r\n',
    '\u0000',
  ),
);
const randomText = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));

type Mutation = (text: string) => string;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Cut the file anywhere (in the frontmatter, at its end, in the body).
  fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((at) => (t: string) => t.slice(0, Math.floor(t.length * at))),
  // Insert random text anywhere.
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), randomText).map(([at, s]) => (t: string) => {
    const i = Math.floor(t.length * at);
    return t.slice(0, i) + s + t.slice(i);
  }),
  // Replace one frontmatter line's value with a random YAML value (scalar, nesting, broken).
  fc
    .tuple(fc.nat(), fc.oneof(fc.constantFrom(...YAML_VALUES), randomText))
    .map(([n, value]) => (t: string) => {
      const lines = t.split('\n');
      const end = lines.indexOf('---', 1);
      const keys = lines
        .map((l, i) => ({ l, i }))
        .filter(({ l, i }) => i > 0 && i < end && /^\s*(- )?[a-zA-Z]+:/.test(l));
      if (!keys.length) return t;
      const { l, i } = keys[n % keys.length]!;
      lines[i] = `${l.slice(0, l.indexOf(':') + 1)} ${value}`;
      return lines.join('\n');
    }),
  // A huge value in a text field or a list.
  fc.tuple(fc.constantFrom('title', 'summary', 'keywords'), fc.integer({ min: 1000, max: 50_000 })).map(
    ([field, size]) =>
      (t: string) =>
        t.replace(
          /^---\n/,
          field === 'keywords'
            ? `---\nkeywords:\n${'  - 词\n'.repeat(Math.floor(size / 6))}`
            : `---\n${field}: ${'字'.repeat(size)}\n`,
        ),
  ),
  // Random Markdown and raw HTML appended to the body.
  fc
    .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...MARKDOWN), randomText), {
      minLength: 1,
      maxLength: 5,
    })
    .map((parts) => (t: string) => `${t}\n\n${parts.join('\n\n')}\n`),
);

const FORBIDDEN_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'style',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
]);

/** What in a rendered body could run code or embed another site. */
function unsafeHtml(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (FORBIDDEN_TAGS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on') || attribute === 'style' || attribute === 'srcdoc')
            found.push(`${name} ${attribute}`);
          if (
            ['href', 'src', 'action', 'formaction', 'data', 'xlink:href'].includes(attribute) &&
            !isSafeUrl(value)
          )
            found.push(`${name} ${attribute}=${value}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

const words = [{ word: '三会一课', id: 'sanhui-yike', definition: '支部党员大会、支委会、党小组会和党课。' }];

test(`${RUNS} mutations of real entries: the check never throws, always names a file, and nothing unsafe renders`, async () => {
  expect(real.length).toBeGreaterThan(50);
  let passed = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.nat(real.length - 1),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      fc.boolean(),
      async (index, mutations, asMdx) => {
        const { collection, name, text } = real[index]!;
        const mutated = mutations.reduce((t, m) => m(t), text);
        const file = asMdx ? name.replace(/\.md$/, '.mdx') : name;
        const written = [
          ...depsOf.get(`${collection}/${name}`)!.map((dep) => ({ path: `${dep}.md`, text: '' })),
          { path: `${collection}/${file}`, text: mutated },
        ];
        for (const w of written) {
          fs.mkdirSync(path.dirname(path.join(project, 'content', w.path)), { recursive: true });
          fs.writeFileSync(path.join(project, 'content', w.path), w.text);
        }
        let problems;
        try {
          problems = loadContent(path.join(project, 'content'), project).problems;
        } finally {
          for (const w of written) fs.rmSync(path.join(project, 'content', w.path), { force: true });
        }
        for (const p of problems) expect(p.file).toMatch(/^content\//);
        const own = problems.filter((p) => p.file === `content/${collection}/${file}`);

        const parsed = parseFrontmatter(mutated, file);
        if ('message' in parsed) return;
        if (asMdx) {
          // A passed MDX body parses (the build would compile it).
          if (!own.length) expect(() => mdxToMdast(parsed.body)).not.toThrow();
          return;
        }
        // Whether or not the check passed it (astro dev does not run the check), the pipeline's
        // output carries nothing that could run code.
        const { html } = await markdownToHtml(parsed.body, {
          fileURL: new URL(`file:///site/content/${collection}/${file}`),
          mdastPlugins: [glossaryLinks(words)],
          hastPlugins: [safeHtml(), headingAnchors()],
        });
        expect(unsafeHtml(html)).toEqual([]);
        if (!own.length) passed++;
      },
    ),
    { seed: SEED, numRuns: RUNS },
  );
  // The mutations are not all fatal: some entries pass and are rendered as the build would.
  expect(passed).toBeGreaterThan(0);
}, 600_000);
