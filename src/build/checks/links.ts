/**
 * Link checks over the built HTML: every internal link and every `#fragment` resolves to a page
 * and an id that exist, and no link text says nothing about where it goes (“点击这里”, “更多”).
 * Pure functions over file contents; src/build/checks/link-check-integration.ts runs them at the end of
 * `astro build`, and the Markdown check (src/build/checks/body-checks.ts) shares the link-text rule.
 */

import { fileOf, pathOf } from '../dist.ts';
import { readHtml, type HtmlPass, type HtmlReader } from '../html-pass.ts';

/** Link texts that do not say where a link goes: a screen reader's list of links shows only these. */
const VAGUE = [
  '点击这里',
  '点击此处',
  '点这里',
  '点此',
  '这里',
  '此处',
  '更多',
  '查看更多',
  '了解更多',
  '阅读更多',
  '详情',
  '点击',
  '链接',
  '请点击',
  '点击查看',
  'click here',
  'here',
  'more',
  'read more',
];

const VAGUE_BARE = new Set(VAGUE.map((v) => v.replace(/\s+/g, '')));

/** True when a link's whole text is one of the vague phrases (punctuation and arrows ignored). */
export function vagueLinkText(text: string): boolean {
  const bare = text
    .toLowerCase()
    .replace(/[\s>»›→…。.，,：:!！]+/g, '')
    .trim();
  return VAGUE_BARE.has(bare);
}

export interface HtmlLink {
  /** The attribute's value as written. */
  href: string;
  /** `a`, `link`, `script`, `img`, `form`… */
  tag: string;
  /** Accessible name of an `<a>`: aria-label, else its text. Undefined for other tags. */
  text?: string;
}

export interface HtmlPage {
  ids: Set<string>;
  links: HtmlLink[];
}

/**
 * A function that returns one copy of each string, made apart from its source (a JSON round trip
 * keeps every code unit), for a whole site.
 * htmlparser2 hands attribute values and text out as slices of the page's source, and V8 keeps the
 * whole source alive while a slice lives: a check that keeps every page's links would keep every
 * page's HTML (figures in docs/performance.md).
 */
export function stringTable(): (text: string) => string {
  const table = new Map<string, string>();
  return (text) => {
    let own = table.get(text);
    if (own === undefined) {
      own = JSON.parse(JSON.stringify(text)) as string;
      table.set(own, own);
    }
    return own;
  };
}

/**
 * A reader of one page's ids and outgoing links, for readHtml (scripts and styles are raw text);
 * `page` is complete once the page is read.
 * `own` makes the strings kept (ids, addresses, link texts) independent of the page's source:
 * pass one stringTable() for all the pages of a site.
 */
export function linkPass(own: (text: string) => string = (text) => text): { pass: HtmlPass; page: HtmlPage } {
  const ids = new Set<string>();
  const links: HtmlLink[] = [];
  // The <a> being read: its link is listed when it opens, its text filled in when it closes.
  let anchor:
    { link: HtmlLink | undefined; label: string | undefined; text: string; alts: string[] } | undefined;
  const reader: HtmlReader = {
    onopentag(tag, attrs) {
      if (attrs.id) ids.add(own(attrs.id));
      if (tag === 'a' && attrs.name) ids.add(own(attrs.name));
      const href = attrs.href ?? attrs.src ?? (tag === 'form' ? attrs.action : undefined);
      if (tag === 'a') {
        const link = href === undefined ? undefined : { href: own(href), tag };
        if (link) links.push(link);
        anchor = { link, label: attrs['aria-label'], text: '', alts: [] };
        return;
      }
      if (tag === 'img' && anchor && attrs.alt) anchor.alts.push(attrs.alt);
      if (href !== undefined) links.push({ href: own(href), tag: own(tag) });
    },
    ontext(text) {
      if (anchor) anchor.text += text;
    },
    onclosetag(tag) {
      if (tag !== 'a' || !anchor) return;
      if (anchor.link) {
        const text = [anchor.text, ...anchor.alts].join(' ').replace(/\s+/g, ' ').trim();
        anchor.link.text = own(anchor.label?.trim() || text);
      }
      anchor = undefined;
    },
  };
  return { pass: () => reader, page: { ids, links } };
}

