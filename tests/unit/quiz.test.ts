/**
 * Self-check questions: kind, answer checking, ids (src/shared/quiz.ts); reading the HTML MDX
 * rendered inside <Question> and <Checklist> (src/components/mdx/slot-html.ts); and reading the
 * questions from MDX source for handouts (src/build/handouts/quizzes.ts).
 */
import { describe, expect, test } from 'vitest';
import { answerText, isCorrect, questionId, questionKind } from '../../src/shared/quiz.ts';
import { readChecklist, readQuestion } from '../../src/components/mdx/slot-html.ts';
import { quizzesIn } from '../../src/build/handouts/quizzes.ts';

describe('question kind and answers', () => {
  test('one right option is single choice, several multiple, exactly 对/错 true/false', () => {
    expect(questionKind(['甲', '乙', '丙'], [false, true, false])).toBe('single');
    expect(questionKind(['甲', '乙', '丙'], [true, true, false])).toBe('multiple');
    expect(questionKind(['对', '错'], [false, true])).toBe('truefalse');
    expect(questionKind(['错', '对'], [false, true])).toBe('single');
  });

  test('an answer is right only when it picks exactly the right options', () => {
    expect(isCorrect([1], [1])).toBe(true);
    expect(isCorrect([0, 2], [2, 0])).toBe(true);
    expect(isCorrect([0, 2], [0])).toBe(false);
    expect(isCorrect([0, 2], [0, 1, 2])).toBe(false);
    expect(isCorrect([1], [])).toBe(false);
  });

  test('answers read as letters, or as 对/错', () => {
    expect(answerText('single', ['甲', '乙'], [1])).toBe('B');
    expect(answerText('multiple', ['甲', '乙', '丙'], [2, 0])).toBe('A、C');
    expect(answerText('truefalse', ['对', '错'], [1])).toBe('错');
  });

  test('a derived id follows the text, not its line breaks; an author’s id wins', () => {
    expect(questionId('党小组会多久开一次？')).toBe(questionId('党小组会\n多久开一次？'));
    expect(questionId('党小组会多久开一次？')).not.toBe(questionId('支委会多久开一次？'));
    expect(questionId('党小组会多久开一次？')).toMatch(/^q[0-9a-z]{7}$/);
    expect(questionId('任何题目', 'dangxiaozu')).toBe('dangxiaozu');
  });
});

describe('the HTML rendered inside a component', () => {
  const rendered =
    '<p>题目，见<a href="/glossary/x/">党小组</a>。</p>\n<ul class="contains-task-list">' +
    '<li class="task-list-item"><input type="checkbox" disabled> 不开</li>' +
    '<li class="task-list-item"><p><input type="checkbox" disabled checked> 照常开<a href="/glossary/y/">党小组会</a></p></li>' +
    '</ul>\n<div data-explain><p>因为<strong>每月</strong>一次。</p></div>';

  test('a question: its text with links, its options unlinked with what is right, its explanation', () => {
    expect(readQuestion(rendered)).toEqual({
      text: ['题目，见<a href="/glossary/x/">党小组</a>。'],
      plain: '题目，见党小组。',
      options: [
        { html: '不开', text: '不开', correct: false },
        { html: '照常开党小组会', text: '照常开党小组会', correct: true },
      ],
      explain: '<p>因为<strong>每月</strong>一次。</p>',
    });
  });

  test('a checklist: the items of its list', () => {
    expect(readChecklist('<ul><li>通知<a href="/a/">党员</a></li><li><p>报告支部</p></li></ul>')).toEqual([
      '通知党员',
      '报告支部',
    ]);
  });
});

test('a handout reads each question, its answer and explanation from the MDX source', () => {
  const body = `
## 自测

<Quiz>

<Question cite="routines/dangxiaozu-hui">
判断：领导干部可以不参加
党小组会。

- [ ] 对
- [x] 错

<Explain>
党章**第八条**。
</Explain>
</Question>

</Quiz>
`;
  expect(quizzesIn(body)).toEqual([
    {
      kind: 'truefalse',
      text: '判断：领导干部可以不参加党小组会。',
      options: ['对', '错'],
      answer: '错',
      explain: '党章第八条。',
    },
  ]);
  expect(quizzesIn('没有题目的正文。')).toEqual([]);
});
