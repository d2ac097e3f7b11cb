/**
 * <check-list>: keeps the ticks of a <Checklist> (src/components/mdx/) on this phone, per page
 * and checklist id, restores them on the next visit, and adds a button that clears them.
 */
import { checklistKey, setTicks, readStudy, updateStudy } from '../shared/study.ts';

class CheckList extends HTMLElement {
  connectedCallback() {
    const key = checklistKey(location.pathname, this.dataset.checklist ?? '');
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const saved = new Set(readStudy(localStorage).checklists[key] ?? []);
    boxes.forEach((box, i) => (box.checked = saved.has(i)));
    const save = () => {
      try {
        updateStudy(localStorage, (data) =>
          setTicks(
            data,
            key,
            boxes.flatMap((b, i) => (b.checked ? [i] : [])),
          ),
        );
      } catch {
        // Storage full or switched off: the boxes still tick for this visit.
      }
    };
    this.addEventListener('change', save);
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'button secondary reset';
    reset.textContent = '清空勾选';
    reset.addEventListener('click', () => {
      for (const b of boxes) b.checked = false;
      save();
      boxes[0]?.focus();
    });
    this.querySelector('fieldset')?.append(reset);
  }
}

customElements.define('check-list', CheckList);
