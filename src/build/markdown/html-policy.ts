/**
 * What HTML a Markdown or MDX body may carry, in one place. Bodies are untrusted: anything that
 * could run code in a reader's browser, embed another site or disguise the page stays out. The
 * content check (src/build/checks/body-checks.ts) rejects it with a Chinese message; the Markdown
 * pipeline (./safe-html.ts) drops whatever reaches it anyway, e.g. under `astro dev`.
 * Raw HTML is read with htmlparser2, never with regular expressions.
 */
import { Tokenizer } from 'htmlparser2';

/** The raw tags authors may write, each with the attributes it may carry (documented in content/README.md). */
export const ALLOWED_TAGS: ReadonlyMap<string, readonly string[]> = new Map([
  ['abbr', ['title']],
  ['sup', []],
  ['sub', []],
  ['br', []],
  ['kbd', []],
  ['mark', []],
  ['ruby', []],
  ['rt', []],
  ['rp', []],
]);

/** Tags whose content goes with them when the pipeline drops them (code, embedded documents, styles). */
export const DROPS_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'textarea',
  'select',
  'svg',
  'math',
  'title',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);

/** Why a tag is not allowed, for tags that do harm rather than merely not belong. */
const DANGER: Record<string, string> = {
  script: '它会在读者的浏览器里运行代码',
  iframe: '它会把别的网站嵌进页面',
  frame: '它会把别的网站嵌进页面',
  frameset: '它会把别的网站嵌进页面',
  object: '它会嵌入外部内容或插件',
  embed: '它会嵌入外部内容或插件',
  applet: '它会嵌入外部内容或插件',
  form: '表单可以把读者输入的内容发到别的网站',
  input: '表单可以把读者输入的内容发到别的网站',
  button: '表单可以把读者输入的内容发到别的网站',
  style: '样式可以遮盖页面、伪装链接',
  link: '它会加载外部文件',
  meta: '它会让页面跳转或改变页面设置',
  base: '它会改变页面上所有链接的去向',
  svg: '其中可以藏有脚本',
  math: '其中可以藏有脚本',
};

/** URL schemes a link or image may use; anything else (javascript:, data:, vbscript:, file:…) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme of a URL as a browser reads it: browsers skip leading spaces and control characters
 * and ignore tabs and newlines inside the scheme, so `java\tscript:` is still javascript:.
 */
export function urlScheme(url: string): string | undefined {
  const squeezed = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const m = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  return m ? m[1]!.toLowerCase() : undefined;
}

export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

/** The message for a link or image whose URL uses a refused scheme. */
export function unsafeUrlMessage(url: string): string {
  const scheme = urlScheme(url);
  const shown = url.length > 40 ? `${url.slice(0, 40)}…` : url;
  return `网址“${shown}”用了不允许的协议 ${scheme}:（它可以在读者的浏览器里运行代码或嵌入内容）。请删去它：站内页面写成 /cases/文件名/，站外网页写成 https://…，图片放在 public/ 下写成 /images/图片.png。`;
}

export const ALLOWED_TAG_LIST = [...ALLOWED_TAGS.keys()].map((t) => `<${t}>`).join('、');

/** Problems with one tag and its attributes, or none. `attributes` maps names to values (null: not a text value). */
export function tagProblems(tag: string, attributes: Record<string, string | null>): string[] {
  const name = tag.toLowerCase();
  const allowed = ALLOWED_TAGS.get(name);
  if (!allowed) {
    const why = DANGER[name];
    return [
      why
        ? `正文不能包含 <${name}>：${why}。请删去它；本站正文只允许这几个 HTML 标签：${ALLOWED_TAG_LIST}。`
        : `正文不支持 HTML 标签 <${name}>。本站正文只允许这几个 HTML 标签：${ALLOWED_TAG_LIST}；其余请用 Markdown 写（链接 [文字](/网址/)、图片 ![说明](/images/图片.png)、加粗 **文字**、表格用“|”分隔）。`,
    ];
  }
  const problems: string[] = [];
  for (const [attribute, value] of Object.entries(attributes)) {
    const attr = attribute.toLowerCase();
    if (attr.startsWith('on')) {
      problems.push(`<${name}> 的属性 ${attribute} 会在读者的浏览器里运行代码。请删去这个属性。`);
    } else if (attr === 'style') {
      problems.push(
        `<${name}> 不能带 style 属性：样式可以遮盖页面、伪装链接。请删去它；强调用 **加粗** 或 <mark>。`,
      );
    } else if (!allowed.includes(attr)) {
      problems.push(
        allowed.length
          ? `<${name}> 只能带 ${allowed.join('、')} 属性，不能带 ${attribute}。请删去 ${attribute}。`
          : `<${name}> 不能带属性（现有 ${attribute}）。请写成不带属性的 <${name}>。`,
      );
    } else if (value === null) {
      problems.push(`<${name}> 的属性 ${attribute} 请写成带引号的文字，例如 ${attribute}="…"，不要用 {…}。`);
    }
  }
  return problems;
}

