/**
 * Bodies are untrusted. The HTML policy says which raw tags and URLs a body may carry; the
 * safe-html plugin enforces it in the Markdown pipeline, behind the content check.
 */
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import {
  isSafeUrl,
  rawHtmlProblems,
  sanitizeRawHtml,
  tagProblems,
  urlScheme,
} from '../../src/build/markdown/html-policy.ts';
import { safeHtml } from '../../src/build/markdown/safe-html.ts';
import { headingAnchors } from '../../src/build/markdown/heading-anchors.ts';

const render = async (md: string) =>
  (await markdownToHtml(md, { hastPlugins: [safeHtml(), headingAnchors()] })).html;

describe('URLs', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['  JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscr\nipt:alert(1)', 'javascript'],
    ['\u0001vbscript:msgbox', 'vbscript'],
    ['data:text/html,<script>', 'data'],
    ['https://www.12371.cn/', 'https'],
    ['/cases/x/#y', undefined],
    ['#y', undefined],
  ])('%j has scheme %s', (url, scheme) => expect(urlScheme(url)).toBe(scheme));

  test('only web, mail and phone links and addresses on the site are safe', () => {
    expect(
      ['https://a.cn/', 'http://a.cn/', 'mailto:a@b.cn', 'tel:110', '/a/', 'b.png'].every(isSafeUrl),
    ).toBe(true);
    expect(
      ['javascript:1', 'data:image/png;base64,AA', 'vbscript:1', 'file:///etc/passwd'].some(isSafeUrl),
    ).toBe(false);
  });
});

describe('the content check’s view of raw HTML', () => {
  test('allowed tags pass, with their allowed attributes', () => {
    expect(rawHtmlProblems('<abbr title="中国共产党">中共</abbr>H<sub>2</sub>O<br/><kbd>Ctrl</kbd>')).toEqual(
      [],
    );
  });

  test('each refused tag or attribute is one problem at its offset, with the reason', () => {
    expect(rawHtmlProblems('前<script>alert(1)</script><abbr onclick="x" style="color:red" lang="zh">'))
      .toMatchInlineSnapshot(`
      [
        {
          "message": "正文不能包含 <script>：它会在读者的浏览器里运行代码。请删去它；本站正文只允许这几个 HTML 标签：<abbr>、<sup>、<sub>、<br>、<kbd>、<mark>、<ruby>、<rt>、<rp>。",
          "offset": 1,
        },
        {
          "message": "<abbr> 的属性 onclick 会在读者的浏览器里运行代码。请删去这个属性。",
          "offset": 26,
        },
        {
          "message": "<abbr> 不能带 style 属性：样式可以遮盖页面、伪装链接。请删去它；强调用 **加粗** 或 <mark>。",
          "offset": 26,
        },
        {
          "message": "<abbr> 只能带 title 属性，不能带 lang。请删去 lang。",
          "offset": 26,
        },
      ]
    `);
  });

  test('a tag that merely does not belong gets the Markdown way to write it', () => {
    expect(tagProblems('div', {})).toMatchInlineSnapshot(`
      [
        "正文不支持 HTML 标签 <div>。本站正文只允许这几个 HTML 标签：<abbr>、<sup>、<sub>、<br>、<kbd>、<mark>、<ruby>、<rt>、<rp>；其余请用 Markdown 写（链接 [文字](/网址/)、图片 ![说明](/images/图片.png)、加粗 **文字**、表格用“|”分隔）。",
      ]
    `);
  });
});

describe('sanitizeRawHtml', () => {
  test.each([
    ['<script>alert(1)</script>', ''],
    ['<img src=x onerror=alert(1)>', ''],
    ['<iframe src="https://evil.example/"><p>x</p></iframe>after', 'after'],
    ['<svg><script>alert(1)</script></svg>', ''],
    ['<div onclick="x">文字 <b>加粗</b></div>', '文字 加粗'],
    ['<abbr title="a&quot;b" onmouseover="x" title="second">A</abbr>', '<abbr title="a&quot;b">A</abbr>'],
    ['</sup>', '</sup>'],
    ['<br/>', '<br>'],
    ['<!-- 备注 -->', ''],
    ['1 &lt; 2 <a href="javascript:1">x</a>', '1 &lt; 2 x'],
    ['<ABBR TITLE="t">x', '<abbr title="t">x'],
    ['<abbr title="unclosed', ''],
  ])('%j → %j', (html, clean) => expect(sanitizeRawHtml(html)).toBe(clean));
});

describe('the safe-html plugin in the Markdown pipeline', () => {
  test('a hostile Markdown body renders without script-capable HTML', async () => {
    const html = await render(
      [
        '## 标题 <script>alert(1)</script>',
        '',
        '<script>alert(2)</script>',
        '',
        '正文<abbr title="中国共产党" onclick="x">中共</abbr><img src=x onerror=alert(3)>，H<sub>2</sub>O。',
        '',
        '[点](javascript:alert(4)) [图](<java\tscript:alert(5)>) ![图](data:image/svg+xml,x) <javascript:alert(6)>',
        '',
        '<iframe src="https://evil.example/"></iframe>',
        '',
        '[站内](/cases/x/) [站外](https://www.12371.cn/)',
      ].join('\n'),
    );
    expect(html).toMatchInlineSnapshot(`
      "<div class="heading-wrapper level-h2"><h2 id="标题-alert1">标题 alert(1)</h2><a class="heading-anchor" href="#标题-alert1" aria-label="本节链接：标题 alert(1)"></a></div>

      <p>正文<abbr title="中国共产党">中共</abbr>，H<sub>2</sub>O。</p>
      <p>点 <a href="java%09script:alert(5)">图</a>  javascript:alert(6)</p>

      <p><a href="/cases/x/">站内</a> <a href="https://www.12371.cn/">站外</a></p>
      "
    `);
    expect(html).not.toMatch(/<script|<iframe|<img|onerror|onclick|href="(javascript|data):/);
  });

  test('in MDX, tags outside the allowlist, unknown components and expressions are dropped', async () => {
    const { code } = await mdxToJs(
      '正文 <abbr title="t" onClick={() => 1}>A</abbr> <script>alert(1)</script> <iframe src="x" /> <div>留下</div> <X>内</X> {1+1}\n',
      { hastPlugins: [safeHtml()] },
    );
    expect(code).not.toMatch(/"script"|"iframe"|onClick|\b1 \+ 1\b|_components\.X|"div"/);
    expect(code).toContain('"abbr"');
    expect(code).toContain('"留下"');
    expect(code).toContain('"内"');
  });
});
