/**
 * Self-check questions (<Question> in MDX), shared by the build (rendering, handouts, checks) and
 * the browser (checking an answer): what kind a question is, its stable id, its answer.
 */

export type QuestionKind = 'single' | 'multiple' | 'truefalse';

export const QUESTION_KIND_LABELS: Record<QuestionKind, string> = {
  single: '单选题',
  multiple: '多选题',
  truefalse: '判断题',
};

/** The options of a true/false question, in this order. */
export const TRUE_FALSE = ['对', '错'] as const;

/** Options a question may have. */
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

/**
 * Exactly the options 对 / 错: true/false; one right option: single choice; more: multiple.
 * `options` are the options' texts, `correct` which of them are right.
 */
export function questionKind(options: readonly string[], correct: readonly boolean[]): QuestionKind {
  const right = correct.filter(Boolean).length;
  if (options.length === 2 && options[0]?.trim() === TRUE_FALSE[0] && options[1]?.trim() === TRUE_FALSE[1])
    return 'truefalse';
  return right > 1 ? 'multiple' : 'single';
}

/** Whether the chosen options (indexes) are exactly the right ones. */
export function isCorrect(correct: readonly number[], chosen: readonly number[]): boolean {
  const a = [...new Set(correct)].sort((x, y) => x - y);
  const b = [...new Set(chosen)].sort((x, y) => x - y);
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** A, B, C… for option 0, 1, 2… */
export const optionLetter = (index: number) => String.fromCharCode(65 + index);

/** The answer as readers see it: “B”, “A、C”, or “对” / “错” for a true/false question. */
export function answerText(
  kind: QuestionKind,
  options: readonly string[],
  correct: readonly number[],
): string {
  if (kind === 'truefalse') return correct.map((i) => options[i]?.trim() ?? '').join('、');
  return [...correct]
    .sort((a, b) => a - b)
    .map(optionLetter)
    .join('、');
}

/** FNV-1a, 32 bits: a short, stable digest of a question's text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A question's id on its page: the author's `id`, or one derived from the question text (white
 * space ignored), so the 错题本 keeps a record while the text stays the same.
 */
export function questionId(text: string, authorId?: string): string {
  if (authorId) return authorId;
  return `q${fnv1a(text.replace(/\s+/g, '')).toString(36).padStart(7, '0')}`;
}

/** The element id of a question on its page, the target of links from 我的学习. */
export const questionAnchor = (id: string) => `ti-${id}`;