type Token =
  | { type: 'open'; name: string; attributes: Record<string, string>; offset: number }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

/**
 * The tags and text of a piece of raw HTML, as a browser would read them, entities decoded.
 * htmlparser2's tokenizer rather than its parser: Markdown hands inline HTML over one tag at a
 * time, and the parser would drop a closing `</sup>` whose opening tag is in another piece.
 * Comments, doctypes and processing instructions are left out.
 */
function tokens(html: string): Token[] {
  const out: Token[] = [];
  let open: Extract<Token, { type: 'open' }> | undefined;
  let attribute: string | undefined;
  let value = '';
  const slice = (start: number, end: number) => html.slice(start, end);
  const text = (t: string) => {
    const last = out.at(-1);
    if (last?.type === 'text') last.text += t;
    else out.push({ type: 'text', text: t });
  };
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        open = { type: 'open', name: slice(start, end).toLowerCase(), attributes: {}, offset: start - 1 };
      },
      onattribname(start, end) {
        attribute = slice(start, end).toLowerCase();
        value = '';
      },
      onattribdata(start, end) {
        value += slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend() {
        // As in browsers, the first of two attributes with one name wins.
        if (open && attribute !== undefined && !Object.hasOwn(open.attributes, attribute))
          open.attributes[attribute] = value;
        attribute = undefined;
      },
      onopentagend() {
        if (open) out.push(open);
        open = undefined;
      },
      onselfclosingtag() {
        if (open) out.push(open);
        open = undefined;
      },
      onclosetag(start, end) {
        out.push({ type: 'close', name: slice(start, end).toLowerCase() });
      },
      ontext(start, end) {
        text(slice(start, end));
      },
      ontextentity(codepoint) {
        text(String.fromCodePoint(codepoint));
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return out;
}

/** Problems in a piece of raw HTML from a Markdown body, each with its offset in `html`. */
export function rawHtmlProblems(html: string): { offset: number; message: string }[] {
  return tokens(html).flatMap((t) =>
    t.type === 'open'
      ? tagProblems(t.name, t.attributes).map((message) => ({ offset: t.offset, message }))
      : [],
  );
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/**
 * Raw HTML with only the allowed tags and attributes kept, written out anew: text is escaped,
 * comments are dropped, a disallowed tag is dropped (its text kept, except for scripts, styles
 * and embedded documents, which go with their content).
 */
export function sanitizeRawHtml(html: string): string {
  let out = '';
  let dropping = 0;
  for (const t of tokens(html)) {
    if (t.type === 'text') {
      if (!dropping) out += escapeText(t.text);
    } else if (DROPS_CONTENT.has(t.name)) {
      dropping = Math.max(0, dropping + (t.type === 'open' ? 1 : -1));
    } else if (!dropping && ALLOWED_TAGS.has(t.name)) {
      if (t.type === 'close') {
        if (t.name !== 'br') out += `</${t.name}>`;
      } else {
        const kept = ALLOWED_TAGS.get(t.name)!
          .filter((a) => Object.hasOwn(t.attributes, a))
          .map((a) => ` ${a}="${escapeAttribute(t.attributes[a]!)}"`)
          .join('');
        out += `<${t.name}${kept}>`;
      }
    }
  }
  return out;
}
