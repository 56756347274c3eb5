/**
 * <quiz-question>: checks the reader's answer against the sealed question (hashes, not the answer) and announces a
 * kind, computed explanation. "Show the answer" is offered on open and teacher pages only; its text is opened with
 * the class key, loaded on first use.
 */
import { checkSealedAnswer, openReveal, type QuizReveal, type SealedQuestion } from '../../lib/quiz/sealed';
import { classStrings } from '../../lib/strings/class';
import { quizStrings } from '../../lib/strings/quiz';
import { classMode } from '../class/mode';

class QuizQuestionElement extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-form]');
    const input = form?.querySelector<HTMLInputElement>('input');
    const feedback = this.querySelector<HTMLElement>('[data-feedback]');
    const question = this.#question();
    if (!form || !input || !feedback || !question) return;
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const verdict = checkSealedAnswer(question, input.value);
      feedback.dataset.status = verdict.status;
      feedback.textContent = verdict.message;
      input.setAttribute('aria-invalid', String(verdict.status === 'unreadable'));
      if (verdict.reveal) this.#fillReveal(verdict.reveal);
    });
    const reveal = this.querySelector<HTMLDetailsElement>('details[data-reveal]');
    if (!reveal || classMode() === 'student') return;
    reveal.hidden = false;
    reveal.addEventListener('toggle', () => {
      if (reveal.open) void this.#openReveal(question);
    });
  }

  #fillReveal(reveal: QuizReveal): void {
    const text = this.querySelector<HTMLElement>('[data-reveal-text]');
    if (text) text.textContent = `${quizStrings.answerIs(reveal.answer)} ${reveal.explanation}`;
  }

  async #openReveal(question: SealedQuestion): Promise<void> {
    const text = this.querySelector<HTMLElement>('[data-reveal-text]');
    if (!text || text.textContent?.trim()) return;
    text.textContent = classStrings.revealLoading;
    try {
      const { revealKey } = await import('../class/answers');
      const reveal = openReveal(question, revealKey());
      if (!reveal) throw new Error('invalid class key: the reveal was sealed with another');
      this.#fillReveal(reveal);
    } catch {
      text.textContent = classStrings.revealFailed;
    }
  }

  #question(): SealedQuestion | undefined {
    try {
      return JSON.parse(this.dataset.question ?? '') as SealedQuestion;
    } catch {
      return undefined;
    }
  }
}

/** Registers the <quiz-question> custom element once. */
export function defineQuiz(): void {
  if (!customElements.get('quiz-question')) customElements.define('quiz-question', QuizQuestionElement);
}
