/**
 * Inline in <head>, before anything is painted (src/components/PageScript.astro):
 * - marks the page as scripted (`js` on <html>), so controls that need a script, such as the text
 *   size and the search filters, take their place in the first paint instead of moving things later;
 * - applies the reader's text size (src/shared/text-size.ts), so a larger size never flashes small.
 */
import { TEXT_SIZE_KEY } from '../shared/text-size.ts';

const root = document.documentElement;
root.classList.add('js');
try {
  const size = localStorage.getItem(TEXT_SIZE_KEY);
  if (size) root.dataset['textSize'] = size;
} catch {
  // Storage refused (a private window on some phones): the browser's own size.
}
