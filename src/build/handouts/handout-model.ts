/**
 * A handout as data, read from its built page (/lessons/<id>/handout/index.html): the HTML page
 * stays the one source of what a handout says, and the PDF template (handout.typ) only lays this
 * model out. Every heading and label is taken from the page, so the two cannot say different things.
 *
 * The reader expects the page's structure (src/pages/lessons/[id]/handout.astro); a page it cannot
 * read fails with the part it missed, so a change to the page cannot silently drop text from the PDF.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';

export interface HandoutGuide {
  title: string;
  summary: string;
  /** “对策：”, “要点：”… as the page prints it. */
  pointsLabel: string;
  points: string[];
  /** “全文：https://…/cases/x/”, as the page prints it. */
  addressLine: string;
  /** The address's link: a full address under SITE_URL, else the guide's path on the site. */
  href: string;
  /** The QR code of the full address (SVG), when the page has one. */
  qr?: string;
}

export interface HandoutQuestion {
  /** “1.” */
  number: string;
  /** “（单选题）…” */
  text: string;
  options: { box: string; text: string }[];
}

export interface HandoutDoc {
  kicker: string;
  title: string;
  /** “培训对象：…　时长：…　更新于 2026-12-04” */
  meta: string;
  /** The lesson's `updated` day, YYYY-MM-DD: the PDF's date. */
  updated: string;
  summary: string;
  objectives: { heading: string; items: string[] };
  agenda: { heading: string; columns: string[]; rows: string[][] };
  guides: { heading: string; items: HandoutGuide[] };
  discussion: { heading: string; items: string[] };
  quiz?: { heading: string; note: string; groups: { title: string; questions: HandoutQuestion[] }[] };
  answers?: { heading: string; items: { number: string; answer: string; explain: string }[] };
}

const is = (tag: string, className?: string) => (e: Element) =>
  e.name === tag && (className === undefined || (e.attribs.class ?? '').split(/\s+/).includes(className));
/**
 * An element's text as a reader sees it: runs of HTML white space folded, ends trimmed. The
 * ideographic space (U+3000) the page sets between parts of a line is text, and stays.
 */
const text = (e: Element) =>
  DomUtils.textContent(e)
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/^ | $/g, '');
const kids = (e: Element) => e.children.filter((n): n is Element => 'attribs' in n);

/** Reads a built handout page; `file` names it in errors. */
export function readHandoutPage(html: string, file: string): HandoutDoc {
  const fail = (what: string): never => {
    throw new Error(
      `${file}：讲义页里找不到${what}，无法生成 PDF 讲义。讲义页（src/pages/lessons/[id]/handout.astro）` +
        `的结构改了，请同步修改 src/build/handouts/handout-model.ts。`,
    );
  };
  const article =
    DomUtils.findOne(
      is('article', 'handout'),
      parseDocument(html, { lowerCaseAttributeNames: false }).children,
    ) ?? fail('<article class="handout">');
  const blocks = kids(article);
  const one = (test: (e: Element) => boolean, what: string, within: Element[] = blocks) =>
    DomUtils.findOne(test, within) ?? fail(what);
  const all = (test: (e: Element) => boolean, within: Element) => DomUtils.findAll(test, [within]);
  /** The h2 whose text is the heading of the element right after it. */
  const headingBefore = (e: Element, what: string) => {
    const before = DomUtils.prevElementSibling(e);
    return before?.name === 'h2' ? text(before) : fail(`${what}的标题`);
  };
  const listAfter = (tag: 'ul' | 'ol', what: string) => {
    const list = blocks.find((e, i) => e.name === tag && blocks[i - 1]?.name === 'h2') ?? fail(what);
    return { heading: headingBefore(list, what), items: kids(list).map(text) };
  };

  const time = one(is('time'), '更新日期 <time>');
  const table = one(is('table'), '议程表');
  const guides = blocks.filter(is('section', 'guide'));
  const quiz = blocks.find(is('section', 'quiz'));
  const answers = blocks.find(is('section', 'answers'));
  return {
    kicker: text(one(is('p', 'kicker'), '页眉')),
    title: text(one(is('h1'), '标题')),
    meta: text(one(is('p', 'meta'), '培训对象和时长')),
    updated: time.attribs.datetime ?? fail('更新日期'),
    summary: text(one(is('p', 'summary'), '课程简介')),
    objectives: listAfter('ul', '学习目标'),
    agenda: {
      heading: headingBefore(table, '议程'),
      columns: all(is('th'), table).map(text),
      rows: all(is('tr'), table)
        .map((tr) => kids(tr).filter(is('td')).map(text))
        .filter((cells) => cells.length > 0),
    },
    guides: {
      heading: guides[0] ? headingBefore(guides[0], '本课用到的内容') : '',
      items: guides.map((section) => {
        const [title, summary] = [kids(section)[0], kids(section)[1]];
        if (title?.name !== 'h3' || summary?.name !== 'p') fail('每篇内容的标题和摘要');
        const address = one(is('div', 'guide-address'), '每篇内容的全文地址', [section]);
        const link = one(is('a'), '全文链接', [address]);
        const svg = DomUtils.findOne(is('svg'), [address]);
        return {
          title: text(title!),
          summary: text(summary!),
          pointsLabel: text(one(is('p', 'label'), '要点标签', [section])),
          points: kids(one(is('ul'), '要点列表', [section])).map(text),
          addressLine: text(one(is('p'), '全文地址', [address])),
          href: link.attribs.href ?? fail('全文链接的地址'),
          ...(svg && { qr: DomUtils.getOuterHTML(svg, { xmlMode: true }) }),
        };
      }),
    },
    discussion: listAfter('ol', '讨论题'),
    ...(quiz && {
      quiz: {
        heading: text(one(is('h2'), '自测题标题', [quiz])),
        note: text(one(is('p'), '自测题说明', [quiz])),
        groups: kids(quiz)
          .filter(is('h3'))
          .map((h3) => {
            const questions: HandoutQuestion[] = [];
            for (
              let e = DomUtils.nextElementSibling(h3);
              e && is('div', 'question')(e);
              e = DomUtils.nextElementSibling(e)
            ) {
              const prompt = one(is('p'), '题干', [e]);
              const number = one(is('strong'), '题号', [prompt]);
              questions.push({
                number: text(number),
                text: text(prompt).slice(text(number).length).trim(),
                options: all(is('li'), one(is('ul'), '选项', [e])).map((li) => {
                  const box = DomUtils.findOne(is('span', 'box'), [li]);
                  const boxText = box ? text(box) : '';
                  return { box: boxText, text: text(li).slice(boxText.length).trim() };
                }),
              });
            }
            return { title: text(h3), questions };
          }),
      },
    }),
    ...(answers && {
      answers: {
        heading: text(one(is('h2'), '答案标题', [answers])),
        items: all(is('li'), answers).map((li) => {
          const answer = text(one(is('strong'), '答案', [li]));
          return { number: li.attribs.value ?? '', answer, explain: text(li).slice(answer.length).trim() };
        }),
      },
    }),
  };
}

/** Every piece of text a handout prints, for the font's character check. */
export function handoutText(doc: HandoutDoc): string {
  const parts: string[] = [];
  const walk = (value: unknown, key = ''): void => {
    if (key === 'qr' || key === 'updated' || key === 'href') return;
    if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(doc);
  return parts.join('\n');
}
