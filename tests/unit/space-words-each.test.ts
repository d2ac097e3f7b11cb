/**
 * spaceWordsEach cuts many texts with one call of the segmenter: each text must come out as if it
 * had been cut alone, whatever sits at its edges.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { spaceWordsEach } from '../../src/shared/segment.ts';

const alone = (texts: string[]) => texts.map((text) => spaceWordsEach([text])[0]);

test('texts cut together come out as each alone, Chinese or not, empty or not', () => {
  const texts = ['党员分散', '', 'PDF', '管不过来，怎么办？', ' ', '三会一课', 'A&amp;B ', '民主评议党员'];
  expect(spaceWordsEach(texts)).toEqual(alone(texts));
  const cut = spaceWordsEach(texts);
  // Text without Chinese is left as it is; Chinese text gets spaces between its words, no more.
  expect(cut.filter((_, i) => !/\p{Script=Han}/u.test(texts[i]!))).toEqual(['', 'PDF', ' ', 'A&amp;B ']);
  for (const [i, text] of texts.entries())
    if (/\p{Script=Han}/u.test(text)) {
      expect(cut[i]).toContain(' ');
      expect(cut[i]!.replaceAll(' ', '')).toBe(text.replaceAll(' ', ''));
    }
});

test('a word is never cut across two texts: 党员 split as 党 | 员 stays two texts', () => {
  expect(spaceWordsEach(['支部党', '员大会'])).toEqual(alone(['支部党', '员大会']));
});

test('line breaks, a paragraph separator and marks at the edges of a text stay inside it', () => {
  const texts = ['党员\r', '\n大会', '支部\u2029书记', '\u2029', '“党日”\r\n', '\u0301党课'];
  expect(spaceWordsEach(texts)).toEqual(alone(texts));
});

test('any texts, cut together, come out as each alone (fast-check)', () => {
  const piece = fc.constantFrom(
    '党员',
    '支部',
    '大会',
    '三会一课',
    '，',
    '。',
    '“',
    '”',
    '—',
    '…',
    ' ',
    '\n',
    '\r',
    '\r\n',
    '\u2029',
    '\u00a0',
    'PDF',
    'A',
    '12',
    '&amp;',
    '\u0301',
    '\u200d',
    '𠀀',
    '党',
    '员',
  );
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  fc.assert(
    fc.property(fc.array(text, { maxLength: 8 }), (texts) => {
      expect(spaceWordsEach(texts)).toEqual(alone(texts));
    }),
    { numRuns: 500 },
  );
});
