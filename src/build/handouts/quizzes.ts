/**
 * The self-check questions of a guide for its lessons' handouts, read from the MDX source (a
 * handout prints the questions, not the whole guide): each question's text, options, answer and
 * explanation as plain text. The content check has made sure every <Question> is well formed.
 */
import fs from 'node:fs';
import { mdxToMdast } from 'satteri';
import { parseFrontmatter } from '../checks/content-check.ts';
import { answerText, questionKind, type QuestionKind } from '../../shared/quiz.ts';

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  checked?: boolean | null;
  children?: Node[];
}

export interface HandoutQuestion {
  kind: QuestionKind;
  text: string;
  options: string[];
  /** “B”, “A、C”, “错”. */
  answer: string;
  explain: string;
}

const textOf = (n: Node): string =>
  typeof n.value === 'string' ? n.value : (n.children ?? []).map(textOf).join('');
const paragraphs = (nodes: Node[]) =>
  nodes
    .map((n) =>
      textOf(n)
        .replace(/\s*\n\s*/g, '')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');

/** The questions of every <Quiz> in an MDX file (path from the project root), in order. */
export function quizzesOfFile(filePath: string | undefined): HandoutQuestion[] {
  if (!filePath?.endsWith('.mdx')) return [];
  const parsed = parseFrontmatter(fs.readFileSync(filePath, 'utf8'), filePath);
  return 'body' in parsed ? quizzesIn(parsed.body) : [];
}

/** The questions of every <Quiz> in an MDX body, in order. */
export function quizzesIn(body: string): HandoutQuestion[] {
  if (!body.includes('<Question')) return [];
  const questions: HandoutQuestion[] = [];
  const visit = (n: Node) => {
    if (n.type === 'mdxJsxFlowElement' && n.name === 'Question') {
      const children = n.children ?? [];
      const listAt = children.findIndex((c) => c.type === 'list');
      const items = children[listAt]?.children ?? [];
      const options = items.map((li) => textOf(li).trim());
      const correct = items.map((li) => li.checked === true);
      const kind = questionKind(options, correct);
      const explain = children.find((c) => c.type === 'mdxJsxFlowElement' && c.name === 'Explain');
      questions.push({
        kind,
        text: paragraphs(children.slice(0, listAt)),
        options,
        answer: answerText(
          kind,
          options,
          correct.flatMap((c, i) => (c ? [i] : [])),
        ),
        explain: paragraphs(explain?.children ?? []),
      });
      return;
    }
    for (const child of n.children ?? []) visit(child);
  };
  visit(mdxToMdast(body) as unknown as Node);
  return questions;
}
