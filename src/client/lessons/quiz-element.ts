/** <quiz-question>: checks the reader's answer in the page and announces a kind, computed explanation. */
import { checkAnswer, type QuizQuestion } from '../../lib/quiz/check';

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
      const verdict = checkAnswer(question, input.value);
      feedback.dataset.status = verdict.status;
      feedback.textContent = verdict.message;
      input.setAttribute('aria-invalid', String(verdict.status === 'unreadable'));
    });
  }

  #question(): QuizQuestion | undefined {
    try {
      return JSON.parse(this.dataset.question ?? '') as QuizQuestion;
    } catch {
      return undefined;
    }
  }
}

/** Registers the <quiz-question> custom element once. */
export function defineQuiz(): void {
  if (!customElements.get('quiz-question')) customElements.define('quiz-question', QuizQuestionElement);
}
