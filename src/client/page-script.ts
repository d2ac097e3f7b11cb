/**
 * The script of every page, inline at the end of <body> and small (src/components/PageScript.astro):
 * - “/” focuses the site's search box (unless the reader is typing somewhere), opening it first
 *   where the header keeps it behind its 搜索 button;
 * - the header's 搜索 button opens the box with the cursor in it (without a script it still opens);
 * - A− / A / A+ change the text size and remember it (src/shared/text-size.ts); the size is
 *   applied before first paint by src/client/head-script.ts;
 * - a heading's “#” link copies the address of that section (it stays a plain anchor without JS);
 * - in the production build, registers the service worker and tells the reader when the site
 *   is ready offline (已可离线使用) or has been updated (有新内容).
 */
import { SHELL_MARKER_CACHE } from '../shared/offline-save.ts';
import { TEXT_SIZE_KEY, stepTextSize, textSizeOf } from '../shared/text-size.ts';

/** Set by the build: true in the production build, where the service worker exists. */
declare const OFFLINE: boolean;

const root = document.documentElement;

const notice = (text: string, action?: { label: string; run: () => void }) => {
  let box = document.querySelector('.site-notice');
  if (!box) {
    box = document.createElement('div');
    box.className = 'site-notice';
    box.setAttribute('role', 'status');
    document.body.append(box);
  }
  box.textContent = text;
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    box.append(button);
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'button secondary';
  close.textContent = '知道了';
  close.addEventListener('click', () => box.remove());
  box.append(close);
};

/** Opens the details element around `box` (the header's search on a phone) and focuses it. */
const focusSearch = (box: HTMLInputElement) => {
  const details = box.closest('details');
  if (details) details.open = true;
  box.focus();
};

/** Marks the text size buttons: the current size is pressed, a step past either end is disabled. */
const showTextSize = () => {
  const size = textSizeOf(root.dataset['textSize']);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-step]')) {
    const step = Number(button.dataset['textStep']) as -1 | 0 | 1;
    const next = stepTextSize(size, step);
    if (step) button.setAttribute('aria-disabled', String(next === size));
    else button.setAttribute('aria-pressed', String(next === size));
  }
};
showTextSize();

document.addEventListener('keydown', (e) => {
  const t = e.target;
  if (e.key === 'Escape') {
    // A menu or search box opened in the header closes, and the focus goes back to its button.
    const open = document.querySelector<HTMLDetailsElement>('.site-header details[open]');
    if (open) {
      open.open = false;
      open.querySelector('summary')?.focus();
    }
    return;
  }
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))
    return;
  const box = document.querySelector<HTMLInputElement>('input[type=search]');
  if (box) {
    e.preventDefault();
    focusSearch(box);
  }
});

document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;

  // Opened here rather than by the browser, so the focus moves while the tap still counts as the
  // reader's: a phone then shows its keyboard.
  const summary = t?.closest('.search-toggle > summary');
  if (summary) {
    const details = summary.parentElement as HTMLDetailsElement;
    e.preventDefault();
    if (details.open) details.open = false;
    else focusSearch(details.querySelector('input')!);
    return;
  }

  const step = t?.closest<HTMLElement>('[data-text-step]');
  if (step) {
    const size = stepTextSize(
      textSizeOf(root.dataset['textSize']),
      Number(step.dataset['textStep']) as -1 | 0 | 1,
    );
    root.dataset['textSize'] = size;
    try {
      localStorage.setItem(TEXT_SIZE_KEY, size);
    } catch {
      // Not remembered (storage refused), but applied to this page.
    }
    showTextSize();
    return;
  }

  const a = t?.closest('a.heading-anchor');
  if (!a || !navigator.clipboard) return;
  const url = new URL(a.getAttribute('href')!, location.href);
  url.search = '';
  navigator.clipboard.writeText(url.href).then(
    () => notice('已复制本节链接，可以粘贴发给学员。'),
    () => {},
  );
});

if (OFFLINE && 'serviceWorker' in navigator) {
  const updating = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (updating) notice('网站有新内容。', { label: '刷新查看', run: () => location.reload() });
    // Over the precache budget only the shell is stored: say what works offline, and how to save more.
    else
      caches
        .has(SHELL_MARKER_CACHE)
        .then((shell) =>
          notice(
            shell
              ? '已可离线使用：首页、栏目和读过的页面没有网络时也能打开；要离线学习一课或一个栏目，请在那里点“离线保存”。'
              : '已可离线使用：没有网络时也能打开本站各页并搜索。',
          ),
        );
  });
  navigator.serviceWorker.register('/sw.js').catch(() => {});
}
