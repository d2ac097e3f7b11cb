/**
 * The reader's text size (the A− / A / A+ control in the header). The choice is a percentage of the
 * browser's own font size, kept in localStorage and set as `data-text-size` on <html> before first
 * paint (src/client/head-script.ts); src/styles/global.css has one rule per size, so a stored value
 * that is not one of these does nothing.
 */

/** The localStorage key; a page reads it before it paints. */
export const TEXT_SIZE_KEY = 'zhinan-text-size';

/** The sizes in order, smallest first; DEFAULT_TEXT_SIZE is the browser's own. */
export const TEXT_SIZES = ['90', '100', '115', '130', '150'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = '100';

/** A stored value as a size: anything unknown (or nothing) is the default. */
export function textSizeOf(value: string | null | undefined): TextSize {
  return TEXT_SIZES.find((s) => s === value) ?? DEFAULT_TEXT_SIZE;
}

/** The size after pressing A− (-1), A (0, back to the default) or A+ (+1); it stops at either end. */
export function stepTextSize(current: TextSize, step: -1 | 0 | 1): TextSize {
  if (step === 0) return DEFAULT_TEXT_SIZE;
  const i = TEXT_SIZES.indexOf(current) + step;
  return TEXT_SIZES[Math.max(0, Math.min(TEXT_SIZES.length - 1, i))]!;
}
