/**
 * On every guide page: records the visit in 读过的指南 and makes <bookmark-button> add the page
 * to 收藏 or take it out.
 * Both are kept on this phone only (src/shared/study.ts) and listed on 我的学习 (/wode/).
 */
import { isBookmarked, readStudy, recordRead, toggleBookmark, updateStudy } from '../shared/study.ts';

const page = () => ({
  path: location.pathname,
  title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
});

try {
  updateStudy(localStorage, (data) => recordRead(data, page()));
} catch {
  // Storage full or switched off: the page reads the same.
}

class BookmarkButton extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector('button');
    if (!button) return;
    let data;
    try {
      data = readStudy(localStorage);
    } catch {
      return; // no storage: no button
    }
    const show = (marked: boolean) => {
      button.textContent = marked ? '已收藏（点此取消）' : '收藏本页';
      button.dataset.marked = String(marked);
    };
    show(isBookmarked(data, location.pathname));
    button.hidden = false;
    button.addEventListener('click', () =>
      show(
        isBookmarked(
          updateStudy(localStorage, (d) => toggleBookmark(d, page())),
          location.pathname,
        ),
      ),
    );
  }
}

customElements.define('bookmark-button', BookmarkButton);
