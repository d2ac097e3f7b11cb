/**
 * <page-toc>: where the contents stay beside the text (from 80rem, the layout's breakpoint), marks
 * the link of the section being read with aria-current="location": the section whose heading last
 * passed the upper third of the window. An IntersectionObserver says when a heading crosses that
 * line, so nothing runs while the reader scrolls within a section. On narrow screens the contents
 * sit above the text and nothing is marked; without the script they are a plain list of links.
 * Kept small: every guide page loads it, within the page budget (tests/e2e/budget.spec.ts).
 */
const wide = matchMedia('(min-width: 80rem)');

class PageToc extends HTMLElement {
  connectedCallback() {
    const links = [...this.querySelectorAll('a')];
    const headings = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));
    const mark = () => {
      // The heading nearest above the line, in whatever order the contents list them.
      let current = 0;
      let best = -Infinity;
      headings.forEach((h, i) => {
        const top = h ? h.getBoundingClientRect().top : NaN;
        if (top <= innerHeight * 0.3 && top > best) [current, best] = [i, top];
      });
      links.forEach((a, i) =>
        i === current && wide.matches
          ? a.setAttribute('aria-current', 'location')
          : a.removeAttribute('aria-current'),
      );
    };
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
    for (const h of headings) if (h) observer.observe(h);
    wide.addEventListener('change', mark);
  }
}

customElements.define('page-toc', PageToc);
