/**
 * Reads the HTML that MDX rendered inside a component (its default slot) into the parts the
 * component lays out: a question's text, options and explanation; a checklist's items. Build
 * time only. The content check (src/build/checks/component-checks.ts) has already made sure the
 * parts are there, so a missing part here is a bug, not an author's mistake.
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import type { AnyNode, ChildNode, Element } from 'domhandler';

/** Chinese stays as written (dom-serializer would write &#x…; for every character). */
const OUT = { encodeEntities: 'utf8' } as const;
const outer = (nodes: AnyNode | AnyNode[]) => DomUtils.getOuterHTML(nodes, OUT);
const inner = (node: Element) => DomUtils.getInnerHTML(node, OUT);

const isElement = (n: ChildNode): n is Element => n.type === ElementType.Tag;
const isTaskList = (n: ChildNode): n is Element =>
  isElement(n) &&
  (n.name === 'ul' || n.name === 'ol') &&
  DomUtils.getChildren(n).some((li) => isElement(li) && li.name === 'li' && !!checkboxOf(li));

function checkboxOf(li: Element): Element | null {
  return DomUtils.findOne(
    (e) => e.name === 'input' && e.attribs.type === 'checkbox',
    DomUtils.getChildren(li),
    true,
  );
}

/** A list item's content as inline HTML: its checkbox and links taken out, one <p> unwrapped. */
function itemHtml(li: Element): string {
  const box = checkboxOf(li);
  if (box) DomUtils.removeElement(box);
  // A link inside a <label> would steal the tap that should tick the box: keep its text only.
  for (const a of DomUtils.findAll((e) => e.name === 'a', DomUtils.getChildren(li))) {
    for (const child of [...DomUtils.getChildren(a)]) DomUtils.prepend(a, child);
    DomUtils.removeElement(a);
  }
  let nodes = DomUtils.getChildren(li).filter((n) => !(n.type === ElementType.Text && !n.data.trim()));
  if (nodes.length === 1 && isElement(nodes[0]!) && nodes[0].name === 'p')
    nodes = DomUtils.getChildren(nodes[0]);
  return outer(nodes).trim();
}

export interface QuestionParts {
  /** The question: the paragraphs before the options, as HTML. */
  text: string[];
  /** The question as plain text (for the 错题本 and the question's id). */
  plain: string;
  options: { html: string; text: string; correct: boolean }[];
  /** The explanation's inner HTML (what <Explain> held). */
  explain: string;
}

export function readQuestion(html: string): QuestionParts {
  const doc = parseDocument(html);
  const nodes = DomUtils.getChildren(doc).filter(isElement);
  const listAt = nodes.findIndex(isTaskList);
  const explain = DomUtils.findOne((e) => e.attribs['data-explain'] !== undefined, nodes, true);
  if (listAt < 0 || !explain) throw new Error('<Question> 缺少选项列表或 <Explain>，内容检查应已报告。');
  const before = nodes.slice(0, listAt).filter((n) => n !== explain);
  const options = DomUtils.getChildren(nodes[listAt]!)
    .filter((n): n is Element => isElement(n) && n.name === 'li')
    .map((li) => {
      const correct = checkboxOf(li)?.attribs.checked !== undefined;
      const optionHtml = itemHtml(li);
      return { html: optionHtml, text: DomUtils.textContent(parseDocument(optionHtml)).trim(), correct };
    });
  const text = before.map((p) => (p.name === 'p' ? inner(p) : outer(p)));
  return {
    text,
    plain: before.map((n) => DomUtils.textContent(n).trim()).join(' '),
    options,
    explain: inner(explain).trim(),
  };
}

/** A checklist's items as inline HTML, from the first list in the slot. */
export function readChecklist(html: string): string[] {
  const list = DomUtils.findOne(
    (e) => e.name === 'ul' || e.name === 'ol',
    DomUtils.getChildren(parseDocument(html)),
  );
  if (!list) throw new Error('<Checklist> 里没有列表，内容检查应已报告。');
  return DomUtils.getChildren(list)
    .filter((n): n is Element => isElement(n) && n.name === 'li')
    .map((li) => itemHtml(li));
}

/** How many questions a rendered quiz holds. */
export const countQuestions = (html: string) =>
  DomUtils.findAll(
    (e) => e.name === 'fieldset' && e.attribs['data-question'] !== undefined,
    DomUtils.getChildren(parseDocument(html)),
  ).length;
