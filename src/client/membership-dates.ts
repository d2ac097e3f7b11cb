/**
 * <membership-dates>: shows the page's date form (hidden without JavaScript) and, on submit, every
 * date that follows from the reader's dates, each with its rule (src/shared/membership-dates.ts).
 * The result region is a live region, so screen readers announce it.
 */
import { chineseDay, membershipMilestones, parseDay, type Milestone } from '../shared/membership-dates.ts';

type Sources = Record<string, { title: string; href: string }>;

const FIELDS = ['applied', 'activist', 'candidate', 'admitted'] as const;

class MembershipDates extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const output = this.querySelector('output')!;
    const sources = JSON.parse(this.querySelector('script.sources')?.textContent ?? '{}') as Sources;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const input = Object.fromEntries(
        FIELDS.map((name) => [name, parseDay((form.elements.namedItem(name) as HTMLInputElement).value)]),
      );
      const milestones = membershipMilestones(input);
      if (milestones.length === 0) {
        output.replaceChildren(element('p', '请至少填一个日期。'));
        return;
      }
      const list = element('ol');
      list.className = 'milestones';
      list.append(...milestones.map((m) => item(m, sources)));
      output.replaceChildren(list);
    });
    form.hidden = false;
  }
}

function item(m: Milestone, sources: Sources): HTMLLIElement {
  const li = element('li');
  li.dataset.kind = m.kind;
  const when = m.until ? `${chineseDay(m.day!)}至${chineseDay(m.until)}` : m.day ? chineseDay(m.day) : '';
  const head = element('p');
  head.append(element('strong', m.kind === 'warning' ? `请核对：${m.title}` : m.title));
  if (when) head.append(`：${when}`);
  const basis = element('p', '依据：');
  m.rules.forEach((r, i) => {
    if (i > 0) basis.append('；');
    const source = sources[r.source];
    if (!source) return basis.append(r.article);
    const link = element('a', `《${source.title}》${r.article}`);
    link.href = source.href;
    basis.append(link);
  });
  li.append(head, element('p', m.detail), basis);
  return li;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  return e;
}

customElements.define('membership-dates', MembershipDates);
