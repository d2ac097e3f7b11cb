import { expect, test } from 'vitest';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, stepTextSize, textSizeOf } from '../../src/shared/text-size.ts';

test('A+ and A− step through the sizes and stop at either end', () => {
  expect(stepTextSize('100', 1)).toBe('115');
  expect(stepTextSize('115', -1)).toBe('100');
  expect(stepTextSize('100', -1)).toBe('90');
  expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
  expect(stepTextSize(TEXT_SIZES.at(-1)!, 1)).toBe(TEXT_SIZES.at(-1));
});

test('A goes back to the browser’s own size from anywhere', () => {
  for (const size of TEXT_SIZES) expect(stepTextSize(size, 0)).toBe(DEFAULT_TEXT_SIZE);
  expect(DEFAULT_TEXT_SIZE).toBe('100');
});

test('a stored value that is not a size reads as the default', () => {
  expect(textSizeOf('130')).toBe('130');
  for (const bad of [null, undefined, '', '999', '130%', ' 130']) expect(textSizeOf(bad)).toBe('100');
});
