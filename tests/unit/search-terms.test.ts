import { expect, test } from 'vitest';
import { indexableHtml, segment, spaceHtml, spaceWords, unspaceWords } from '../../src/shared/segment.ts';

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

test('only the text between tags is cut; attributes, scripts, styles and comments stay as they are', () => {
  const html =
    '<h1 title="三会一课" data-pagefind-meta="zh_title:三会 会一">三会一课</h1>' +
    '<script>const a = "党员分散";</script><style>p::after{content:"党员"}</style>' +
    '<!-- 党员分散 --><p>支部书记&nbsp;职责</p>';
  expect(spaceHtml(html)).toBe(
    '<h1 title="三会一课" data-pagefind-meta="zh_title:三会 会一">' +
      spaceWords('三会一课') +
      '</h1><script>const a = "党员分散";</script><style>p::after{content:"党员"}</style>' +
      '<!-- 党员分散 --><p>' +
      spaceWords('支部书记&nbsp;职责') +
      '</p>',
  );
  expect(spaceHtml(html)).not.toBe(html);
});

test('only the indexed part of a page is cut; a page without one is passed on as it is', () => {
  const header = '<header><a href="/">基层党支部工作指南</a></header>';
  const body = '<main data-pagefind-body><h1>三会一课</h1></main>';
  expect(indexableHtml(header + body)).toBe(header + spaceHtml(body));
  expect(indexableHtml(header)).toBe(header);
});
