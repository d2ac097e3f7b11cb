/**
 * <self-quiz>: instant feedback on the self-check questions of a <Quiz> (src/components/mdx/).
 * Each question gets a “核对答案” button and a status line read out by screen readers; checking
 * opens the answer and explanation. A wrong answer goes into the 错题本 on this phone, a right
 * one takes the question out (src/shared/study.ts). Nothing is sent anywhere.
 */
import { isCorrect, optionLetter } from '../shared/quiz.ts';
import { recordAnswer, updateStudy } from '../shared/study.ts';

class SelfQuiz extends HTMLElement {
  connectedCallback() {
    const intro = this.querySelector('[data-intro]');
    if (intro) {
      intro.textContent = '选好答案后点“核对答案”。答错的题记在本机的错题本里，可到';
      const link = document.createElement('a');
      link.href = '/wode/';
      link.textContent = '我的学习';
      intro.append(link, '重做。');
    }
    for (const fieldset of this.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]'))
      this.enhance(fieldset);
  }

  enhance(fieldset: HTMLFieldSetElement) {
    const details = fieldset.querySelector('details');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button check';
    button.textContent = '核对答案';
    const status = document.createElement('p');
    status.className = 'feedback';
    status.setAttribute('role', 'status');
    fieldset.insertBefore(button, details);
    fieldset.insertBefore(status, details);
    button.addEventListener('click', () => {
      const inputs = [...fieldset.querySelectorAll<HTMLInputElement>('input')];
      const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
      if (!chosen.length) {
        status.dataset.result = '';
        status.textContent = '请先选择答案，再点“核对答案”。';
        return;
      }
      const correct = (fieldset.dataset.answer ?? '').split(',').map(Number);
      const right = isCorrect(correct, chosen);
      const isJudgement = !fieldset.querySelector('.letter');
      const answer = correct
        .map((i) => (isJudgement ? (inputs[i]?.parentElement?.textContent ?? '').trim() : optionLetter(i)))
        .join('、');
      status.dataset.result = right ? 'right' : 'wrong';
      status.textContent = right
        ? '回答正确。解析已在下方展开。'
        : `回答错误，正确答案是 ${answer}。解析已在下方展开，这道题已记入错题本。`;
      if (details) details.open = true;
      const legend = fieldset.querySelector('legend')?.cloneNode(true) as HTMLElement | undefined;
      legend?.querySelector('.kind')?.remove();
      try {
        updateStudy(localStorage, (data) =>
          recordAnswer(
            data,
            {
              id: fieldset.dataset.question ?? '',
              path: location.pathname,
              title: document.querySelector('h1')?.textContent?.trim() ?? document.title,
              question: (legend?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
            },
            right,
          ),
        );
      } catch {
        // Storage full or switched off: the feedback above still stands.
      }
    });
  }
}

customElements.define('self-quiz', SelfQuiz);
