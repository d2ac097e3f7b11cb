import { expect, test } from 'vitest';
import { indexableHtml } from '../../src/build/search-index/staging.ts';
import { segment, spaceWords, unspaceWords } from '../../src/shared/segment.ts';

const samples = [
  '党员分散管不过来，怎么办？',
  '时长：120 分钟，三会一课和“主题党日”。',
  '民主评议党员',
  'PDF 讲义',
  '党小组建在班组上——“点线面”。',
];

test('the index gets every Chinese word the browser’s segmenter makes, set apart by spaces', () => {
  for (const text of samples) {
    const tokens = spaceWords(text).split(/\s+/);
    for (const word of segment(text)) expect(tokens, `${text} → ${word}`).toContain(word);
  }
  expect(spaceWords('民主评议党员')).toBe(segment('民主评议党员').join(' '));
});

test('text without Chinese is left alone', () => {
  expect(spaceWords('PDF files, A&amp;B')).toBe('PDF files, A&amp;B');
});

test('results show the text as written: the spaces the index needed are taken out again', () => {
  for (const text of samples) expect(unspaceWords(spaceWords(text))).toBe(text);
});

test('only the text of the indexed part is cut; attributes, scripts, styles and comments stay as they are', () => {
  const header = '<header><a href="/">基层党支部工作指南</a></header>';
  const html =
    '<main data-pagefind-body><h1 title="三会一课" data-pagefind-meta="zh_title:三会 会一">三会一课</h1>' +
    '<script>const a = "党员分散";</script><style>p::after{content:"党员"}</style>' +
    '<!-- 党员分散 --><p>支部书记&nbsp;职责</p></main>';
  expect(indexableHtml(`<html lang="zh-CN"><body>${header}${html}<footer>页脚</footer></body></html>`)).toBe(
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>' +
      '<main data-pagefind-body><h1 title="三会一课" data-pagefind-meta="zh_title:三会 会一">' +
      spaceWords('三会一课') +
      '</h1><script>const a = "党员分散";</script><style>p::after{content:"党员"}</style>' +
      '<!-- 党员分散 --><p>' +
      spaceWords('支部书记&nbsp;职责') +
      '</p></main></body></html>',
  );
});

test('Pagefind is given the indexed parts only, each of them, with void elements inside', () => {
  const page =
    '<html lang="zh-CN"><head><title>标题</title><link rel="stylesheet" href="/a.css"></head><body>' +
    '<nav>导航<img src="/logo.svg" alt="站标"></nav>' +
    '<article data-pagefind-body><p>三会<br>一课</p><img src="/x.png" alt="图"></article>' +
    '<aside>相关</aside><section data-pagefind-body>党费</section></body></html>';
  expect(indexableHtml(page)).toBe(
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>' +
      `<article data-pagefind-body><p>${spaceWords('三会')}<br>${spaceWords('一课')}</p><img src="/x.png" alt="图"></article>` +
      `<section data-pagefind-body>${spaceWords('党费')}</section></body></html>`,
  );
});

test('an indexed part inside another is given once, within it', () => {
  expect(indexableHtml('<main data-pagefind-body><div data-pagefind-body>三会</div>一课</main>')).toBe(
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' +
      `<main data-pagefind-body><div data-pagefind-body>${spaceWords('三会')}</div>${spaceWords('一课')}</main></body></html>`,
  );
});

test('metadata or a filter outside the indexed parts stops the staging: the index would lose it', () => {
  expect(() =>
    indexableHtml(
      '<header data-pagefind-filter="栏目:案例"></header><main data-pagefind-body>三会一课</main>',
    ),
  ).toThrow(/data-pagefind-filter.*data-pagefind-body/);
  expect(() =>
    indexableHtml('<main data-pagefind-body>三会一课</main><footer data-pagefind-meta="date:2024"></footer>'),
  ).toThrow(/data-pagefind-meta/);
});

test('a page without an indexed part is not staged', () => {
  expect(indexableHtml('<header><a href="/">基层党支部工作指南</a></header><p>三会一课</p>')).toBeUndefined();
});
