/**
 * What the handouts print with and where they point: the PDF reader that holds them to their
 * budget, the site address on paper, and the font set-up.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPdf } from '../../src/build/handouts/pdf.ts';
import { configuredSiteUrl, fullAddress, siteUrl } from '../../src/build/site-url.ts';
import { dropWoff, HANDOUT_FONT_CSS } from '../../src/build/handouts/font.ts';
import { guideAddress } from '../../src/build/handouts/handout.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A PDF with a classic cross-reference table, built from its objects. */
function pdfOf(objects: string[]): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

test('the PDF reader counts pages and lists each font by subtype, nested dictionaries and strings aside', async () => {
  const pdf = pdfOf([
    '<</Type /Catalog /Pages 2 0 R>>',
    '<</Type /Pages /Kids [3 0 R 4 0 R] /Count 2>>',
    '<</Type /Page /Parent 2 0 R /Resources <</Font <</F1 5 0 R /F2 6 0 R>>>> /Contents 7 0 R>>',
    '<</Type /Page /Parent 2 0 R /Annots [<</Type /Annot /Subtype /Link /A <</URI (https://a.b/\\(x\\)/)>>>>]>>',
    '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+NotoSansSC-Regular /DescendantFonts [8 0 R]>>',
    '<</Type /Font /Subtype /Type3 /Encoding <</Type /Encoding /Differences [0 /g0]>> /FontMatrix [1 0 0 1 0 0]>>',
    '<</Length 4>>\nstream\n/Type /Page\nendstream',
    '<</Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+NotoSansSC-Regular>>',
  ]);
  expect(await readPdf(pdf)).toEqual({
    pages: 2,
    fonts: [
      { subtype: 'Type0', name: 'AAAAAA+NotoSansSC-Regular' },
      { subtype: 'Type3' },
      { subtype: 'CIDFontType2', name: 'AAAAAA+NotoSansSC-Regular' },
    ],
  });
  await expect(readPdf(Buffer.from('<html>'))).rejects.toThrow();
});

test('the PDF reader reads a file written with object streams', async () => {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 3; i++) doc.addPage().drawText('handout', { font });
  const bytes = await doc.save({ useObjectStreams: true });
  expect(await readPdf(bytes)).toEqual({ pages: 3, fonts: [{ subtype: 'Type1', name: 'Helvetica' }] });
});

test('SITE_URL gives the site and full addresses; unset or empty, there are none and `site` is the placeholder', () => {
  expect(configuredSiteUrl({})).toBeUndefined();
  expect(configuredSiteUrl({ SITE_URL: '  ' })).toBeUndefined();
  expect(siteUrl({})).toBe('https://zhinan.example.org/');
  expect(fullAddress('/cases/a/', {})).toBeUndefined();
  const env = { SITE_URL: 'https://dangjian.example.cn' };
  expect(siteUrl(env)).toBe('https://dangjian.example.cn/');
  expect(fullAddress('/cases/a/', env)).toBe('https://dangjian.example.cn/cases/a/');
  expect(() => configuredSiteUrl({ SITE_URL: 'dangjian.example.cn' })).toThrow('不是完整网址');
  expect(() => configuredSiteUrl({ SITE_URL: 'ftp://dangjian.example.cn/' })).toThrow('https://');
});

test('a guide on a handout gets a QR code only with SITE_URL', async () => {
  expect(await guideAddress('/cases/a/', {})).toEqual({ url: '/cases/a/' });
  const address = await guideAddress('/cases/a/', { SITE_URL: 'https://dangjian.example.cn/' });
  expect(address.url).toBe('https://dangjian.example.cn/cases/a/');
  expect(address.qr).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
});

test('the handout page’s font stylesheets name only woff2 files once rewritten, and the page loads exactly those', () => {
  const css = fs.readFileSync(path.join(root, 'node_modules', HANDOUT_FONT_CSS[0]!), 'utf8');
  const rewritten = dropWoff(css, '400.css');
  expect(rewritten).not.toMatch(/\.woff\)/);
  expect(rewritten.match(/\.woff2\)/g)?.length).toBe(css.match(/\.woff2\)/g)?.length);
  expect(() => dropWoff(rewritten, '400.css')).toThrow('update woff2Only');
  const page = fs.readFileSync(path.join(root, 'src/pages/lessons/[id]/handout.astro'), 'utf8');
  const imported = [...page.matchAll(/^import '(@fontsource\/[^']+)';$/gm)].map((m) => m[1]);
  expect(imported).toEqual(HANDOUT_FONT_CSS);
});
