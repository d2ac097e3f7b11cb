/**
 * <dues-calculator>: shows the page's form (hidden without JavaScript) and, on submit, the monthly
 * dues with the bracket and articles applied (src/shared/dues.ts). The result region is a live
 * region, so screen readers announce it.
 */
import {
  articlesOf,
  computeDues,
  duesCategory,
  explainDues,
  parseYuan,
  type DuesCategoryKey,
} from '../shared/dues.ts';

class DuesCalculator extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const category = form.elements.namedItem('category') as HTMLSelectElement;
    const income = form.elements.namedItem('income') as HTMLInputElement;
    const incomeLabel = this.querySelector<HTMLElement>('.income')!;
    const baseHint = this.querySelector<HTMLElement>('.base')!;
    const output = this.querySelector('output')!;

    const showBase = () => {
      const c = duesCategory(category.value)!;
      incomeLabel.hidden = c.base === undefined;
      baseHint.textContent = c.base ? `：${c.base}` : '';
    };
    category.addEventListener('change', () => {
      showBase();
      output.replaceChildren();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.show(category.value as DuesCategoryKey, income.value, output);
    });
    showBase();
    form.hidden = false;
  }

  show(key: DuesCategoryKey, incomeText: string, output: HTMLOutputElement) {
    const c = duesCategory(key)!;
    const base = c.base ? parseYuan(incomeText) : undefined;
    if (c.base && base === undefined) {
      output.replaceChildren(paragraph('请填写金额，只用数字，最多两位小数，例如：6000 或 5432.10。'));
      return;
    }
    const result = computeDues(key, base);
    const amount = result.kind === 'range' ? `${result.min}元至${result.max}元` : `${result.amount}元`;
    const strong = document.createElement('strong');
    strong.textContent = `每月应交 ${amount}`;
    const basis = paragraph('依据：');
    const { sourceTitle, sourceHref } = this.dataset;
    if (sourceTitle && sourceHref) {
      const source = document.createElement('a');
      source.href = sourceHref;
      source.textContent = `《${sourceTitle}》${articlesOf(result)}`;
      basis.append(source);
    } else basis.append(articlesOf(result));
    output.replaceChildren(paragraph(strong), paragraph(explainDues(result)), basis);
  }
}

function paragraph(content: string | Node): HTMLParagraphElement {
  const p = document.createElement('p');
  p.append(content);
  return p;
}

customElements.define('dues-calculator', DuesCalculator);
