// Every quiz of the site, and looking them up by lesson and by id.
import { multiplyAddQuestion, parameterQuestion, shapeQuestion } from '../questions';
import type { QuizQuestion } from '../question';
import type { Quiz, QuizAsk } from '../types';
import { convolutionQuizzes } from './convolution';
import { depthwiseQuizzes } from './depthwise';
import { pointwiseQuizzes } from './pointwise';
import { separableQuizzes } from './separable';
import { costQuizzes } from './cost';
import { effectiveQuizzes } from './effective';

/** All quizzes of the site, in lesson order, and within a lesson in page order. */
export const quizzes: readonly Quiz[] = Object.freeze([
  ...convolutionQuizzes, ...depthwiseQuizzes, ...pointwiseQuizzes, ...separableQuizzes, ...costQuizzes, ...effectiveQuizzes,
]);

/** The quizzes of one lesson (by route segment), in page order; empty for a page without any. */
export function quizzesFor(lesson: string): Quiz[] {
  return quizzes.filter((quiz) => quiz.lesson === lesson);
}

/** The quiz with this id; throws `invalid quiz id: …` for an unknown one. */
export function quizById(id: string): Quiz {
  const found = quizzes.find((quiz) => quiz.id === id);
  if (!found) throw new Error(`invalid quiz id: ${id}`);
  return found;
}

/** The question a quiz asks: its answer, explanation and known mistakes, computed from its layer by the builders. */
export function questionOf(ask: QuizAsk): QuizQuestion {
  switch (ask.builder) {
    case 'parameters': return parameterQuestion(ask.layer);
    case 'shape': return shapeQuestion(ask.layer);
    case 'multiplyAdds': return multiplyAddQuestion(ask.layer);
  }
}
