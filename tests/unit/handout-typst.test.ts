/**
 * The PDF handouts' print path: the handout model read from the HTML page, the text that passes
 * to Typst as data and prints literally, the font's character check, reproducible bytes, QR codes
 * that read back, and the plan when the compiler does not load.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { guideAddress } from '../../src/build/handouts/handout.ts';
import { type HandoutDoc, handoutText, readHandoutPage } from '../../src/build/handouts/handout-model.ts';
import { missingMessage, planHandouts } from '../../src/build/handouts/integration.ts';
import { readPdf } from '../../src/build/handouts/pdf.ts';
import { handoutPrinter, missingCharacters } from '../../src/build/handouts/typst.ts';
import { pdfQrCodes, pdfText } from '../support/pdf-read.ts';

const printer = handoutPrinter();

/** A handout page as handout.astro writes it (attributes Astro adds left out). */
const page = (qr = '') => `<!doctype html><html><body><main><article class="handout">
<p class="kicker muted">站名 · 培训讲义</p><h1>入门 *课* #1</h1>
<p class="meta">培训对象：新任支部书记　时长：90 分钟　更新于 <time datetime="2026-03-01">2026-03-01</time></p>
<p class="summary">一节  入门课。</p>
<h2>学习目标</h2><ul><li>目标一</li><li>目标二</li></ul>
<h2>议程</h2><table><thead><tr><th scope="col">环节</th><th scope="col">用时</th></tr></thead>
<tbody><tr><td>导入</td><td class="minutes">10 分钟</td></tr><tr><td>案例</td><td class="minutes">20 分钟</td></tr></tbody></table>
<h2>本课用到的内容</h2>
<section class="guide"><h3>流动党员</h3><p>摘要 $x$。</p><p class="label">对策：</p><ul><li>对策一</li><li>对策 @二</li></ul>
<div class="guide-address">${qr && `<span class="qr" role="img" aria-label="码">${qr}</span>`}<p class="muted">全文：<a href="https://a.example/cases/x/">https://a.example/cases/x/</a></p></div></section>
<h2>讨论题</h2><ol><li>讨论一？</li></ol>
<section class="quiz" aria-labelledby="zice"><h2 id="zice">自测题</h2><p class="muted">答案和解析在最后一页。</p>
<h3>流动党员</h3><div class="question"><p><strong>1.</strong>（单选题）问什么？</p>
<ul class="options"><li><span class="box" aria-hidden="true">○</span>A. 甲</li><li><span class="box" aria-hidden="true">○</span>B. 乙</li></ul></div></section>
<section class="answers" aria-labelledby="zice-daan"><h2 id="zice-daan">自测题答案和解析</h2>
<ol><li value="1"><strong>A</strong>　因为甲。</li></ol></section>
</article></main></body></html>`;

test('a handout page reads into the model: every heading, line, guide, question and answer as the page shows it', () => {
  const doc = readHandoutPage(page(), 'x.html');
  expect(doc).toEqual({
    kicker: '站名 · 培训讲义',
    title: '入门 *课* #1',
    meta: '培训对象：新任支部书记　时长：90 分钟　更新于 2026-03-01',
    updated: '2026-03-01',
    summary: '一节 入门课。',
    objectives: { heading: '学习目标', items: ['目标一', '目标二'] },
    agenda: {
      heading: '议程',
      columns: ['环节', '用时'],
      rows: [
        ['导入', '10 分钟'],
        ['案例', '20 分钟'],
      ],
    },
    guides: {
      heading: '本课用到的内容',
      items: [
        {
          title: '流动党员',
          summary: '摘要 $x$。',
          pointsLabel: '对策：',
          points: ['对策一', '对策 @二'],
          addressLine: '全文：https://a.example/cases/x/',
          href: 'https://a.example/cases/x/',
        },
      ],
    },
    discussion: { heading: '讨论题', items: ['讨论一？'] },
    quiz: {
      heading: '自测题',
      note: '答案和解析在最后一页。',
      groups: [
        {
          title: '流动党员',
          questions: [
            {
              number: '1.',
              text: '（单选题）问什么？',
              options: [
                { box: '○', text: 'A. 甲' },
                { box: '○', text: 'B. 乙' },
              ],
            },
          ],
        },
      ],
    },
    answers: { heading: '自测题答案和解析', items: [{ number: '1', answer: 'A', explain: '因为甲。' }] },
  });
  expect(handoutText(doc)).toContain('对策 @二');
});

