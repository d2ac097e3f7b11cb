import { describe, expect, test } from 'vitest';
import {
  checkLinks,
  formatLinkProblems,
  parseHtml,
  stringTable,
  vagueLinkText,
} from '../../src/build/checks/links.ts';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distFiles, fileOf, htmlFiles, notPagefind, pathOf } from '../../src/build/dist.ts';

describe('parseHtml', () => {
  test('collects ids and links with their accessible names', () => {
    const page = parseHtml(`
      <link rel="stylesheet" href="/_astro/a.css">
      <h2 id="causes">原因</h2>
      <a href="/cases/x/#causes">党员<b>分散</b> &amp; 流动</a>
      <a class="heading-anchor" href="#causes" aria-label="本节链接：原因"></a>
      <a href="/"><img src="/logo.svg" alt="首页"></a>
      <script>const s = '<a href="/not-a-link/">x</a>';</script>
      <!-- <a href="/commented/">x</a> -->
      <form action="/search/"></form>`);
    expect([...page.ids]).toEqual(['causes']);
    expect(page.links).toEqual([
      { href: '/_astro/a.css', tag: 'link' },
      { href: '/cases/x/#causes', tag: 'a', text: '党员分散 & 流动' },
      { href: '#causes', tag: 'a', text: '本节链接：原因' },
      { href: '/', tag: 'a', text: '首页' },
      { href: '/logo.svg', tag: 'img' },
      { href: '/search/', tag: 'form' },
    ]);
  });
});

describe('stringTable', () => {
  // Whether two equal strings share one copy cannot be seen from JavaScript; what can is that the
  // copies read the same (the memory it saves is measured in docs/performance.md).
  test('a page read with the table reads as without it', () => {
    const html =
      '<link rel="stylesheet" href="/a.css"><h2 id="causes">原因</h2><a href="/cases/x/#causes">党员<b>分散</b></a>' +
      '<a name="old"></a><img src="/logo.svg" alt="站标"><form action="/search/"></form>';
    const page = parseHtml(html, stringTable());
    expect(page).toEqual(parseHtml(html));
    expect([...page.ids]).toEqual(['causes', 'old']);
  });
});

test('paths and output files map both ways', () => {
  expect(fileOf('/')).toBe('index.html');
  expect(fileOf('/cases/x/')).toBe('cases/x/index.html');
  expect(fileOf('/pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
  expect(fileOf('/lessons/a/handout.pdf')).toBe('lessons/a/handout.pdf');
  expect(fileOf('/glossary/%E4%B8%89/')).toBe('glossary/三/index.html');
  expect(pathOf('index.html')).toBe('/');
  expect(pathOf('cases/x/index.html')).toBe('/cases/x/');
  expect(pathOf('404.html')).toBe('/404.html');
});

test('a site is listed as sorted relative paths, folders skipped on request', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-files-'));
  try {
    for (const f of [
      'index.html',
      'b/index.html',
      'a/x y/index.html',
      'a/三/index.html',
      'pagefind/p.js',
      'sw.js',
    ])
      (fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true }),
        fs.writeFileSync(path.join(dir, f), ''));
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.symlinkSync(path.join(dir, 'b'), path.join(dir, 'link'));
    const all = [
      'a/x y/index.html',
      'a/三/index.html',
      'b/index.html',
      'index.html',
      'link',
      'pagefind/p.js',
      'sw.js',
    ];
    expect(distFiles(dir)).toEqual(all);
    expect(distFiles(dir, notPagefind)).toEqual(all.filter((f) => !f.startsWith('pagefind/')));
    expect(distFiles(dir, (folder) => folder === 'a/x y')).toEqual(
      all.filter((f) => !f.startsWith('a/x y/')),
    );
    expect(htmlFiles(dir)).toEqual(['a/x y/index.html', 'a/三/index.html', 'b/index.html', 'index.html']);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('vague link texts are recognised, descriptive ones are not', () => {
  for (const t of ['点击这里', '更多', '更多 »', '查看更多…', '这里', 'Read more', '详情>'])
    expect(vagueLinkText(t), t).toBe(true);
  for (const t of ['党小组长的职责', '更多案例：党员分散', '三会一课'])
    expect(vagueLinkText(t), t).toBe(false);
});

describe('checkLinks', () => {
  const site = (pages: Record<string, string>, files: string[] = []) =>
    checkLinks(new Map(Object.entries(pages).map(([p, html]) => [p, parseHtml(html)])), new Set(files));

  test('a site whose links all resolve has no problems', () => {
    expect(
      site(
        {
          '/': '<a href="/cases/x/#causes">案例</a><a href="cases/x/">相对链接</a><a href="https://example.org/">外部</a><a href="mailto:a@b.c">邮件</a><link href="/_astro/a.css"><a href="#">回到顶部</a>',
          '/cases/x/': '<h2 id="causes">原因</h2><a href="../..">首页</a><a href="?q=1#causes">本页</a>',
        },
        ['_astro/a.css'],
      ),
    ).toEqual([]);
  });

  test('a missing page, file, fragment and a missing slash are reported with page and link', () => {
    const problems = site({
      '/': `<a href="/cases/y/">案例一</a><a href="/cases/x/#yuanyin">案例二</a><a href="/cases/x">案例三</a>
            <script src="/_astro/gone.js"></script><a href="#top-nav">导航</a>`,
      '/cases/x/': '<h2 id="causes">原因</h2>',
    });
    expect(formatLinkProblems(problems)).toMatchInlineSnapshot(`
      "链接检查发现 5 处问题：

      /
        · 链接“/cases/y/”指向的 /cases/y/ 不存在。
        · 链接“/cases/x/#yuanyin”指向的锚点“#yuanyin”在 /cases/x/ 上不存在。
        · 链接“/cases/x”少了末尾的“/”。请写成 /cases/x/。
        · 链接“/_astro/gone.js”指向的 /_astro/gone.js 不存在。
        · 链接“#top-nav”指向的锚点“#top-nav”在 / 上不存在。"
    `);
  });

  test('link text that says nothing, or no text at all, is flagged', () => {
    const problems = site({
      '/': '<a href="/">点击这里</a><a href="/">更多</a><a href="/"> </a><a href="/" aria-label="首页"></a>',
    });
    expect(problems.map((p) => p.message)).toEqual([
      '链接文字“点击这里”没有说明去往哪里。请改成目标页面的名称。',
      '链接文字“更多”没有说明去往哪里。请改成目标页面的名称。',
      '链接没有文字，读屏软件读不出它去往哪里。请给链接写上文字，或加 aria-label。',
    ]);
  });
});
