/**
 * Link checks over the built HTML: every internal link and every `#fragment` resolves to a page
 * and an id that exist, and no link text says nothing about where it goes (“点击这里”, “更多”).
 * Pure functions over file contents; src/build/checks/link-check-integration.ts runs them at the end of
 * `astro build`, and the Markdown check (src/build/checks/body-checks.ts) shares the link-text rule.
 */

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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** A tag's attributes, names in lower case, values as written (entities not yet decoded). */
function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    attrs.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Attributes that hold an id or a link: a tag without any of them is skipped unparsed. */
const LINKING_ATTRIBUTE = /(?:^|\s)(?:id|name|href|src|action)\s*=/i;

/** Ids and outgoing links of one HTML page. Scripts' and styles' contents are skipped. */
export function parseHtml(html: string): HtmlPage {
  const source = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>')
    .replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/gi, '$1</style>');
  const ids = new Set<string>();
  const links: HtmlLink[] = [];
  for (const m of source.matchAll(/<([a-z][a-z0-9-]*)(\s[^>]*)?>/gi)) {
    if (!m[2] || !LINKING_ATTRIBUTE.test(m[2])) continue;
    const tag = m[1]!.toLowerCase();
    const attrs = attributes(m[2].replace(/^\s+/, ''));
    const value = (name: string) => {
      const raw = attrs.get(name);
      return raw === undefined ? undefined : decodeEntities(raw);
    };
    const id = value('id');
    if (id) ids.add(id);
    const name = tag === 'a' ? value('name') : undefined;
    if (name) ids.add(name);
    const href = value('href') ?? value('src') ?? (tag === 'form' ? value('action') : undefined);
    if (href === undefined) continue;
    if (tag === 'a') {
      const end = source.indexOf('</a>', m.index! + m[0].length);
      const inner = source.slice(m.index! + m[0].length, end < 0 ? undefined : end);
      const alts = [...inner.matchAll(/<img\b[^>]*\balt\s*=\s*"([^"]*)"/gi)].map((a) => a[1]);
      const text = decodeEntities(inner.replace(/<[^>]*>/g, '') + alts.join(' '))
        .replace(/\s+/g, ' ')
        .trim();
      links.push({ href, tag, text: value('aria-label')?.trim() || text });
    } else {
      links.push({ href, tag });
    }
  }
  return { ids, links };
}

/** The output file a site path is served from: `/a/b/` → `a/b/index.html`. */
export function fileOf(pathname: string): string {
  const p = decodeURIComponent(pathname).replace(/^\/+/, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

/** The site path of an output file: `a/b/index.html` → `/a/b/`. */
export function pathOf(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`;
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
export function checkLinks(pages: Map<string, HtmlPage>, files: Set<string>): LinkProblem[] {
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

function resolveTarget(href: string, page: string, pages: Map<string, HtmlPage>, files: Set<string>): Target {
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
