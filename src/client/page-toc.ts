/**
 * <page-toc>: where the contents stay beside the text (from 80rem, the layout's breakpoint), marks
 * the link of the section being read with aria-current="location". The section being read is the
 * last one whose heading has passed the upper third of the window; an IntersectionObserver says
 * when a heading crosses that line, so nothing runs while the reader scrolls within a section.
 * On narrow screens the contents sit above the text and nothing is marked. Without the script the
 * contents are a plain list of links.
 */
const WIDE = '(min-width: 80rem)';
const LINE = 0.3;

class PageToc extends HTMLElement {
  #observer: IntersectionObserver | undefined;

  connectedCallback() {
    const sections = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .flatMap((link) => {
        const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
        return heading ? [{ link, heading }] : [];
      })
      .sort((a, b) =>
        a.heading.compareDocumentPosition(b.heading) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      );
    if (sections.length === 0) return;

    const mark = () => {
      const line = innerHeight * LINE;
      const current = sections.findLast((s) => s.heading.getBoundingClientRect().top <= line) ?? sections[0];
      for (const s of sections) {
        if (s === current) s.link.setAttribute('aria-current', 'location');
        else s.link.removeAttribute('aria-current');
      }
    };
    const wide = matchMedia(WIDE);
    const follow = () => {
      this.#observer?.disconnect();
      this.#observer = undefined;
      if (!wide.matches) {
        for (const s of sections) s.link.removeAttribute('aria-current');
        return;
      }
      this.#observer = new IntersectionObserver(mark, { rootMargin: `0px 0px -${100 - LINE * 100}% 0px` });
      for (const s of sections) this.#observer.observe(s.heading);
    };
    wide.addEventListener('change', follow);
    follow();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
  }
}

customElements.define('page-toc', PageToc);