/** Ids and outgoing links of one HTML page (linkPass on its own). */
export function parseHtml(html: string, own?: (text: string) => string): HtmlPage {
  const { pass, page } = linkPass(own);
  readHtml(html, pass);
  return page;
}

export interface LinkProblem {
  /** Site path of the page the link is on. */
  page: string;
  href: string;
  message: string;
}

/**
 * Broken internal links, missing fragments and vague link texts across a built site.
 * `pages` maps each HTML page's path (`/cases/x/`) to its parsed HTML; `files` holds every
 * other output file (`_astro/x.css`, `pagefind/pagefind.js`).
 */
export function checkLinks(pages: ReadonlyMap<string, HtmlPage>, files: ReadonlySet<string>): LinkProblem[] {
  const problems: LinkProblem[] = [];
  // A link from the site's root (`/cases/x/`) means the same on every page: resolved once.
  const fromRoot = new Map<string, Target>();
  for (const [page, { links }] of pages) {
    for (const link of links) {
      const add = (message: string) => problems.push({ page, href: link.href, message });
      if (link.tag === 'a' && link.text !== undefined) {
        if (!link.text) add(`链接没有文字，读屏软件读不出它去往哪里。请给链接写上文字，或加 aria-label。`);
        else if (vagueLinkText(link.text))
          add(`链接文字“${link.text}”没有说明去往哪里。请改成目标页面的名称。`);
      }
      const href = link.href.trim();
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      if (link.tag === 'link' && !/^[/#.]/.test(href)) continue;
      let target: Target;
      if (href.startsWith('/')) {
        target = fromRoot.get(href) ?? resolveTarget(href, '/', pages, files);
        fromRoot.set(href, target);
      } else target = resolveTarget(href, page, pages, files);
      if ('problem' in target) {
        if (target.problem) add(target.problem);
        continue;
      }
      const { html, targetPath, id } = target;
      if (id !== undefined && html && !html.ids.has(id) && id !== 'top')
        add(`链接“${href}”指向的锚点“#${id}”在 ${targetPath} 上不存在。`);
    }
  }
  return problems;
}

/** Where a link goes: a problem (empty when it leaves the site), or the page and the id. */
type Target = { problem: string } | { html: HtmlPage | undefined; targetPath: string; id?: string };

function resolveTarget(
  href: string,
  page: string,
  pages: ReadonlyMap<string, HtmlPage>,
  files: ReadonlySet<string>,
): Target {
  let url: URL;
  try {
    url = new URL(href, `http://site${page}`);
  } catch {
    return { problem: `链接“${href}”不是有效的网址。` };
  }
  if (url.host !== 'site') return { problem: '' };
  let target: string;
  try {
    target = fileOf(url.pathname);
  } catch {
    return { problem: `链接“${href}”的网址编码有误。` };
  }
  const targetPath = pathOf(target);
  const html = target.endsWith('.html') ? pages.get(targetPath) : undefined;
  if (!html && !files.has(target)) {
    return {
      problem: pages.has(`${url.pathname}/`)
        ? `链接“${href}”少了末尾的“/”。请写成 ${url.pathname}/${url.hash}。`
        : `链接“${href}”指向的 ${url.pathname} 不存在。`,
    };
  }
  if (!url.hash || url.hash === '#') return { html, targetPath };
  return { html, targetPath, id: decodeURIComponent(url.hash.slice(1)) };
}

/** Problems as one message: one block per page. */
export function formatLinkProblems(problems: LinkProblem[]): string {
  const byPage = new Map<string, LinkProblem[]>();
  for (const p of problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  const blocks = [...byPage].map(
    ([page, list]) => `${page}\n${list.map((p) => `  · ${p.message}`).join('\n')}`,
  );
  return `链接检查发现 ${problems.length} 处问题：\n\n${blocks.join('\n\n')}`;
}