test('a page whose structure changed fails with the file and what to update', () => {
  expect(() => readHandoutPage(page().replace(/<h1>.*?<\/h1>/, ''), 'dist/x.html')).toThrow(
    /dist\/x\.html：讲义页里找不到标题.*handout-model\.ts/,
  );
  expect(() => readHandoutPage('<p>x</p>', 'y.html')).toThrow('y.html');
});

/** Text a handout could carry: Typst's markup and code characters, Latin, CJK and full-width punctuation. */
const hostile = fc.string({
  unit: fc.constantFrom(
    ...'#*_$@<>`\\[]{}()=-+/~\'":;.,!?%&|^ abzAZ09中文书记。，“”（）'
      .split('')
      .concat(['//', '/*', '*/', '#let', '#panic("x")', '#read("/etc/passwd")', '```', '<a>']),
  ),
  minLength: 1,
  maxLength: 40,
});

test('any text prints literally: it passes to Typst as data, never as markup or code', () => {
  const base = readHandoutPage(page(), 'x.html');
  fc.assert(
    fc.property(hostile, hostile, (title, point) => {
      const doc: HandoutDoc = {
        ...base,
        title,
        guides: { ...base.guides, items: [{ ...base.guides.items[0]!, points: [point] }] },
      };
      const text = pdfText(printer.print(doc)).replace(/\s+/g, '');
      expect(text).toContain(title.replace(/\s+/g, ''));
      expect(text).toContain(point.replace(/\s+/g, ''));
    }),
    { numRuns: 40 },
  );
}, 120_000);

test('the same handout prints the same bytes, dated with its lesson’s updated day, in the bundled font only', async () => {
  const doc = readHandoutPage(page(), 'x.html');
  const pdf = printer.print(doc);
  expect(printer.print(structuredClone(doc)).equals(pdf)).toBe(true);
  expect(pdf.toString('latin1')).toMatch(/\/CreationDate \(D:20260301000000/);
  const { fonts } = await readPdf(pdf);
  expect(
    fonts
      .map((f) => f.name?.replace(/^[A-Z]{6}\+/, ''))
      .filter(Boolean)
      .sort(),
  ).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Bold', 'NotoSansSC-Regular', 'NotoSansSC-Regular']);
  expect(() => printer.print({ ...doc, updated: '2026-3-1' })).toThrow('YYYY-MM-DD');
});

test('the QR code of each guide prints in the PDF and reads as its full address', async () => {
  const { url, qr } = await guideAddress('/cases/x/', { SITE_URL: 'https://dangjian.example.cn/' });
  const doc = readHandoutPage(page(qr), 'x.html');
  expect(doc.guides.items[0]!.qr).toMatch(/^<svg [^>]*viewBox=/);
  const pdf = printer.print(doc);
  expect(pdfQrCodes(pdf)).toEqual([url]);
  expect(pdfQrCodes(printer.print(readHandoutPage(page(), 'x.html')))).toEqual([]);
});

test('characters the font lacks are found, named with their code points, and fail a required build', () => {
  const doc = readHandoutPage(page().replace('对策一', '对策𝄞一ꙮ'), 'x.html');
  expect(printer.missing(doc)).toEqual(['𝄞', 'ꙮ']);
  expect(printer.missing(readHandoutPage(page(), 'x.html'))).toEqual([]);
  expect(missingCharacters('a 中\n', [{ hasGlyphForCodePoint: (cp) => cp !== 0x4e2d }])).toEqual(['中']);
  expect(missingMessage('dist/lessons/a/handout/index.html', 'a', ['𝄞'])).toMatch(
    /dist\/lessons\/a\/handout\/index\.html.*content\/lessons\/a\.md.*“𝄞”（U\+1D11E）.*空框.*重新构建/,
  );
});

test('HANDOUTS: off skips; without a loadable compiler auto skips with the fix and required fails', () => {
  const broken = () => {
    throw new Error('Failed to load native binding');
  };
  expect(planHandouts({ HANDOUTS: 'off' })).toMatchObject({
    enabled: false,
    reason: expect.stringContaining('HANDOUTS=off'),
  });
  expect(planHandouts({ HANDOUTS: 'auto' })).toEqual({ enabled: true, required: false });
  expect(planHandouts({ CI: 'true' })).toEqual({ enabled: true, required: true });
  const skipped = planHandouts({ HANDOUTS: 'auto' }, broken);
  expect(skipped.enabled).toBe(false);
  expect(skipped.reason).toMatch(/Typst 编译器.*Failed to load native binding.*跳过 PDF 讲义.*npm install/);
  expect(() => planHandouts({ CI: 'true' }, broken)).toThrow(/HANDOUTS=required：Typst 编译器/);
});
